import Foundation
import Testing

@testable import Commands

/// No lost work: every file matrisk writes goes to a temporary file that is renamed over its
/// target only when complete (a set of files only when all are complete); a target that is one
/// of the inputs is refused; an interrupted run leaves nothing half-written.
struct NoLostWorkTests {
    static let small = MatriskProcess.fixtures.appendingPathComponent("scenarios/small.json").path
    static let registers = MatriskProcess.packageRoot.appendingPathComponent("Scenarios/registers").path

    // MARK: - A write that fails leaves the old files as they were

    /// Runs matrisk with a file-size limit of 1 KB (`ulimit -f 1`), so writing any larger
    /// output fails part way, as a full disk would.
    func runWithFileSizeLimit(_ arguments: [String], in folder: URL) throws -> RunResult {
        try MatriskProcess.subprocess(
            ["-c", "ulimit -f 1 && exec \"$@\"", "matrisk", MatriskProcess.executable.path] + arguments, in: folder,
            executable: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test func aFailedWriteOfATableSetLeavesTheOldSetUntouched() throws {
        let work = try TemporaryFolder()
        let out = work.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("the last run's table\n".utf8).write(to: out.appendingPathComponent("by-year.csv"))
        let result = try runWithFileSizeLimit(["simulate", Self.small, "--trials", "100", "--out", "out"], in: work.url)
        #expect(result.exitCode == 73)
        #expect(result.standardError.hasPrefix("out/"))
        #expect(
            result.standardError.hasSuffix(".csv: error: cannot create the file: the file is larger than this system lets matrisk write.\n")
        )
        // Not one table of the new set replaced the old one, and no temporary is left.
        #expect(try work.contents() == ["out", "out/by-year.csv"])
        #expect(try String(contentsOf: out.appendingPathComponent("by-year.csv"), encoding: .utf8) == "the last run's table\n")
    }

    @Test func aFailedExportLeavesTheOldFileAndNoTemporary() throws {
        let work = try TemporaryFolder()
        try Data("{}\n".utf8).write(to: work.url.appendingPathComponent("set.json"))
        let result = try runWithFileSizeLimit(["register", "export", Self.registers, "-o", "set.json"], in: work.url)
        #expect(result.exitCode == 73)
        #expect(
            result.standardError == "set.json: error: cannot create the file: the file is larger than this system lets matrisk write.\n")
        #expect(try work.contents() == ["set.json"])
        #expect(try String(contentsOf: work.url.appendingPathComponent("set.json"), encoding: .utf8) == "{}\n")
    }

    @Test func anOutputFolderThatCannotBeWrittenIsCreatedByNothing() throws {
        let work = try TemporaryFolder()
        try Data("x".utf8).write(to: work.url.appendingPathComponent("taken"))
        let result = MatriskProcess.inProcess(["simulate", Self.small, "--trials", "100", "--out", "taken"], in: work.url)
        #expect(result.exitCode == 73)
        #expect(result.standardError == "taken: error: cannot create the file: a file of that name is in the way of the folder.\n")
        let missing = MatriskProcess.inProcess(["register", "export", Self.registers, "-o", "no/such/folder/set.json"], in: work.url)
        #expect(missing.exitCode == 73)
        #expect(
            missing.standardError
                == "no/such/folder/set.json: error: cannot create the file: the folder '\(work.url.path)/no/such/folder' does not exist.\n")
        #expect(try work.contents() == ["taken"])
    }

    @Test func exportOfBadDataLeavesNoFileBehind() throws {
        let work = try TemporaryFolder()
        let bad = MatriskProcess.fixtures.appendingPathComponent("bad/duplicate-ids.csv").path
        let result = MatriskProcess.inProcess(["register", "export", bad, "--out", "set.json"], in: work.url)
        #expect(result.exitCode == 65)
        #expect(try work.contents().isEmpty)
    }

    // MARK: - An output that is an input is refused

    /// The same input file named as the output in every way a person might.
    @Test(arguments: ["set.json", "./set.json", "../work/set.json", "link.json", "hard-link.json"])
    func anExportOverAnInputIsRefusedHoweverItIsNamed(_ output: String) throws {
        let root = try TemporaryFolder()
        let work = root.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let made = MatriskProcess.inProcess(["register", "export", Self.registers, "-o", "set.json"], in: work)
        #expect(made.exitCode == 0)
        let original = try Data(contentsOf: work.appendingPathComponent("set.json"))
        try FileManager.default.createSymbolicLink(atPath: work.appendingPathComponent("link.json").path, withDestinationPath: "set.json")
        try FileManager.default.linkItem(at: work.appendingPathComponent("set.json"), to: work.appendingPathComponent("hard-link.json"))

        let result = MatriskProcess.inProcess(["register", "export", "set.json", "-o", output], in: work)
        #expect(result.exitCode == 73)
        #expect(
            result.standardError == "\(output): error: this is one of the input files; choose another output name so the input is kept.\n")
        #expect(try Data(contentsOf: work.appendingPathComponent("set.json")) == original)
        #expect(try root.contents() == ["work", "work/hard-link.json", "work/link.json", "work/set.json"])
    }

    @Test func aCSVExportIntoTheInputFolderWritesNothing() throws {
        let work = try TemporaryFolder()
        let registers = work.url.appendingPathComponent("registers")
        try FileManager.default.copyItem(atPath: Self.registers, toPath: registers.path)
        let before = try work.contents()
        // mitigations.csv is an input: refused before risks.csv (which is not) is written.
        let result = MatriskProcess.inProcess(["register", "export", "registers", "--format", "csv", "--out", "registers"], in: work.url)
        #expect(result.exitCode == 73)
        #expect(
            result.standardError
                == "registers/mitigations.csv: error: this is one of the input files; choose another output name so the input is kept.\n")
        #expect(try work.contents() == before)
    }

    @Test func simulateNeverWritesOverARegisterInTheFolderItNames() throws {
        // A scenario naming a register folder; --out into that folder, where a register is named risks.csv,
        // as the simulation's risks table would be.
        let work = try TemporaryFolder()
        let folder = work.url.appendingPathComponent("trust")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: MatriskProcess.fixtures.appendingPathComponent("scenarios/trust-risks.csv"), to: folder.appendingPathComponent("risks.csv"))
        let scenario = try String(contentsOfFile: Self.small, encoding: .utf8)
            .replacingOccurrences(of: #""registers": {"risks": "trust-risks.csv"}"#, with: #""registers": "trust""#)
        try Data(scenario.utf8).write(to: work.url.appendingPathComponent("scenario.json"))
        let before = try work.contents()
        let result = MatriskProcess.inProcess(["simulate", "scenario.json", "--trials", "100", "--out", "trust"], in: work.url)
        #expect(result.exitCode == 73)
        #expect(
            result.standardError
                == "trust/risks.csv: error: this is one of the input files; choose another output name so the input is kept.\n")
        #expect(try work.contents() == before)
    }

    // MARK: - An interrupted run leaves nothing half-written

    /// Starts a long simulation writing to `--out`, stops it with `signal`, and returns its exit
    /// status and standard error once it has ended.
    func interruptLongRun(with signal: Int32, in folder: URL) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = MatriskProcess.executable
        process.arguments = ["simulate", Self.small, "--trials", "5000000", "--out", "out"]
        process.currentDirectoryURL = folder
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Long enough to be well into the trials (the scenario loads in milliseconds), far
        // short of their end (minutes in a debug build).
        Thread.sleep(forTimeInterval: 1)
        kill(process.processIdentifier, signal)
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(arguments: [(SIGINT, 130), (SIGTERM, 143)] as [(Int32, Int32)])
    func aStoppedRunLeavesNoOutputAndNoPartialFile(signal: Int32, status: Int32) throws {
        let work = try TemporaryFolder()
        let stopped = try interruptLongRun(with: signal, in: work.url)
        #expect(stopped.status == status)
        #expect(stopped.error == "matrisk: interrupted; no output file was left half-written.\n")
        #expect(try work.contents().isEmpty)
    }

    /// What the interrupt handler does with a file being written: the temporary goes, the
    /// target is never created.
    @Test func theInterruptHandlerRemovesTemporariesBeingWritten() throws {
        let work = try TemporaryFolder()
        let temporary = work.url.appendingPathComponent(".set.json.1.partial").path
        #expect(FileManager.default.createFile(atPath: temporary, contents: Data("half".utf8)))
        OutputFile.pending.withLock { _ = $0.insert(temporary) }
        OutputFile.removePending()
        OutputFile.pending.withLock { _ = $0.remove(temporary) }
        #expect(try work.contents().isEmpty)
    }
}
