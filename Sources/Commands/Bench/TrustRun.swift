import Benchmarks
import Foundation
import JSONDocument
import MonteCarlo
import Reports
import TrustModel

/// One timed simulation of the canonical trust (``CanonicalTrust``): what ran, how long it
/// took and how much memory it held at most.
struct TrustRun: Sendable, Equatable {
    var academies: Int
    var years: Int
    var trials: Int
    var threads: Int
    /// Wall-clock seconds from the loaded scenario to the rendered report: the simulation,
    /// its summaries and the text a user reads (`matrisk simulate` less reading the files).
    var seconds: Double
    /// Academy-years simulated: over every trial, each academy in the trust in each year
    /// (joins count from the year they go ahead).
    var academyYears: Double
    /// The process's peak resident memory in bytes (its high-water mark, which covers
    /// everything it did: run it in a process of its own to measure one run).
    var peakResidentBytes: Int
    /// A stable hash of every figure of the result (its full JSON report): equal on any number
    /// of threads, as the results must be.
    var resultDigest: String

    var trialsPerSecond: Double { Double(trials) / seconds }
    var academyYearsPerSecond: Double { academyYears / seconds }
    /// Nanoseconds of wall-clock time per academy-year, on `threads` threads.
    var nanosecondsPerAcademyYear: Double { seconds * 1e9 / academyYears }

    /// Loads the canonical trust with `academies` academies and simulates it once, counting its
    /// trials on `progress` (inside the timed part, so the bench shows what showing progress costs).
    static func measure(_ trust: CanonicalTrust, threads: Int, progress: TrialProgress? = nil) throws -> TrustRun {
        let loaded = try trust.load()
        let clock = ContinuousClock()
        let start = clock.now
        progress?.begin("", trials: loaded.base.trials)
        let result = try Simulation.run(loaded.base, registers: loaded.registers, threads: threads, progress: progress)
        let report = SimulationReport.make(result)
        let text = report.rendered(as: .text)
        let elapsed = start.duration(to: clock.now)
        // The report is built to be timed, not read; its length keeps the optimiser from dropping it.
        precondition(!text.isEmpty, "the canonical trust's report is empty")
        let academyYears = result.years.reduce(0.0) { $0 + $1.summary(.academies).mean } * Double(result.trials)
        let digest = StableHash.of(report.rendered(as: .json))
        return TrustRun(
            academies: trust.academies, years: trust.years, trials: trust.trials, threads: threads,
            seconds: elapsed.inSeconds,
            academyYears: academyYears, peakResidentBytes: ResidentMemory.peakBytes() ?? 0,
            resultDigest: String(digest, radix: 16))
    }

    /// The run as one JSON object, the form a child process hands it back in.
    var json: JSONValue {
        .object([
            JSONValue.Member("academies", .integer(academies)),
            JSONValue.Member("years", .integer(years)),
            JSONValue.Member("trials", .integer(trials)),
            JSONValue.Member("threads", .integer(threads)),
            JSONValue.Member("seconds", .number(seconds)),
            JSONValue.Member("academyYears", .number(academyYears)),
            JSONValue.Member("peakResidentBytes", .integer(peakResidentBytes)),
            JSONValue.Member("resultDigest", .string(resultDigest)),
        ])
    }

    /// Reads back what ``json`` wrote.
    init(json text: String, source: String) throws {
        let cursor = JSONCursor(node: try JSONParser.parse(text, source: source), source: source)
        var object = try cursor.object()
        academies = try object.required("academies").int()
        years = try object.required("years").int()
        trials = try object.required("trials").int()
        threads = try object.required("threads").int()
        seconds = try object.required("seconds").double()
        academyYears = try object.required("academyYears").double()
        peakResidentBytes = try object.required("peakResidentBytes").int()
        resultDigest = try object.required("resultDigest").string()
        try object.finish()
    }

    init(
        academies: Int, years: Int, trials: Int, threads: Int, seconds: Double, academyYears: Double, peakResidentBytes: Int,
        resultDigest: String
    ) {
        self.academies = academies
        self.years = years
        self.trials = trials
        self.threads = threads
        self.seconds = seconds
        self.academyYears = academyYears
        self.peakResidentBytes = peakResidentBytes
        self.resultDigest = resultDigest
    }
}
