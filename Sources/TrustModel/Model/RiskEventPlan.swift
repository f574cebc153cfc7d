import MonteCarlo
import RiskRegister

/// One register risk as money in the simulation, for one payer: it strikes in a year with
/// that year's probability (after the mitigations in place by then) and costs a PERT draw
/// scaled by the mitigations' impact reduction.
///
/// A trust risk of `each-academy` scope becomes one event per academy, each with its own
/// draws; a risk on an academy register becomes one event per academy that carries the
/// register (several for a joining-school template).
struct RiskEventPlan: Sendable {
    /// Who bears the loss.
    enum Payer: Sendable, Equatable {
        case academy(slot: Int)
        case central
    }

    var riskID: String
    var payer: Payer
    /// The annual probability in each year, after mitigations (a fraction).
    var probability: [Double]
    /// The share of the drawn impact left after mitigations, in each year.
    var impactFactor: [Double]
    var impact: Distribution
    /// The keys of the strike and the impact draws in each year.
    var strikeKeys: [DrawKey]
    var impactKeys: [DrawKey]

    init(
        riskID: String, payer: Payer, entity: String, probability: [Double], impactFactor: [Double],
        impact: Distribution, seed: UInt64
    ) {
        self.riskID = riskID
        self.payer = payer
        self.probability = probability
        self.impactFactor = impactFactor
        self.impact = impact
        let strike = StreamKey(seed: seed, stream: "risk.strike", entity: entity)
        let size = StreamKey(seed: seed, stream: "risk.impact", entity: entity)
        strikeKeys = probability.indices.map { strike.year($0) }
        impactKeys = probability.indices.map { size.year($0) }
    }

    /// The loss in `year` of `trial`: zero unless it strikes.
    @inline(__always)
    func loss(year: Int, trial: Int) -> Double {
        guard strikeKeys[year].uniform(trial: trial) < probability[year] else { return 0 }
        return impact.sample(key: impactKeys[year], trial: trial) * impactFactor[year]
    }
}

/// What a mitigation costs each payer in each year: its annual cost from the year it is in
/// place, and its one-off cost in that year if it comes into place during the simulation.
struct MitigationCosts: Sendable, Equatable {
    /// Cost per year for each academy slot.
    var academy: [[Double]]
    /// Cost per year borne by the centre.
    var central: [Double]

    init(slots: Int, years: Int) {
        academy = Array(repeating: Array(repeating: 0, count: years), count: slots)
        central = Array(repeating: 0, count: years)
    }
}
