import Foundation
import Synchronization

/// Somewhere text can be written: the terminal, or a buffer in a test.
package struct TextSink: Sendable {
    private let sink: @Sendable (String) -> Void

    package init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    package func write(_ text: String) {
        sink(text)
    }

    /// The process's standard output.
    package static let standardOutput = TextSink { FileHandle.standardOutput.write(Data($0.utf8)) }
    /// The process's standard error.
    package static let standardError = TextSink { FileHandle.standardError.write(Data($0.utf8)) }
}

/// Text collected in memory, for running commands inside tests.
package final class TextBuffer: Sendable {
    private let storage = Mutex("")

    package init() {}

    package var text: String { storage.withLock { $0 } }

    package var sink: TextSink {
        TextSink { [self] text in self.storage.withLock { $0 += text } }
    }
}

/// Everything a command may take from the world it runs in, passed in so that tests can
/// run commands in-process with their own output buffers, folder and date.
package struct CommandEnvironment: Sendable {
    package var standardOutput: TextSink
    package var standardError: TextSink
    /// The folder relative paths are resolved against.
    package var currentDirectory: String
    /// "Now", which is what `--as-of` defaults to (as today's date in the UK).
    package var now: Date
    /// Whether standard error is a terminal, and how wide: where a progress line may be drawn.
    package var errorTerminal: ErrorTerminal

    package init(
        standardOutput: TextSink, standardError: TextSink, currentDirectory: String, now: Date, errorTerminal: ErrorTerminal = .none
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.currentDirectory = currentDirectory
        self.now = now
        self.errorTerminal = errorTerminal
    }

    /// The real process: its terminal, its working folder and the clock.
    package static func process() -> CommandEnvironment {
        CommandEnvironment(
            standardOutput: .standardOutput, standardError: .standardError,
            currentDirectory: FileManager.default.currentDirectoryPath, now: Date(), errorTerminal: .standardError())
    }

    /// `path` made absolute against ``currentDirectory``.
    package func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: currentDirectory).appendingPathComponent(path).standardizedFileURL.path
    }
}
