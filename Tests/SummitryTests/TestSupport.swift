import Foundation

/// A fresh temporary directory, removed by the caller with `cleanup`.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "summitry-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func cleanup(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

/// Writes `text` (or bytes) to `dir/name` and returns the path.
@discardableResult
func write(_ text: String, to name: String, in dir: String) throws -> String {
    let path = dir + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

/// The repository root, found from this file's path (Tests/SummitryTests/TestSupport.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
