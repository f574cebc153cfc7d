/// One number an experiment turns to move a scenario, and the scenario at each of its values:
/// a field set to the value (``ScenarioParameter``, what `solve` and `sweep` vary) or the same
/// amount added to several inputs (``ScenarioShock``, what `stress --find` searches).
package protocol ScenarioDial: Sendable, CustomStringConvertible {
    /// The scenario with the dial at `value`, or the field's error for a value it may not take.
    func scenario(at value: Double) throws -> Scenario
}

extension ScenarioParameter: ScenarioDial {}
