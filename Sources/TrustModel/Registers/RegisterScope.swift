import RiskRegister

/// Which academies carry each register a scenario reads, and which registers are the trust's:
/// the one rule the simulation and the board pack share.
///
/// Each academy in the trust today carries its own register; each planned join carries its
/// template's ("converter-primary"). A register is **the trust's** unless a joining-school
/// template names it and no academy in the trust today carries it: such a register describes
/// schools that are not in the trust yet, so the trust's heat maps, roll-up, checks and diff
/// leave it out, while the simulation charges its risks to the joins that bring it, in the
/// trials where they go ahead. A register nobody carries (an academy the scenario does not
/// model, a kind of school no join is planned from) stays the trust's, and its academy risks
/// have no academy to strike in the simulation.
package struct RegisterScope: Sendable, Equatable {
    /// The registers joining schools bring that no academy in the trust today carries, in the
    /// order the templates name them.
    package let joining: [String]
    /// For each register, the places that carry it, by index: the academies in the trust
    /// today, then each planned join (``SlotPlan/slots(of:)``'s order).
    let carriers: [String: [Int]]

    package init(scenario: Scenario) {
        self.init(scenario: scenario, slots: SlotPlan.slots(of: scenario))
    }

    init(scenario: Scenario, slots: [SlotPlan]) {
        var carriers: [String: [Int]] = [:]
        for (index, slot) in slots.enumerated() {
            if let register = slot.register { carriers[register, default: []].append(index) }
        }
        self.carriers = carriers
        let held = Set(scenario.academies.map(\.register))
        var joining: [String] = []
        for register in scenario.templates.compactMap(\.register) where !held.contains(register) && !joining.contains(register) {
            joining.append(register)
        }
        self.joining = joining
    }

    /// True for a register of the trust: the trust's own, an academy's, or one that no
    /// joining-school template brings.
    package func belongsToTrust(_ register: String) -> Bool { !joining.contains(register) }

    /// `set` with only the trust's registers: without the risks of joining schools' registers,
    /// and without the mitigations that treat only those risks.
    package func trustRegisters(of set: RegisterSet) -> RegisterSet {
        guard !joining.isEmpty else { return set }
        let dropped = Set(set.risks.filter { !belongsToTrust($0.register) }.map(\.id))
        let risks = set.risks.filter { belongsToTrust($0.register) }
        let mitigations = set.mitigations.filter { m in m.risks.isEmpty || m.risks.contains { !dropped.contains($0) } }
        return RegisterSet(risks: risks, mitigations: mitigations, policy: set.policy)
    }
}
