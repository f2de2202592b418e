import Foundation

/// Files to write together, all or none.
///
/// Contents are collected in memory first; ``write(to:)`` puts them in a hidden staging directory
/// beside their destination, then renames each into place. If anything fails, the staging directory
/// (and the destination directory, if this call created it) is removed, so a failed run leaves no
/// partial output. Each rename is atomic; a reader never sees half a file.
public struct OutputFiles: Sendable {
    /// File name → contents, in the order added.
    public private(set) var files: [(name: String, data: Data)] = []

    /// No files yet.
    public init() {}

    /// Adds a file; `name` is a plain file name (no directories).
    public mutating func add(_ name: String, _ data: Data) {
        precondition(!name.contains("/"), "output names are plain file names")
        files.append((name, data))
    }

    /// Adds a text file in UTF-8.
    public mutating func add(_ name: String, text: String) { add(name, Data(text.utf8)) }

    /// Writes every file into `directory`, creating it if needed.
    /// - Complexity: O(total size) of copying, one rename per file.
    /// - Returns: the paths written, in order.
    /// - Throws: ``SummitryError/output(path:message:)``; nothing is left behind then.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let existed = fm.fileExists(atPath: directory, isDirectory: &isDirectory)
        if existed && !isDirectory.boolValue {
            throw SummitryError.output(path: directory, message: "exists and is not a directory")
        }
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SummitryError.output(path: directory, message: "cannot create the directory")
        }
        let staging = (directory as NSString).appendingPathComponent(".summitry-staging-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))")
        var written: [String] = []
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: false)
            defer { try? fm.removeItem(atPath: staging) }
            for (name, data) in files {
                let path = (staging as NSString).appendingPathComponent(name)
                guard fm.createFile(atPath: path, contents: data) else {
                    throw SummitryError.output(path: (directory as NSString).appendingPathComponent(name), message: "cannot write the file (disk full or no permission?)")
                }
            }
            for (name, _) in files {
                let destination = (directory as NSString).appendingPathComponent(name)
                if rename((staging as NSString).appendingPathComponent(name), destination) != 0 {
                    throw SummitryError.output(path: destination, message: "cannot move the file into place: \(String(cString: strerror(errno)))")
                }
                written.append(destination)
            }
        } catch {
            for path in written { try? fm.removeItem(atPath: path) }
            if !existed { try? fm.removeItem(atPath: directory) }
            if let e = error as? SummitryError { throw e }
            throw SummitryError.output(path: directory, message: "cannot write: \(error.localizedDescription)")
        }
        return written
    }

    /// Writes `data` to `path` atomically: a temporary file beside it, then a rename. On failure the
    /// temporary file is removed and `path` is untouched.
    public static func writeFile(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).summitry-\(ProcessInfo.processInfo.processIdentifier)").path
        let fm = FileManager.default
        guard fm.createFile(atPath: temporary, contents: data) else {
            try? fm.removeItem(atPath: temporary)
            throw SummitryError.output(path: path, message: "cannot write the file (missing directory, disk full or no permission?)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(atPath: temporary)
            throw SummitryError.output(path: path, message: "cannot write the file: \(reason)")
        }
    }
}
