import Reports
import TrustModel

/// What a board pack simulates before it is written: the scenario's result (the base's, when
/// options are set side by side), the comparisons, the sweeps, the mitigations' values, and the
/// sensitivity and stress findings asked for.
struct PackRuns {
    var result: SimulationResult
    var comparison: ScenarioComparison?
    var decision: ScenarioComparison?
    var sweep: ParameterSweep?
    var optionSweeps: [PackInputs.OptionSweep]
    var mitigationValues: [MitigationValue]
    var sensitivity: Sensitivity?
    var stress: Stress?
    /// Each option's stress findings, for the decision page's "what breaks it".
    var optionStress: [Stress]
}
