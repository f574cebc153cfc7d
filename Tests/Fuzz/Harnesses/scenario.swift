// libFuzzer harness: scenario loading, from the bytes of a scenario file to a simulated and
// reported result.
//
// The input is the scenario file; beside it (in memory) are small valid registers it may
// name: "registers" (a folder), "registers/trust.csv", "registers/academy.csv",
// "registers/mitigations.csv". Properties, beyond not crashing, hanging or exhausting memory:
// - a refusal is a JSONError or ScenarioError (or the register, distribution or correlation
//   errors a scenario can meet) that names the scenario or a file it names;
// - a scenario that loads, and each of its variants, simulates (with its trials cut to a few)
//   and renders as text, CSV and JSON.
// Built and run by Tests/Fuzz/run.sh; not part of any SwiftPM target.
import JSONDocument
import MonteCarlo
import Reports
import RiskRegister
import Synchronization
import TrustModel

private let files: [String: String] = [
    "registers/trust.csv": """
    Risk ID,Title,Likelihood,Impact,Residual likelihood,Residual impact,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope
    T01,Cyber attack,3,4,2,4,10,5000,20000,80000,each-academy
    T02,Central team capacity,3,3,2,3,20,10000,30000,90000,central

    """,
    "registers/academy.csv": """
    Risk ID,Register,Title,Likelihood,Impact,Residual likelihood,Residual impact,Trust risk,Annual probability %,Impact min £,Impact likely £,Impact max £
    A01,oak,Roof leak,3,3,2,3,,15,2000,8000,40000
    A02,hill,Falling roll,4,3,3,3,T02,30,10000,25000,60000

    """,
    "registers/mitigations.csv": """
    Mitigation ID,Risk IDs,Status,Due date,Probability reduction %,Impact reduction %,One-off cost £,Annual cost £
    M01,T01,In place,,30,20,,5000
    M02,"A01, A02",Planned,2027-03-31,10,10,2000,1000

    """,
]

private let scenarioFiles = ScenarioFiles(
    read: { path in
        if path == "fuzz/scenario.json" { return current.withLock { $0 } }
        let key = path.hasPrefix("fuzz/") ? String(path.dropFirst(5)) : path
        guard let text = files[key] else { throw MissingFile() }
        return Array(text.utf8)
    },
    list: { folder in
        let key = folder.hasPrefix("fuzz/") ? String(folder.dropFirst(5)) : folder
        let inside = files.keys.filter { $0.hasPrefix(key + "/") }.sorted()
        guard !inside.isEmpty else { throw MissingFile() }
        return inside.map { "fuzz/" + $0 }
    })

private struct MissingFile: Error {}

/// The bytes of the input being run, served as the scenario file.
private let current = Mutex<[UInt8]>([])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoading(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    current.withLock { $0 = Array(UnsafeBufferPointer(start: data, count: size)) }
    let loaded: LoadedScenario
    do {
        loaded = try ScenarioLoader.load(path: "fuzz/scenario.json", files: scenarioFiles)
    } catch {
        let known = error is JSONError || error is ScenarioError || error is RegisterDataError || error is RegisterFileError
        require(known, "an unexpected kind of error: \(type(of: error)): \(error)")
        require("\(error)".contains("error: "), "an error that is not a sentence: \(error)")
        return 0
    }
    for variant in [nil] + loaded.variantNames {
        do {
            var scenario = try variant.map { try loaded.scenario(variant: $0) } ?? loaded.base
            // A few trials show every path through the model; thousands would only slow the fuzzer.
            scenario.trials = min(scenario.trials, 8)
            let result = try Simulation.run(scenario, registers: loaded.registers, threads: 1)
            let report = SimulationReport.make(result, variant: variant)
            for format in [OutputFormat.text, .csv, .json] { _ = report.rendered(as: format) }
        } catch {
            let known =
                error is JSONError || error is ScenarioError || error is RiskValuationError
                || error is DistributionError || error is CorrelationError
            require(known, "an unexpected kind of error: \(type(of: error)): \(error)")
        }
    }
    return 0
}

/// Stops with `message` when a property fails. (`precondition` would stop too, but an optimised
/// build drops its message, and the message is what says which property broke.)
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
