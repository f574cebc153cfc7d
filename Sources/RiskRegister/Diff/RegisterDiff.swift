/// What changed between two snapshots of a trust's registers, say last term's and this
/// term's: what a risk group reads first at each review.
public struct RegisterDiff: Sendable {
    /// A risk whose score at one stage moved.
    public struct ScoreMove: Sendable, Hashable {
        public var risk: Risk
        public var stage: HeatMap.Stage
        public var before: RiskScore
        public var after: RiskScore

        /// Up when the score rose (the risk got worse).
        public var isUp: Bool { after.value > before.value }
        /// `↑` for a higher score, `↓` for a lower one.
        public var arrow: String { isUp ? "↑" : "↓" }
    }

    /// A risk whose owner changed.
    public struct OwnerChange: Sendable, Hashable {
        public var risk: Risk
        public var before: String
        public var after: String
    }

    /// A mitigation whose status changed, or that is new or gone.
    public struct MitigationChange: Sendable, Hashable {
        public var id: String
        public var title: String
        public var risks: [String]
        /// nil for a mitigation added since the old snapshot.
        public var before: MitigationStatus?
        /// nil for a mitigation no longer listed.
        public var after: MitigationStatus?
    }

    /// Open risks in the new snapshot that the old one did not have open (new or reopened).
    public var added: [Risk]
    /// Risks open before and now closed.
    public var closed: [Risk]
    /// Risks open before and gone from the registers altogether.
    public var removed: [Risk]
    /// Inherent and residual scores that moved, residual first, biggest moves first.
    public var scoreMoves: [ScoreMove]
    public var ownerChanges: [OwnerChange]
    public var mitigationChanges: [MitigationChange]

    public init(from old: RegisterSet, to new: RegisterSet) {
        var oldRisks: [String: Risk] = [:]
        for risk in old.risks where oldRisks[risk.id] == nil { oldRisks[risk.id] = risk }
        var newIDs: Set<String> = []
        var added: [Risk] = [], closed: [Risk] = [], moves: [ScoreMove] = [], owners: [OwnerChange] = []
        for risk in new.risks where newIDs.insert(risk.id).inserted {
            guard let before = oldRisks[risk.id] else {
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
        self.removed = old.risks.filter { $0.isOpen && !newIDs.contains($0.id) }
        self.scoreMoves = moves.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.stage != y.stage { return x.stage == .residual }
            let dx = abs(x.after.value - x.before.value), dy = abs(y.after.value - y.before.value)
            return dx != dy ? dx > dy : a.offset < b.offset
        }.map(\.element)
        self.ownerChanges = owners
        self.mitigationChanges = RegisterDiff.mitigationChanges(old.mitigations, new.mitigations)
    }

    private static func mitigationChanges(_ old: [Mitigation], _ new: [Mitigation]) -> [MitigationChange] {
        var before: [String: Mitigation] = [:]
        for m in old where before[m.id] == nil { before[m.id] = m }
        var seen: Set<String> = []
        var changes: [MitigationChange] = []
        for m in new where seen.insert(m.id).inserted {
            let was = before[m.id]?.status
            if was != m.status {
                changes.append(MitigationChange(id: m.id, title: m.title, risks: m.risks, before: was, after: m.status))
            }
        }
        for m in old where !seen.contains(m.id) && before[m.id] == m {
            changes.append(MitigationChange(id: m.id, title: m.title, risks: m.risks, before: m.status, after: nil))
        }
        return changes
    }

    /// True when nothing a risk group reads changed.
    public var isEmpty: Bool {
        added.isEmpty && closed.isEmpty && removed.isEmpty && scoreMoves.isEmpty && ownerChanges.isEmpty && mitigationChanges.isEmpty
    }
}
