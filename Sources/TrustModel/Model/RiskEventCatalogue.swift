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
        var basis: RiskBasis
    }

    var events: [RiskEventPlan] = []
    var costs: MitigationCosts
    var included: [IncludedRisk] = []
    var notes: [RiskNote] = []
    /// Mitigations that take part: those in place or due to be, by id.
    var mitigations: [Mitigation] = []

    /// Builds the catalogue for `slots` from `registers`, leaving out the mitigations in `without`
    /// (to value a mitigation by running with and without it).
    init(scenario: Scenario, slots: [SlotPlan], registers: RegisterSet?, without: Set<String> = []) throws {
        costs = MitigationCosts(slots: slots.count, years: scenario.years)
        guard let registers else { return }
        let index = registers.index
        let scope = RegisterScope(scenario: scenario, slots: slots)
        let pricing = RiskPricing(scenario: scenario, index: index, without: without)
        let active = registers.mitigations.filter { !without.contains($0.id) }
        mitigations = active.filter { MitigationCharge.inPlaceYear($0, scenario: scenario) != nil }
        let academyRisks = try addAcademyRisks(of: registers, pricing: pricing, scope: scope, slots: slots, seed: scenario.seed)
        try addTrustRisks(
            of: registers, pricing: pricing, slots: slots, ownedByAcademy: academyRisks.owned, seed: scenario.seed,
            scale: scenario.riskEvents.eachAcademyScale)
        addNotes(unusedRegisters: academyRisks.unused, index: index, settings: scenario.riskEvents)
        addCosts(of: active, registers: registers, index: index, scope: scope, scenario: scenario)
    }

    /// Adds an event for each open academy risk with money, for every place that carries its
    /// register. Returns how many risks each register nobody carries holds, and the trust risks
    /// these events stand in for at an academy ("T05@oak-primary").
    private mutating func addAcademyRisks(
        of registers: RegisterSet, pricing: RiskPricing, scope: RegisterScope, slots: [SlotPlan], seed: UInt64
    ) throws -> (unused: [String: Int], owned: Set<String>) {
        var unused: [String: Int] = [:]
        var owned: Set<String> = []
        for risk in registers.risks where !risk.isTrustRisk {
            guard let money = try pricing.money(of: risk) else { continue }
            guard let carriers = scope.carriers[risk.register] else {
                unused[risk.register, default: 0] += 1
                continue
            }
            for slot in carriers {
                if let parent = risk.trustRisk { owned.insert("\(parent)@\(slots[slot].id)") }
                events.append(
                    RiskEventPlan(
                        riskIndex: included.count, payer: .academy(slot: slot), entity: "\(risk.id)@\(slots[slot].id)",
                        probability: money.probability, impactFactor: money.impactFactor, impact: money.impact, seed: seed))
            }
            included.append(IncludedRisk(id: risk.id, title: risk.title, register: risk.register, basis: money.basis))
        }
        return (unused, owned)
    }

    /// Adds the events of each open trust risk with money: one for the centre, or one for each
    /// academy place when it strikes each academy independently. An academy risk that carries
    /// its own money takes the place of its trust risk's event for that academy, so the loss is
    /// not counted twice.
    private mutating func addTrustRisks(
        of registers: RegisterSet, pricing: RiskPricing, slots: [SlotPlan], ownedByAcademy: Set<String>, seed: UInt64,
        scale: EachAcademyScale?
    ) throws {
        for risk in registers.risks where risk.isTrustRisk {
            guard let money = try pricing.money(of: risk) else { continue }
            func event(_ payer: RiskEventPlan.Payer, entity: String) -> RiskEventPlan {
                RiskEventPlan(
                    riskIndex: included.count, payer: payer, entity: entity, probability: money.probability,
                    impactFactor: money.impactFactor, impact: money.impact, seed: seed)
            }
            if risk.quantification?.scope == .eachAcademy {
                for slot in slots.indices where !ownedByAcademy.contains("\(risk.id)@\(slots[slot].id)") {
                    var academyEvent = event(.academy(slot: slot), entity: "\(risk.id)@\(slots[slot].id)")
                    if let scale {
                        let factor = slots[slot].size(by: scale.by) / scale.reference
                        academyEvent.impactFactor = academyEvent.impactFactor.map { $0 * factor }
                    }
                    events.append(academyEvent)
                }
            } else {
                events.append(event(.central, entity: risk.id))
            }
            included.append(IncludedRisk(id: risk.id, title: risk.title, register: risk.register, basis: money.basis))
        }
    }

    private mutating func addNotes(unusedRegisters: [String: Int], index: RegisterIndex, settings: RiskEventSettings) {
        for (register, count) in unusedRegisters.sorted(by: { $0.key < $1.key }) {
            notes.append(.registerNotCarried(register: register, risks: count))
        }
        for id in settings.exclude where index.riskPosition[id] == nil {
            notes.append(.excludedRiskUnknown(id: id))
        }
    }
}
