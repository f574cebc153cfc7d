/// A trust's registers read together: the board's trust register, each academy's register,
/// the mitigations linked to their risks, and the policy they are judged by.
///
/// This is what every register command works on, and what the finance model reads the
/// quantified risks and mitigations from.
package struct RegisterSet: Sendable, Hashable {
    package var risks: [Risk]
    package var mitigations: [Mitigation]
    package var policy: RiskPolicy

    package init(risks: [Risk] = [], mitigations: [Mitigation] = [], policy: RiskPolicy = RiskPolicy()) {
        self.risks = risks
        self.mitigations = mitigations
        self.policy = policy
    }

    /// The board's own risks, in register order.
    package var trustRisks: [Risk] { risks.filter(\.isTrustRisk) }

    /// The academies with a register, in order of first appearance.
    package var academies: [String] {
        var seen: Set<String> = []
        return risks.compactMap { risk in
            guard !risk.isTrustRisk, seen.insert(risk.register).inserted else { return nil }
            return risk.register
        }
    }

    /// The first risk with this id.
    package func risk(id: String) -> Risk? {
        risks.first { $0.id == id }
    }

    /// Lookups built once, for work that asks about every risk.
    package var index: RegisterIndex { RegisterIndex(self) }
}

/// Dictionaries over a register set, so checks and roll-ups over ten thousand risks stay linear.
package struct RegisterIndex: Sendable {
    /// Risk id → position in `risks` (the first, where an id is duplicated).
    package let riskPosition: [String: Int]
    /// Risk id → the mitigations that name it, in file order.
    package let mitigationsByRisk: [String: [Mitigation]]
    /// Trust risk id → the academy risks that roll up to it, in register order.
    package let academyRisksByTrustRisk: [String: [Risk]]

    package init(_ set: RegisterSet) {
        var position: [String: Int] = [:]
        for (i, risk) in set.risks.enumerated() where position[risk.id] == nil { position[risk.id] = i }
        var byRisk: [String: [Mitigation]] = [:]
        for mitigation in set.mitigations {
            for id in mitigation.risks { byRisk[id, default: []].append(mitigation) }
        }
        var children: [String: [Risk]] = [:]
        for risk in set.risks where !risk.isTrustRisk {
            if let parent = risk.trustRisk { children[parent, default: []].append(risk) }
        }
        riskPosition = position
        mitigationsByRisk = byRisk
        academyRisksByTrustRisk = children
    }
}
