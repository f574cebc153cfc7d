import MonteCarlo

/// One register risk as money in the simulation, for one payer: it strikes in a year with
/// that year's probability (after the mitigations in place by then) and costs a PERT draw
/// scaled by the mitigations' impact reduction.
///
/// A trust risk of `each-academy` scope becomes one event per academy, each with its own
/// draws; a risk on an academy register becomes one event per academy that carries the
/// register (several for a joining-school template). The draws are made from a
/// ``RiskEventTable``, the events' one executable form.
struct RiskEventPlan: Sendable {
    /// Who bears the loss.
    enum Payer: Sendable, Equatable {
        case academy(slot: Int)
        case central
    }

    /// The risk's index among the catalogue's included risks: its row in the tables of losses by risk.
    var riskIndex: Int
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
        riskIndex: Int, payer: Payer, entity: String, probability: [Double], impactFactor: [Double],
        impact: Distribution, seed: UInt64
    ) {
        self.riskIndex = riskIndex
        self.payer = payer
        self.probability = probability
        self.impactFactor = impactFactor
        self.impact = impact
        let strike = StreamKey(seed: seed, stream: "risk.strike", entity: entity)
        let size = StreamKey(seed: seed, stream: "risk.impact", entity: entity)
        strikeKeys = probability.indices.map { strike.year($0) }
        impactKeys = probability.indices.map { size.year($0) }
    }
}
