/// What changed between two snapshots of a trust's registers, say last term's and this
/// term's: what a risk group reads first at each review.
package struct RegisterDiff: Sendable {
    /// A risk whose score at one stage moved.
    package struct ScoreMove: Sendable, Hashable {
        package var risk: Risk
        package var stage: HeatMap.Stage
        package var before: RiskScore
        package var after: RiskScore

        /// Up when the score rose (the risk got worse).
        package var isUp: Bool { after.value > before.value }
        /// `↑` for a higher score, `↓` for a lower one.
        package var arrow: String { isUp ? "↑" : "↓" }
    }

    /// A risk whose owner changed.
    package struct OwnerChange: Sendable, Hashable {
        package var risk: Risk
        package var before: String
        package var after: String
    }

    /// A mitigation whose status changed, or that is new or gone.
    package struct MitigationChange: Sendable, Hashable {
        package var id: String
        package var title: String
        package var risks: [String]
        /// nil for a mitigation added since the old snapshot.
        package var before: MitigationStatus?
        /// nil for a mitigation no longer listed.
        package var after: MitigationStatus?
    }

    /// Open risks in the new snapshot that the old one did not have open (new or reopened).
    package var added: [Risk]
    /// Risks open before and now closed.
    package var closed: [Risk]
    /// Risks open before and gone from the registers altogether.
    package var removed: [Risk]
    /// Inherent and residual scores that moved, residual first, biggest moves first.
    package var scoreMoves: [ScoreMove]
    package var ownerChanges: [OwnerChange]
    package var mitigationChanges: [MitigationChange]

    /// Risks are matched by id, or by title where a register's ids were generated from its rows
    /// (see ``RiskMatching``).
    package init(from old: RegisterSet, to new: RegisterSet) {
        let matches = RiskMatching.match(old: old.risks, new: new.risks)
        var newIDs: Set<String> = []
        var matchedOld: Set<Int> = []
        var added: [Risk] = []
        var closed: [Risk] = []
        var moves: [ScoreMove] = []
        var owners: [OwnerChange] = []
        for (j, risk) in new.risks.enumerated() where newIDs.insert(risk.id).inserted {
            if let i = matches[j] { matchedOld.insert(i) }
            guard let before = matches[j].map({ old.risks[$0] }) else {
                if risk.isOpen { added.append(risk) }
                continue
            }
            if risk.isOpen && !before.isOpen { added.append(risk) }
            if !risk.isOpen && before.isOpen { closed.append(risk) }
            for stage in [HeatMap.Stage.residual, .inherent] {
                let was = stage == .residual ? before.residual : before.inherent
                let now = stage == .residual ? risk.residual : risk.inherent
                if let was, let now, was.value != now.value, risk.isOpen {
                    moves.append(ScoreMove(risk: risk, stage: stage, before: was, after: now))
                }
            }
            if before.owner != risk.owner { owners.append(OwnerChange(risk: risk, before: before.owner, after: risk.owner)) }
        }
        self.added = added
        self.closed = closed
        self.removed = old.risks.enumerated().filter { $0.element.isOpen && !matchedOld.contains($0.offset) }.map(\.element)
        self.scoreMoves = moves.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.stage != y.stage { return x.stage == .residual }
            let dx = abs(x.after.value - x.before.value)
            let dy = abs(y.after.value - y.before.value)
            return dx != dy ? dx > dy : a.offset < b.offset
        }.map(\.element)
        self.ownerChanges = owners
        var renamed: [String: String] = [:]
        for (j, i) in matches where new.risks[j].id != old.risks[i].id { renamed[new.risks[j].id] = old.risks[i].id }
        self.mitigationChanges = RegisterDiff.mitigationChanges(old.mitigations, new.mitigations, renamed: renamed)
    }

    /// Mitigations matched by id; one made from a controls or actions cell (its id made from its
    /// place) by its risks, as matched, and its title.
    private static func mitigationChanges(_ old: [Mitigation], _ new: [Mitigation], renamed: [String: String]) -> [MitigationChange] {
        func key(_ m: Mitigation, _ renamed: [String: String]) -> String {
            guard m.origin.idIsGenerated else { return "id " + m.id }
            return "text " + m.risks.map { renamed[$0] ?? $0 }.joined(separator: ",") + " "
                + RiskMatching.words(of: m.title).joined(separator: " ")
        }
        var before: [String: Mitigation] = [:]
        for m in old where before[key(m, [:])] == nil { before[key(m, [:])] = m }
        var seen: Set<String> = []
        var changes: [MitigationChange] = []
        for m in new where seen.insert(key(m, renamed)).inserted {
            let was = before[key(m, renamed)]?.status
            if was != m.status {
                changes.append(MitigationChange(id: m.id, title: m.title, risks: m.risks, before: was, after: m.status))
            }
        }
        for m in old where !seen.contains(key(m, [:])) && before[key(m, [:])] == m {
            changes.append(MitigationChange(id: m.id, title: m.title, risks: m.risks, before: m.status, after: nil))
        }
        return changes
    }

    /// True when nothing a risk group reads changed.
    package var isEmpty: Bool {
        added.isEmpty && closed.isEmpty && removed.isEmpty && scoreMoves.isEmpty && ownerChanges.isEmpty && mitigationChanges.isEmpty
    }
}
