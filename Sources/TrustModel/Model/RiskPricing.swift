import MonteCarlo
import RiskRegister

/// What a register risk is in money, year by year: the chance it strikes and what it costs,
/// after the mitigations working by then.
struct RiskPricing: Sendable {
    /// A risk's money in the simulation.
    struct Money: Sendable {
        /// The annual probability in each year, after mitigations (a fraction).
        var probability: [Double]
        /// The share of the drawn impact left after mitigations, in each year.
        var impactFactor: [Double]
        var impact: Distribution
        var basis: RiskBasis
    }

    let scenario: Scenario
    let index: RegisterIndex
    /// Mitigations left out (to value one by running with and without it).
    let without: Set<String>
    let excluded: Set<String>

    init(scenario: Scenario, index: RegisterIndex, without: Set<String>) {
        self.scenario = scenario
        self.index = index
        self.without = without
        excluded = Set(scenario.riskEvents.exclude)
    }

    /// The risk's money; nil for a risk that takes no part (closed, excluded, or with no £
    /// figures when unquantified risks are ignored).
    func money(of risk: Risk) throws -> Money? {
        guard let value = try valuation(of: risk) else { return nil }
        let (probabilityFactor, impactFactor) = effects(on: risk)
        return Money(
            probability: probabilityFactor.map { min(1, value.probability * $0) }, impactFactor: impactFactor, impact: value.impact,
            basis: value.basis)
    }

    /// The risk's annual probability and impact before mitigations: its own £ figures, or its
    /// residual scores through the scenario's valuation table.
    private func valuation(of risk: Risk) throws -> (probability: Double, impact: Distribution, basis: RiskBasis)? {
        guard risk.isOpen, !excluded.contains(risk.id) else { return nil }
        if let q = risk.quantification {
            return (q.annualProbabilityPercent / 100, try Self.pert(q.impactMin, q.impactLikely, q.impactMax, risk: risk), .quantified)
        }
        let settings = scenario.riskEvents
        guard settings.unquantified == .fromScores, let score = risk.residual else { return nil }
        let range = settings.valuation.impactByImpactScore[score.impact - 1]
        return (
            settings.valuation.probabilityPercentByLikelihood[score.likelihood - 1] / 100,
            try Self.pert(range[0], range[1], range[2], risk: risk), .valuedFromScores
        )
    }

    /// The factors by which the risk's mitigations scale its probability and its impact in
    /// each year: each works from the year it is in place.
    private func effects(on risk: Risk) -> (probability: [Double], impact: [Double]) {
        let years = scenario.years
        var p = Array(repeating: 1.0, count: years)
        var i = Array(repeating: 1.0, count: years)
        for mitigation in index.mitigationsByRisk[risk.id] ?? [] where !without.contains(mitigation.id) {
            // A mitigation due after the last simulated year changes nothing in it.
            guard let start = MitigationCharge.inPlaceYear(mitigation, scenario: scenario), start < years else { continue }
            for year in start..<years {
                p[year] *= 1 - (mitigation.probabilityReductionPercent ?? 0) / 100
                i[year] *= 1 - (mitigation.impactReductionPercent ?? 0) / 100
            }
        }
        return (p, i)
    }

    private static func pert(_ min: Double, _ likely: Double, _ max: Double, risk: Risk) throws -> Distribution {
        if min == max { return .fixed(min) }
        do {
            return try Distribution.pert(min: min, mode: likely, max: max)
        } catch {
            throw RiskValuationError(riskID: risk.id, origin: risk.origin.location?.description ?? risk.register, reason: "\(error)")
        }
    }
}

/// A register risk whose £ figures cannot make a distribution (most likely outside min…max).
package struct RiskValuationError: Error, Sendable, Equatable, CustomStringConvertible {
    package var riskID: String
    package var origin: String
    package var reason: String

    package var description: String {
        "\(origin): error: risk \(riskID) cannot be simulated: \(reason)"
    }
}
