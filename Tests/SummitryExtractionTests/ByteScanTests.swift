import Foundation
import Testing
@testable import SummitryExtraction

/// The word-at-a-time scans equal byte-by-byte loops, at every position of the byte that decides
/// them (so the words' edges and the tail after the last whole word are all exercised).
@Suite struct ByteScanTests {
    private func allBelow(_ bytes: [UInt8], _ limit: UInt8) -> Bool {
        bytes.withUnsafeBufferPointer { ByteScan.allBelow($0, limit) }
    }

    private func firstZero(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { ByteScan.firstZero($0) }
    }

    @Test func emptyInputHasNothingToFind() {
        #expect(allBelow([], 0xCC))
        #expect(firstZero([]) == nil)
    }

    @Test(arguments: [0x80, 0xC3, 0xCB, 0xCC, 0xCD, 0xE2, 0xFF] as [UInt8])
    func allBelowMatchesAByteLoop(_ odd: UInt8) {
        for length in 1 ... 27 {
            for position in 0 ..< length {
                var bytes = [UInt8](repeating: 0x61, count: length)
                bytes[position] = odd
                #expect(allBelow(bytes, 0xCC) == bytes.allSatisfy { $0 < 0xCC }, "length \(length) at \(position)")
                #expect(allBelow(bytes, 0x80) == bytes.allSatisfy { $0 < 0x80 }, "length \(length) at \(position)")
            }
        }
    }

    @Test func allBelowReadsRealText() {
        #expect(allBelow(Array("Außenministerin Ødegård in München".utf8), 0xCC))
        #expect(!allBelow(Array("Mu\u{0308}nchen und mehr Text dahinter".utf8), 0xCC))
        #expect(!allBelow(Array("Gespräch in 中国".utf8), 0xCC))
    }

    @Test func firstZeroMatchesAByteLoop() {
        for length in 1 ... 27 {
            for position in 0 ..< length {
                // Bytes around the zero that the word test's borrow could confuse (0x01, 0x80, 0xFF).
                var bytes = (0 ..< length).map { [0x01, 0x80, 0xFF, 0x61][$0 % 4] as UInt8 }
                #expect(firstZero(bytes) == nil)
                bytes[position] = 0
                #expect(firstZero(bytes) == position, "length \(length) at \(position)")
                if position + 3 < length {
                    bytes[position + 3] = 0
                    #expect(firstZero(bytes) == position)
                }
            }
        }
    }

    /// The decoder finds a NUL byte through the scan and still names its line.
    @Test func decoderNamesTheLineOfANul() {
        let data = Data(Array("erste Zeile\nzweite".utf8) + [0] + Array(" Zeile mit genug Text".utf8))
        do {
            _ = try TextSource.decode(data, file: "n.txt")
            Issue.record("a NUL byte was accepted")
        } catch let ExtractionError.invalidText(file, line, _) {
            #expect(file == "n.txt")
            #expect(line == 2)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
