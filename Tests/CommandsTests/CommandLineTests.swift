import Foundation
import Testing

@testable import Commands

/// The parser behaves like swift-argument-parser: help, version, and its error wording.
struct CommandLineTests {
    @Test func versionPrintsJustTheVersion() {
        let result = MatriskProcess.inProcess(["--version"])
        #expect(result.standardOutput == Matrisk.version + "\n")
        #expect(result.exitCode == 0)
    }

    @Test func helpGoesToStandardOutputAndListsSections() {
        for words in [["--help"], ["-h"], ["help"]] {
            let result = MatriskProcess.inProcess(words)
            #expect(result.exitCode == 0)
            #expect(result.standardOutput.hasPrefix("OVERVIEW: "))
            #expect(result.standardOutput.contains("\nUSAGE: matrisk"))
            #expect(result.standardOutput.contains("\nOPTIONS:\n"))
            #expect(result.standardError.isEmpty)
        }
    }

    @Test func unknownOptionSuggestsTheNearestName() {
        let result = MatriskProcess.inProcess(["--verison"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: Unknown option '--verison'. Did you mean '--version'?\nUsage: matrisk"))
        #expect(result.standardError.hasSuffix("  See 'matrisk --help' for more information.\n"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func unknownSubcommandIsAUsageError() {
        let result = MatriskProcess.inProcess(["frobnicate"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: Unknown subcommand 'frobnicate'"))
    }

    @Test func theBuiltExecutableExitsWithTheDocumentedCodes() throws {
        let ok = try MatriskProcess.subprocess(["--version"])
        #expect(ok.exitCode == 0)
        #expect(ok.standardOutput == Matrisk.version + "\n")
        let bad = try MatriskProcess.subprocess(["--no-such-option"])
        #expect(bad.exitCode == 64)
        #expect(bad.standardError.contains("Error: Unknown option '--no-such-option'"))
    }
}
