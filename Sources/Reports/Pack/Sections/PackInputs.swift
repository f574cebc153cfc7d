import RiskRegister
import TrustModel

/// Everything a board pack is made from: one simulation's results, the registers the scenario
/// read, an earlier snapshot of them, and the day they are judged against. The pack computes
/// nothing itself from these but what the command line's reports compute: roll-up, checks,
/// diff and heat maps come from `RiskRegister`, every money figure from `SimulationResult`.
package struct PackInputs: Sendable {
    /// A variant of the scenario, named as in its file.
    package struct Variant: Sendable {
        package var name: String
        package var scenario: Scenario

        package init(name: String, scenario: Scenario) {
            self.name = name
            self.scenario = scenario
        }
    }

    /// The sweep of an option after the first, for the sweep's chart of every option.
    package struct OptionSweep: Sendable {
        package var name: String
        package var sweep: ParameterSweep

        package init(name: String, sweep: ParameterSweep) {
            self.name = name
            self.sweep = sweep
        }
    }

    package var result: SimulationResult
    /// The scenario file as given on the command line.
    package var scenarioFile: String
    /// The variant simulated, or nil for the scenario's base.
    package var variant: String?
    /// Every variant the file defines (for the assumptions: which kinds of joining school each uses).
    package var variants: [Variant]
    /// The registers the scenario read (nil when it names none).
    package var registers: RegisterSet?
    /// An earlier snapshot of the registers (last term's), for what moved.
    package var previous: RegisterSet?
    /// How the earlier snapshot was named on the command line.
    package var previousName: String?
    /// The day reviews and due dates are judged against; the pack's date.
    package var asOf: CalendarDate
    /// The command that makes this pack again, for the colophon.
    package var command: String
    /// The options run on common random numbers (the base first), on the measures of the options
    /// side by side, when there are several.
    package var comparison: ScenarioComparison?
    /// The options on the decision's measures (the same runs as `comparison`), when there are several.
    package var decision: ScenarioComparison?
    /// A sweep of one field (the top-slice), when the command asks for one.
    package var sweep: ParameterSweep?
    /// The same sweep of each option after the first, when there are several.
    package var optionSweeps: [OptionSweep]
    /// The value of each mitigation, when the scenario names registers.
    package var mitigationValues: [MitigationValue]
    /// What moves one outcome most, when the command asks for it.
    package var sensitivity: Sensitivity?
    /// What would have to go wrong for a condition, when the command asks for it.
    package var stress: Stress?
    /// The same for each option of the decision page, in its order, when there are several.
    package var optionStress: [Stress] = []

    package init(
        result: SimulationResult, scenarioFile: String, variant: String? = nil, variants: [Variant] = [],
        registers: RegisterSet?, previous: RegisterSet? = nil, previousName: String? = nil, asOf: CalendarDate, command: String,
        comparison: ScenarioComparison? = nil, decision: ScenarioComparison? = nil, sweep: ParameterSweep? = nil,
        optionSweeps: [OptionSweep] = [],
        mitigationValues: [MitigationValue] = [],
        sensitivity: Sensitivity? = nil, stress: Stress? = nil
    ) {
        self.result = result
        self.scenarioFile = scenarioFile
        self.variant = variant
        self.variants = variants
        self.registers = registers
        self.previous = previous
        self.previousName = previousName
        self.asOf = asOf
        self.command = command
        self.comparison = comparison
        self.decision = decision
        self.sweep = sweep
        self.optionSweeps = optionSweeps
        self.mitigationValues = mitigationValues
        self.sensitivity = sensitivity
        self.stress = stress
    }

    var scenario: Scenario { result.scenario }
}

extension CalendarDate {
    /// "22 November 2026", as a board paper dates itself.
    var longText: String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(day) \(months[month - 1]) \(year)"
    }
}
