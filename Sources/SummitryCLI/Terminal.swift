import Foundation

/// Standard error output: one-line errors and warnings, and a progress line that appears only when
/// standard error is a terminal (never in pipes, logs or tests).
enum Terminal {
    /// Whether standard error is a terminal.
    static let isInteractive = isatty(STDERR_FILENO) != 0
    /// Whether a status line is on screen; guarded by `lock` (progress comes from worker threads).
    nonisolated(unsafe) private static var progressShown = false
    /// The status on screen, so repeats are not written again.
    nonisolated(unsafe) private static var lastStatus = ""
    private static let lock = NSLock()

    /// Writes `line` and a newline to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Shows `status` on the terminal's last line, replacing the previous status.
    @Sendable static func progress(_ status: String) {
        guard isInteractive else { return }
        lock.withLock {
            guard status != lastStatus || !progressShown else { return }
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + status).utf8))
            progressShown = true
            lastStatus = status
        }
    }

    /// Removes the status line, if one is shown.
    static func clearProgress() {
        guard isInteractive else { return }
        lock.withLock {
            guard progressShown else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            progressShown = false
        }
    }

    /// Writes text to standard output.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
