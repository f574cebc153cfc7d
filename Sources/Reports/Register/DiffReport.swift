import RiskRegister

/// `register diff OLD NEW`: what moved since the last snapshot, as a risk group reads it.
package enum DiffReport {
    package static func report(_ diff: RegisterDiff, old: String, new: String, policy: RiskPolicy) -> Report {
        var report = Report(title: "Register changes from \(old) to \(new)")
        if diff.isEmpty { report.add(.paragraph("Nothing changed.")) }

        report.add(riskTable(id: "added", title: "Risks added (open now, not open before)", diff.added, policy: policy))
        report.add(riskTable(id: "closed", title: "Risks closed", diff.closed, policy: policy))
        if !diff.removed.isEmpty {
            report.add(riskTable(id: "removed", title: "Risks no longer on any register (not marked closed)", diff.removed, policy: policy))
        }

        var moves = Table(
            id: "scoreMoves", title: "Score moves (↑ worse, ↓ better)",
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Stage"), .named("Was"), .named("Now"),
                .named("Move"), .named("Change"), .named("RAG"),
            ])
        for move in diff.scoreMoves {
            let was = policy.bands.band(for: move.before)
            let now = policy.bands.band(for: move.after)
            moves.append([
                .text(move.risk.id), .text(move.risk.register), .text(move.risk.title), .text(move.stage.rawValue),
                .text(move.before.description), .text(move.after.description), .text(move.arrow),
                .integer(move.after.value - move.before.value), .text(was == now ? now.rawValue : "\(was.rawValue) → \(now.rawValue)"),
            ])
        }
        report.add(moves)

        var owners = Table(
            id: "ownerChanges", title: "Owner changes",
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Was"), .named("Now"),
            ])
        for change in diff.ownerChanges {
            owners.append([
                .text(change.risk.id), .text(change.risk.register), .text(change.risk.title),
                .text(change.before.isEmpty ? "(none)" : change.before), .text(change.after.isEmpty ? "(none)" : change.after),
            ])
        }
        report.add(owners)

        var mitigations = Table(
            id: "mitigationChanges", title: "Mitigation status changes",
            columns: [
                .named("Mitigation"), .named("Title"), .named("Risks"), .named("Was"), .named("Now"),
            ])
        for change in diff.mitigationChanges {
            mitigations.append([
                .text(change.id), .text(change.title), .text(change.risks.joined(separator: ", ")),
                .text(change.before?.rawValue ?? "(new)"), .text(change.after?.rawValue ?? "(removed)"),
            ])
        }
        report.add(mitigations)
        return report
    }

    private static func riskTable(id: String, title: String, _ risks: [Risk], policy: RiskPolicy) -> Table {
        var table = Table(
            id: id, title: title,
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Category"), .named("Residual"), .named("RAG"), .named("Owner"),
            ])
        for risk in risks {
            table.append([
                .text(risk.id), .text(risk.register), .text(risk.title), .text(risk.categoryKey),
                .text(risk.residual?.description ?? risk.currentText), .text(risk.currentBand(policy.bands)?.rawValue), .text(risk.owner),
            ])
        }
        return table
    }
}
