import RiskRegister

/// What moved since the earlier snapshot: scores up and down with arrows and words, risks added
/// and closed, owners and mitigations that changed, as `matrisk register diff` finds them.
enum MovementSection {
    static func make(_ analysis: RegisterAnalysis, previousName: String?) -> PackSection {
        var section = PackSection(place: .movement, id: "movement", heading: "What moved since the last snapshot")
        guard let diff = analysis.diff, let previousName else {
            section.intro = [
                "No earlier snapshot of the registers was given, so this pack cannot show what moved. "
                    + "Make the pack with --previous and last term's register folder to see risks added and closed and scores that rose or fell."
            ]
            return section
        }
        section.intro = ["Compared with \(previousName). ▲ marks a score that rose (the risk got worse), ▼ one that fell."]
        if diff.isEmpty { section.add(.paragraph("Nothing changed.")) }
        section.add(scoreMoves(diff, policy: analysis.policy))
        let report = DiffReport.report(diff, old: previousName, new: "now", policy: analysis.policy)
        for id in ["added", "closed", "removed", "ownerChanges", "mitigationChanges"] {
            if let table = report.tables.first(where: { $0.id == id }) { section.add(table) }
        }
        return section
    }

    /// The diff's score moves, each with an arrow and its meaning in words.
    static func scoreMoves(_ diff: RegisterDiff, policy: RiskPolicy) -> Table {
        var table = Table(
            id: "score-moves", title: "Scores that moved",
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Stage"), .named("Was"), .named("Now"), .named("Move"),
                .named("RAG"),
            ])
        for move in diff.scoreMoves {
            let change = abs(move.after.value - move.before.value)
            let words = move.isUp ? "▲ up \(change), worse" : "▼ down \(change), better"
            let was = policy.bands.band(for: move.before)
            let now = policy.bands.band(for: move.after)
            table.append([
                .text(move.risk.id), .text(move.risk.register), .text(move.risk.title), .text(move.stage.rawValue),
                .text(move.before.description), .text(move.after.description), .text(words),
                .text(was == now ? now.rawValue : "\(was.rawValue) → \(now.rawValue)"),
            ])
        }
        return table
    }
}
