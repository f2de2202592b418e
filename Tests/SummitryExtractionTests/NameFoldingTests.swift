import Foundation
import Testing
@testable import SummitryExtraction

/// `NameShapes.fold` (with its table for Latin scalars) against the definition: canonical
/// decomposition, nonspacing marks removed, lowercased.
@Suite struct NameFoldingTests {
    func reference(_ s: String) -> String {
        s.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
            .map { String($0) }.joined().lowercased()
    }

    @Test(arguments: [("Zoë", "zoe"), ("Łukasz", "łukasz"), ("Ørsted", "ørsted"), ("Gößling", "goßling"), ("ÉLYSÉE", "elysee")])
    func knownFolds(_ input: String, _ expected: String) {
        #expect(NameShapes.fold(input) == expected)
    }

    @Test func everyLatinScalarFoldsAsDefined() {
        for v in UInt32(0x80) ..< 0x250 {
            let s = Unicode.Scalar(v)!
            for text in ["\(s)", "A\(s)b", "\(s)\(s)", "x\(s)\u{301}", "\(s)中"] {
                #expect(NameShapes.fold(text) == reference(text), "U+\(String(v, radix: 16)) in \(text)")
            }
        }
    }
}
