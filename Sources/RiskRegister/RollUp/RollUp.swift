/// How academy risks roll up to the board's register: what `register rollup` reports.
package struct RollUp: Sendable {
    /// One trust risk beside the academy risks linked to it.
    package struct TrustRiskLine: Sendable, Hashable {
        package var trustRisk: Risk
        /// The open academy risks that roll up to it.
        package var academyRisks: [Risk]
        /// The academies those risks are on, in register order, each once.
        package var academies: [String]
        package var highestAcademyScore: Int?
        package var lowestAcademyScore: Int?
        /// Academies whose linked risk is above the board's appetite for its category.
        package var academiesAboveAppetite: [String]
        /// True when an academy rates the risk higher than the board does.
        package var underRated: Bool

        /// The board's own current score (a RAG word alone gives none).
        package var boardScore: Int? { trustRisk.currentValue }

        /// Highest minus lowest academy score: how much the academies disagree.
        package var spread: Int? {
            guard let high = highestAcademyScore, let low = lowestAcademyScore else { return nil }
            return high - low
        }
    }

    /// A category open and unlinked in several academies: a candidate trust-wide risk.
    package struct Theme: Sendable, Hashable {
        package var category: String
        package var academies: [String]
        /// The unlinked academy risks that make the theme.
        package var risks: [Risk]
        /// Open trust risks of the same category, which the academy risks might link to.
        package var trustRisksInCategory: [String]
    }

    package var lines: [TrustRiskLine]
    /// Open academy risks at or above the escalation threshold with no trust risk.
    package var escalationCandidates: [Risk]
    package var emergingThemes: [Theme]
    /// Trust-wide inherent and residual, then inherent and residual for each register (trust first).
    package var heatMaps: [HeatMap]
    package var policy: RiskPolicy

    /// Rolls up `registers`: one pass to group the risks, then a line per open trust risk.
    package init(_ registers: RegisterSet) {
        let policy = registers.policy
        let index = registers.index
        self.policy = policy
        lines = registers.risks.filter { $0.isTrustRisk && $0.isOpen }.map { trustRisk in
            let children = (index.academyRisksByTrustRisk[trustRisk.id] ?? []).filter(\.isOpen)
            let scores = children.compactMap(\.currentValue)
            // A RAG word alone counts at the lowest score its band allows: red is at least 15.
            let floors = children.compactMap { $0.currentFloor(policy.bands) }
            var academies: [String] = []
            var above: [String] = []
            for child in children {
                if !academies.contains(child.register) { academies.append(child.register) }
                if let score = child.currentFloor(policy.bands), score > policy.highestAcceptableScore(forCategory: child.category),
                    !above.contains(child.register)
                {
                    above.append(child.register)
                }
            }
            let high = scores.max()
            // Under-rated when an academy's rating is surely above the board's; an unrated board risk is below any.
            let underRated = trustRisk.currentCeiling(policy.bands).map { board in floors.contains { $0 > board } } ?? !floors.isEmpty
            return TrustRiskLine(
                trustRisk: trustRisk, academyRisks: children, academies: academies, highestAcademyScore: high,
                lowestAcademyScore: scores.min(), academiesAboveAppetite: above, underRated: underRated)
        }
        let unlinked = registers.risks.filter { !$0.isTrustRisk && $0.isOpen && $0.trustRisk == nil }
        let bands = policy.bands
        escalationCandidates =
            unlinked
            .filter { ($0.currentFloor(bands) ?? 0) >= policy.escalationThreshold }
            .sorted { ($0.currentFloor(bands) ?? 0, $1.id) > ($1.currentFloor(bands) ?? 0, $0.id) }
        emergingThemes = RollUp.themes(unlinked: unlinked, registers: registers)
        var maps: [HeatMap] = []
        for stage in HeatMap.Stage.allCases {
            maps.append(HeatMap(register: nil, stage: stage, risks: registers.risks, bands: policy.bands))
        }
        var byRegister: [String: [Risk]] = [:]
        for risk in registers.risks { byRegister[risk.register, default: []].append(risk) }
        let names = (byRegister[Risk.trustRegister] == nil ? [] : [Risk.trustRegister]) + registers.academies
        for name in names {
            for stage in HeatMap.Stage.allCases {
                maps.append(HeatMap(register: name, stage: stage, risks: byRegister[name] ?? [], bands: policy.bands))
            }
        }
        heatMaps = maps
    }

    private static func themes(unlinked: [Risk], registers: RegisterSet) -> [Theme] {
        var byCategory: [String: [Risk]] = [:]
        var order: [String] = []
        for risk in unlinked where !risk.categoryKey.isEmpty {
            if byCategory[risk.categoryKey] == nil { order.append(risk.categoryKey) }
            byCategory[risk.categoryKey, default: []].append(risk)
        }
        let threshold = registers.policy.emergingThemeAcademies
        return order.sorted().compactMap { key in
            let risks = byCategory[key] ?? []
            var academies: [String] = []
            for risk in risks where !academies.contains(risk.register) { academies.append(risk.register) }
            guard academies.count >= threshold else { return nil }
            let trustRisks = registers.risks.filter { $0.isTrustRisk && $0.isOpen && $0.categoryKey == key }.map(\.id)
            return Theme(category: key, academies: academies, risks: risks, trustRisksInCategory: trustRisks)
        }
    }
}
