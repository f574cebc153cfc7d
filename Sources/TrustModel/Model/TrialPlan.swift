import MonteCarlo
import RiskRegister

/// A scenario worked out for simulation: fractions instead of percentages, every academy slot
/// and risk event with its random-draw keys, mitigation costs per year, and the economy's draws
/// (keyed, or tabulated when Latin hypercube sampling or correlations need every trial at once).
///
/// Built once per run; the trial loop only reads it.
struct TrialPlan: Sendable {
    /// The scenario; a run that stops at its precision targets sets its trials to those run.
    var scenario: Scenario
    let years: Int
    let slots: [SlotPlan]
    let risks: RiskEventCatalogue
    let economy: EconomyDraws
    /// How many years past the horizon academy counts are needed (for capacity lead times).
    let lookahead: Int

    // The trust's settings as fractions.
    let topSlice: Double
    let pooled: Bool
    let elasticity: Double
    let centralPayShare: Double
    let reserveTarget: Double
    let trustReserveTarget: Double
    let staffCostCap: Double
    let maxStaffCut: Double?

    init(scenario: Scenario, registers: RegisterSet?) throws {
        self.scenario = scenario
        years = scenario.years
        let slots = SlotPlan.slots(of: scenario)
        self.slots = slots
        risks = try RiskEventCatalogue(scenario: scenario, slots: slots, registers: registers)
        economy = try EconomyDraws(scenario: scenario)
        lookahead = scenario.trust.centralCosts.steps.map(\.leadYears).max() ?? 0
        let trust = scenario.trust
        pooled = trust.fundingModel == .pooled
        topSlice = pooled ? 0 : trust.topSlicePercent / 100
        elasticity = trust.staffingElasticity
        centralPayShare = trust.centralPaySharePercent / 100
        reserveTarget = trust.reserveTargetPercent / 100
        trustReserveTarget = trust.trustReserveTargetPercent / 100
        staffCostCap = trust.staffCostCapPercent / 100
        maxStaffCut = trust.maxStaffCutPercent.map { $0 / 100 }
    }
}
