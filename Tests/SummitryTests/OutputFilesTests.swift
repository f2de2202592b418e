import Foundation
import Testing
@testable import Summitry

@Suite struct OutputFilesTests {
    @Test func writesEveryFileAndNoStagingLeftovers() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        var files = OutputFiles()
        files.add("a.txt", text: "alpha")
        files.add("b.bin", Data([0, 1, 2]))
        let out = dir + "/new/sub"
        let written = try files.write(to: out)
        #expect(written == [out + "/a.txt", out + "/b.bin"])
        #expect(try String(contentsOfFile: out + "/a.txt", encoding: .utf8) == "alpha")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["a.txt", "b.bin"])
    }

    @Test func failureLeavesNothingBehind() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        // A directory where a file should go makes the rename fail after the first file moved.
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out + "/b.txt/inner", withIntermediateDirectories: true)
        var files = OutputFiles()
        files.add("a.txt", text: "alpha")
        files.add("b.txt", text: "beta")
        #expect(throws: SummitryError.self) { try files.write(to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["b.txt"])
    }

    @Test func outputPathThatIsAFile() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        let file = try write("x", to: "f", in: dir)
        var files = OutputFiles()
        files.add("a.txt", text: "a")
        #expect(throws: SummitryError.output(path: file, message: "exists and is not a directory")) { try files.write(to: file) }
    }

    @Test func singleFileIsAtomic() throws {
        let dir = try temporaryDirectory()
        defer { cleanup(dir) }
        try OutputFiles.writeFile(Data("one".utf8), to: dir + "/f.json")
        try OutputFiles.writeFile(Data("two".utf8), to: dir + "/f.json")
        #expect(try String(contentsOfFile: dir + "/f.json", encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["f.json"])
        #expect(throws: SummitryError.self) { try OutputFiles.writeFile(Data(), to: dir + "/missing/f.json") }
        #expect(!FileManager.default.fileExists(atPath: dir + "/missing"))
    }
}
