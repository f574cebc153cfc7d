import JSONDocument
import RiskRegister

/// One numeric field of a scenario set to a series of values, every run on the same random
/// numbers, with chosen measures estimated at each value. Where the model is monotone in the
/// field (central reserves in the top-slice, for instance) the estimates are monotone too,
/// because each trial's draws do not change with the value.
package struct ParameterSweep: Sendable {
    package var parameter: JSONPath
    package var values: [Double]
    package var measures: [Measure]
    /// `estimates[value][measure]`.
    package var estimates: [[Estimate]]

    /// `from`, `from + step`, … up to `to` (inclusive, allowing for rounding).
    package static func values(from: Double, to: Double, step: Double) -> [Double] {
        guard step > 0, to >= from else { return [from] }
        let count = Int(((to - from) / step + 1e-9).rounded(.down))
        // Multiplying rather than adding keeps 2 + 7 × 0.5 exactly 5.5.
        return (0...count).map { from + Double($0) * step }
    }

    /// The document of `loaded` (a variant, if named) that each value is set in: worked out once
    /// per sweep or search, with the command line's overrides already on it.
    static func document(_ loaded: LoadedScenario, variant: String?) throws -> JSONNode {
        try variant.map { try ScenarioLoader.variantDocument($0, of: loaded) } ?? loaded.document
    }

    /// The scenario of `document` (from ``document(_:variant:)``) with `parameter` set to `value`.
    static func scenario(_ document: JSONNode, parameter: JSONPath, value: Double, source: String) throws -> Scenario {
        let node: JSONNode
        do {
            node = try document.setting(parameter, to: JSONNode(.number(value), at: nil))
        } catch let error as JSONNode.OverrideError {
            throw ScenarioError.overrideNotApplicable("\(parameter)=\(value)", reason: error.description)
        }
        return try Scenario(decoding: JSONCursor(node: node, source: source))
    }

    /// Runs the sweep.
    package static func run(
        _ loaded: LoadedScenario, variant: String? = nil, parameter: JSONPath, values: [Double], measures: [Measure],
        threads: Int? = nil
    ) throws -> ParameterSweep {
        let recording = Recording.needed(for: measures)
        let document = try document(loaded, variant: variant)
        let estimates = try values.map { value in
            let scenario = try scenario(document, parameter: parameter, value: value, source: loaded.path)
            let result = try Simulation.run(scenario, registers: loaded.registers, threads: threads, recording: recording)
            return try measures.map { try result.estimate($0) }
        }
        return ParameterSweep(parameter: parameter, values: values, measures: measures, estimates: estimates)
    }
}
