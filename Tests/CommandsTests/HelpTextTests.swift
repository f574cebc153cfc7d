import Foundation
import Testing

@testable import Commands

/// The help of every command, pinned word for word: it is generated from the commands' typed
/// declarations, so any change to an option, its default or its allowed values shows here and
/// must be made on purpose (`MATRISK_UPDATE_GOLDEN=1` rewrites the files).
struct HelpTextTests {
    static let folder = MatriskProcess.fixtures.appendingPathComponent("help")

    /// Every command path: `[]` for matrisk itself, `["register", "check"]`, …
    static let paths: [[String]] = {
        func walk(_ spec: CommandSpec, _ path: [String]) -> [[String]] {
            [path] + spec.subcommands.flatMap { walk($0, path + [$0.name]) }
        }
        return walk(CommandSpec.matrisk, [])
    }()

    static func file(for path: [String]) -> URL {
        folder.appendingPathComponent((["matrisk"] + path).joined(separator: "-") + ".txt")
    }

    @Test(arguments: paths) func helpIsAsPinned(_ path: [String]) throws {
        let result = MatriskProcess.inProcess(path + ["--help"])
        #expect(result.exitCode == 0 && result.standardError.isEmpty)
        let file = Self.file(for: path)
        if ProcessInfo.processInfo.environment["MATRISK_UPDATE_GOLDEN"] == "1" {
            try result.standardOutput.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.standardOutput == expected, "Run with MATRISK_UPDATE_GOLDEN=1 to rewrite \(file.path) after a deliberate change.")
    }

    @Test(arguments: paths) func dashHAndHelpSubcommandPrintTheSameHelp(_ path: [String]) {
        let long = MatriskProcess.inProcess(path + ["--help"]).standardOutput
        #expect(MatriskProcess.inProcess(path + ["-h"]).standardOutput == long)
        #expect(MatriskProcess.inProcess(["help"] + path).standardOutput == long)
    }

    @Test func everyPinnedFileIsACommandsHelp() throws {
        let pinned = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(pinned) == Set(Self.paths.map { Self.file(for: $0).lastPathComponent }))
    }
}
