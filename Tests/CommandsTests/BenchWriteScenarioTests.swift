import Benchmarks
import Foundation
import MonteCarlo
import Testing

@testable import Commands

/// `matrisk bench --write-scenario`: the canonical trust written as files that `matrisk simulate`
/// reads to exactly the figures the bench's own in-process run gives, and never written over a file.
struct BenchWriteScenarioTests {
    static let options = ["--academies", "3", "--years", "3", "--trials", "400"]

    @Test func simulateOnTheWrittenFilesGivesTheBenchsDigest() throws {
        let folder = try TemporaryFolder()
        let wrote = MatriskProcess.inProcess(["bench", "--write-scenario", "canonical"] + Self.options, in: folder.url)
        #expect(wrote.exitCode == 0, "\(wrote.standardError)")
        #expect(wrote.standardOutput.isEmpty)
        #expect(wrote.standardError.contains("Wrote the canonical trust (3 academies, 3 years, 400 trials) to canonical: 5 files"))
        #expect(
            try folder.contents() == [
                "canonical", "canonical/registers", "canonical/registers/academies.csv", "canonical/registers/mitigations.csv",
                "canonical/registers/templates.csv", "canonical/registers/trust.csv", "canonical/scenario.json",
            ])
        let simulated = MatriskProcess.inProcess(
            ["simulate", "canonical/scenario.json", "--format", "json", "--threads", "2"], in: folder.url)
        #expect(simulated.exitCode == 0, "\(simulated.standardError)")
        let bench = try TrustRun.measure(CanonicalTrust(academies: 3, years: 3, trials: 400), threads: 1)
        #expect(String(StableHash.of(simulated.standardOutput), radix: 16) == bench.resultDigest)
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        let registers = folder.url.appendingPathComponent("canonical/registers")
        try FileManager.default.createDirectory(at: registers, withIntermediateDirectories: true)
        try "mine\n".write(to: registers.appendingPathComponent("trust.csv"), atomically: true, encoding: .utf8)
        let result = MatriskProcess.inProcess(["bench", "--write-scenario", "canonical"] + Self.options, in: folder.url)
        #expect(result.exitCode == 73)
        #expect(
            result.standardError.contains(
                "canonical/registers/trust.csv: error: cannot create the file: a file of that name is already there, and the bench does not overwrite it."
            ), "\(result.standardError)")
        #expect(try String(contentsOf: registers.appendingPathComponent("trust.csv"), encoding: .utf8) == "mine\n")
        #expect(try folder.contents() == ["canonical", "canonical/registers", "canonical/registers/trust.csv"])
    }
}
