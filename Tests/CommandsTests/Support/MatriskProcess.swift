import Commands
import Foundation
import Synchronization

/// What one run of matrisk printed and returned.
struct RunResult: Sendable {
    var standardOutput: String
    var standardError: String
    var exitCode: Int32
}

/// Runs matrisk two ways: in-process through `Matrisk.run` (fast, for most tests) and as the
/// built executable in a subprocess (for what only the real program shows: exit status,
/// signals, files on disk).
enum MatriskProcess {
    /// The package's root folder, found from this file's place in `Tests/CommandsTests/Support`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// This test target's fixtures folder.
    static let fixtures = packageRoot.appendingPathComponent("Tests/CommandsTests/Fixtures")

    /// The `matrisk` executable that `swift build` put beside the test bundle.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the tests run from `<build>/debug/<Package>PackageTests.xctest`; on macOS from inside a bundle.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("matrisk")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/matrisk")
    }

    /// Runs `Matrisk.run` in this process with captured output.
    static func inProcess(
        _ arguments: [String], in folder: URL = packageRoot, now: Date = Date(timeIntervalSince1970: 1_795_305_600)
    ) -> RunResult {
        let out = TextBuffer()
        let err = TextBuffer()
        let environment = CommandEnvironment(
            standardOutput: out.sink, standardError: err.sink, currentDirectory: folder.path, now: now)
        let code = Matrisk.run(arguments: arguments, environment: environment)
        return RunResult(standardOutput: out.text, standardError: err.text, exitCode: code)
    }

    /// Runs the built executable (or `executable`, a shell that starts it) as a subprocess in
    /// `folder`, with `environment` added to this process's variables.
    static func subprocess(
        _ arguments: [String], in folder: URL = packageRoot, executable: URL? = nil, environment: [String: String] = [:]
    ) throws -> RunResult {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once before waiting: read one after the other, a child that fills the
        // second pipe (64 KB of errors) while the first is still open would stall for ever.
        let errorHandle = err.fileHandleForReading
        let errorText = Mutex(Data())
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let data = errorHandle.readDataToEndOfFile()
            errorText.withLock { $0 = data }
            finished.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        finished.wait()
        let errData = errorText.withLock { $0 }
        process.waitUntilExit()
        return RunResult(
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self),
            exitCode: process.terminationStatus)
    }
}
