import JSONDocument

/// The size and seed of a run as the command line chose them (`--trials`, `--seed`, `--years`):
/// typed values set on the decoded scenario and on each of its variants, in place of the file's.
package struct RunSettings: Sendable, Equatable {
    package var trials: Int?
    package var seed: UInt64?
    package var years: Int?

    package init(trials: Int? = nil, seed: UInt64? = nil, years: Int? = nil) {
        self.trials = trials
        self.seed = seed
        self.years = years
    }

    /// `scenario` with these settings, each checked by its field's rule (a value out of range is
    /// reported at its field in `root`'s file), then checked for the size of the run it asks for
    /// (reported at the top of the file, where trials and years are written).
    func applied(to scenario: Scenario, root: JSONCursor) throws -> Scenario {
        var scenario = scenario
        if let trials { scenario.trials = try Self.set(Scenario.Fields.trials, to: trials, source: root.source) }
        if let seed { scenario.seed = seed }
        if let years { scenario.years = try Self.set(Scenario.Fields.years, to: years, source: root.source) }
        if let problem = Scenario.runSizeProblem(trials: scenario.trials, years: scenario.years) { throw root.violation(problem) }
        return scenario
    }

    private static func set(_ field: ScenarioField<Int>, to value: Int, source: String) throws -> Int {
        try field.value(Double(value), at: JSONPath.root.appending(field: field.key), source: source)
    }
}
