import MonteCarlo
import RiskRegister

/// The register risks and mitigations of a scenario turned into money: events to draw each
/// year, what mitigations cost, and notes on what was left out and why.
struct RiskEventCatalogue: Sendable {
    /// A risk that takes part in the simulation, for the tables of expected loss.
    struct IncludedRisk: Sendable, Equatable {
        var id: String
        var title: String
        var register: String
        /// "quantified" or "valued from its scores".
        var basis: String
    }

    var events: [RiskEventPlan]
    var costs: MitigationCosts
    var included: [IncludedRisk]
    var notes: [String]
    /// Mitigations that take part: those in place or due to be, by id.
    var mitigations: [Mitigation]

    /// Builds the catalogue for `slots` from `registers`, leaving out the mitigations in `without`
    /// (to value a mitigation by running with and without it).
    init(
        scenario: Scenario, slots: [SlotPlan], registers: RegisterSet?, without: Set<String> = []
    ) throws {
        let years = scenario.years
        events = []
        costs = MitigationCosts(slots: slots.count, years: years)
        included = []
        notes = []
        mitigations = []
        guard let registers else { return }
        let index = registers.index
        let settings = scenario.riskEvents
        let excluded = Set(settings.exclude)
        let slotsByRegister = Dictionary(grouping: slots.indices.filter { slots[$0].register != nil }) { slots[$0].register! }
        let activeMitigations = registers.mitigations.filter { !without.contains($0.id) }
        mitigations = activeMitigations.filter { Self.inPlaceYear($0, scenario: scenario) != nil }

        // Academy risks that carry their own money take the place of their trust risk's
        // each-academy event for that academy, so the loss is not counted twice.
        var ownedByAcademy: Set<String> = []
        var unusedRegisters: [String: Int] = [:]

        func valuation(of risk: Risk) throws -> (probability: Double, impact: Distribution, basis: String)? {
            guard risk.isOpen, !excluded.contains(risk.id) else { return nil }
            if let q = risk.quantification {
                return (q.annualProbabilityPercent / 100, try Self.pert(q.impactMin, q.impactLikely, q.impactMax, risk: risk), "quantified")
            }
            guard settings.unquantified == .fromScores, let score = risk.residual else { return nil }
            let range = settings.valuation.impactByImpactScore[score.impact - 1]
            return (
                settings.valuation.probabilityPercentByLikelihood[score.likelihood - 1] / 100,
                try Self.pert(range[0], range[1], range[2], risk: risk), "valued from its scores"
            )
        }

        func effects(of risk: Risk) -> (probability: [Double], impact: [Double]) {
            var p = Array(repeating: 1.0, count: years)
            var i = Array(repeating: 1.0, count: years)
            for mitigation in index.mitigationsByRisk[risk.id] ?? [] where !without.contains(mitigation.id) {
                // A mitigation due after the last simulated year changes nothing in it.
                guard let start = Self.inPlaceYear(mitigation, scenario: scenario), start < years else { continue }
                for year in start..<years {
                    p[year] *= 1 - (mitigation.probabilityReductionPercent ?? 0) / 100
                    i[year] *= 1 - (mitigation.impactReductionPercent ?? 0) / 100
                }
            }
            return (p, i)
        }

        for risk in registers.risks where !risk.isTrustRisk {
            guard let value = try valuation(of: risk) else { continue }
            guard let carriers = slotsByRegister[risk.register] else {
                unusedRegisters[risk.register, default: 0] += 1
                continue
            }
            let (pFactor, iFactor) = effects(of: risk)
            for slot in carriers {
                if let parent = risk.trustRisk { ownedByAcademy.insert("\(parent)@\(slots[slot].id)") }
                events.append(
                    RiskEventPlan(
                        riskID: risk.id, payer: .academy(slot: slot), entity: "\(risk.id)@\(slots[slot].id)",
                        probability: pFactor.map { min(1, value.probability * $0) }, impactFactor: iFactor,
                        impact: value.impact, seed: scenario.seed))
            }
            included.append(IncludedRisk(id: risk.id, title: risk.title, register: risk.register, basis: value.basis))
        }
        for risk in registers.risks where risk.isTrustRisk {
            guard let value = try valuation(of: risk) else { continue }
            let (pFactor, iFactor) = effects(of: risk)
            let probability = pFactor.map { min(1, value.probability * $0) }
            if risk.quantification?.scope == .eachAcademy {
                for slot in slots.indices where !ownedByAcademy.contains("\(risk.id)@\(slots[slot].id)") {
                    events.append(
                        RiskEventPlan(
                            riskID: risk.id, payer: .academy(slot: slot), entity: "\(risk.id)@\(slots[slot].id)",
                            probability: probability, impactFactor: iFactor, impact: value.impact, seed: scenario.seed))
                }
            } else {
                events.append(
                    RiskEventPlan(
                        riskID: risk.id, payer: .central, entity: risk.id, probability: probability, impactFactor: iFactor,
                        impact: value.impact, seed: scenario.seed))
            }
            included.append(IncludedRisk(id: risk.id, title: risk.title, register: risk.register, basis: value.basis))
        }
        for (register, count) in unusedRegisters.sorted(by: { $0.key < $1.key }) {
            notes.append(
                "\(count) risk\(count == 1 ? "" : "s") on the '\(register)' register left out: no academy in the scenario carries that register."
            )
        }
        for id in settings.exclude where index.riskPosition[id] == nil {
            notes.append("riskEvents.exclude names '\(id)', which is not on any register.")
        }
        addCosts(of: activeMitigations, registers: registers, index: index, slotsByRegister: slotsByRegister, scenario: scenario)
    }

    /// Mitigation costs: a mitigation whose risks are all on one academy register is paid by
    /// each academy carrying that register; any other is paid by the centre.
    private mutating func addCosts(
        of mitigations: [Mitigation], registers: RegisterSet, index: RegisterIndex, slotsByRegister: [String: [Int]],
        scenario: Scenario
    ) {
        for mitigation in mitigations {
            guard let charge = MitigationCharge(mitigation, scenario: scenario), charge.annual > 0 || charge.oneOff > 0 else { continue }
            let linkedRegisters = Set(mitigation.risks.compactMap { index.riskPosition[$0].map { registers.risks[$0].register } })
            if linkedRegisters.count == 1, let register = linkedRegisters.first, register != Risk.trustRegister {
                for slot in slotsByRegister[register] ?? [] { charge.add(to: &costs.academy[slot]) }
            } else {
                charge.add(to: &costs.central)
            }
        }
    }

    /// What a mitigation costs over the simulated years: its annual cost every year from the one
    /// it works in, and its one-off cost in that first year.
    struct MitigationCharge: Sendable {
        /// The year index from which it works and is paid for.
        var fromYear: Int
        var annual: Double
        /// Nothing for a mitigation already in place: it paid its one-off cost before the simulation starts.
        var oneOff: Double
        var years: Int

        /// Nil when the mitigation does not work within the simulated years (see ``inPlaceYear(_:scenario:)``).
        init?(_ mitigation: Mitigation, scenario: Scenario) {
            guard let start = RiskEventCatalogue.inPlaceYear(mitigation, scenario: scenario), start < scenario.years else { return nil }
            fromYear = start
            annual = mitigation.annualCost ?? 0
            oneOff = mitigation.isInPlace ? 0 : mitigation.oneOffCost ?? 0
            years = scenario.years
        }

        /// Adds the cost of each year to `series` (one entry a year).
        func add(to series: inout [Double]) {
            for year in fromYear..<years { series[year] += annual }
            series[fromYear] += oneOff
        }

        /// The cost averaged over the simulated years.
        var perYear: Double { (annual * Double(years - fromYear) + oneOff) / Double(years) }
    }

    /// The year index from which a mitigation works: in place now → 0; planned or in progress
    /// with a due date → the school year of that date (0 if already past); otherwise never.
    static func inPlaceYear(_ mitigation: Mitigation, scenario: Scenario) -> Int? {
        switch mitigation.status {
        case .inPlace: return 0
        case .retired: return nil
        default:
            guard let due = mitigation.due else { return nil }
            let schoolYear = due.month >= 9 ? due.year : due.year - 1
            return max(0, schoolYear - scenario.startYear)
        }
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
