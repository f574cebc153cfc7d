import Foundation
import JSONDocument
import Reports
import TrustModel

extension StressCommand {
    /// `--find`: the smallest shock to the `--shock` inputs that makes the event likely.
    func runFind(in environment: CommandEnvironment) throws -> ExitCode {
        let (loaded, chosen) = try scenario.load(in: environment)
        let event = try OutputVocabulary.event(find ?? "", scenario: chosen)
        let shock: ScenarioShock
        do {
            shock = try ScenarioShock(shocks, in: chosen, source: loaded.path)
        } catch let error as ShockError {
            throw UsageError.rule(error.description)
        }
        if let range { try check(range.bounds, of: shock) }
        let task = ProgressTask.named("stress", scenario.scenario, variant: scenario.variant)
        // The doubling bracket's runs are not known ahead; the line's step count grows as they come.
        let steps = 1 + TargetSolver.plannedRuns(range: range?.bounds ?? 0...1, tolerance: tolerance)
        let finding = try progress.track(task, steps: steps, in: environment) { progress in
            try ShockSearch.find(
                shock, event: event, line: above?.chance ?? 0.5, registers: loaded.registers, range: range?.bounds, tolerance: tolerance,
                threads: scenario.run.threads, progress: progress)
        }
        try output.deliver(ShockReport.make(finding, scenario: chosen), inputs: loaded.inputFiles, in: environment)
        return finding.isConfirmedAnswer ? .success : .failure
    }

    /// A usage error, before any run, when an end of `--range` is a shock an input's rule refuses.
    private func check(_ bounds: ClosedRange<Double>, of shock: ScenarioShock) throws {
        for end in [bounds.lowerBound, bounds.upperBound] {
            do {
                _ = try shock.scenario(at: end)
            } catch {
                throw $range.invalid(
                    range.map { "\($0.bounds.lowerBound)..\($0.bounds.upperBound)" } ?? "",
                    reason: "a shock of \(JSONWriter.format(number: end)) is refused: \(error)")
            }
        }
    }
}

/// The chance an event must be above (`--above 70%` or `0.7`), between 0 and 1.
struct ChanceLine: ExpressibleByArgument, Equatable {
    var chance: Double

    init(argument: String) throws(InvalidArgument) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        let percent = text.hasSuffix("%")
        guard let number = Double(percent ? String(text.dropLast()) : text), number.isFinite else {
            throw InvalidArgument("write a chance such as 70% or 0.7")
        }
        chance = percent ? number / 100 : number
        guard chance > 0, chance < 1 else { throw InvalidArgument("a chance is between 0% and 100%, e.g. 70% or 0.7") }
    }
}
