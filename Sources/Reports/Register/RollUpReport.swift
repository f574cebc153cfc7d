import RiskRegister

/// `register rollup`: each trust risk beside its academies' ratings, the escalation
/// candidates, the emerging themes and the heat maps.
package enum RollUpReport {
    package static func report(_ rollUp: RollUp, registers: RegisterSet, asOf: CalendarDate) -> Report {
        let open = registers.risks.filter(\.isOpen).count
        var report = Report(title: "Risk roll-up, \(registers.academies.count) academies and the trust register, as of \(asOf.ukText)")
        report.add(
            .paragraph(
                "\(plural(open, "open risk")) on \(plural(registers.academies.count + 1, "register")). Academy risks roll up to the trust risk named in their 'Trust risk' column; the board's residual score is set beside the academies'."
            ))
        report.add(trustRisks(rollUp))
        report.add(escalationCandidates(rollUp))
        report.add(emergingThemes(rollUp))
        report.add(.heading("Heat maps (open risks; G green, A amber, R red)"))
        report.add(HeatMapFigure.block(rollUp.heatMaps))
        return report
    }

    /// Each trust risk: the board's score beside the highest and lowest of its academies', flagged when under-rated.
    private static func trustRisks(_ rollUp: RollUp) -> Table {
        let policy = rollUp.policy
        var lines = Table(
            id: "trustRisks", title: "Trust risks: the board's residual score beside the academies'",
            columns: [
                .named("Trust risk"), .named("Title"), .named("Category"), .named("Board"), .named("RAG"), .named("Academies"),
                .named("Highest"), .named("Lowest"), .named("Spread"), .named("Above appetite"), .named("Flag"),
            ])
        for line in rollUp.lines {
            let board = line.boardScore
            lines.append([
                .text(line.trustRisk.id), .text(line.trustRisk.title), .text(line.trustRisk.categoryKey),
                board.map(Cell.integer) ?? .empty, .text(board.map { policy.bands.band(for: $0).rawValue }),
                .integer(line.academies.count), line.highestAcademyScore.map(Cell.integer) ?? .empty,
                line.lowestAcademyScore.map(Cell.integer) ?? .empty, line.spread.map(Cell.integer) ?? .empty,
                .text(
                    line.academiesAboveAppetite.isEmpty
                        ? "" : "\(line.academiesAboveAppetite.count): " + line.academiesAboveAppetite.joined(separator: ", ")),
                .text(line.underRated ? "UNDER-RATED" : ""),
            ])
        }
        let underRated = rollUp.lines.filter(\.underRated).map { $0.trustRisk.id }
        lines.notes = [
            underRated.isEmpty
                ? "No trust risk is rated lower by the board than by an academy."
                : "Under-rated: \(underRated.joined(separator: ", ")) — an academy scores the risk higher than the board does; the board should look again at its score."
        ]
        return lines
    }

    /// Academy risks at or above the escalation threshold with no trust risk.
    private static func escalationCandidates(_ rollUp: RollUp) -> Table {
        let policy = rollUp.policy
        var candidates = Table(
            id: "escalationCandidates",
            title: "Escalation candidates: academy risks at or above \(policy.escalationThreshold) with no trust risk",
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Category"), .named("Residual"), .named("RAG"), .named("Owner"),
            ])
        for risk in rollUp.escalationCandidates {
            candidates.append([
                .text(risk.id), .text(risk.register), .text(risk.title), .text(risk.categoryKey),
                risk.residual.map { Cell.integer($0.value) } ?? .empty, .text(risk.residual.map { policy.bands.band(for: $0).rawValue }),
                .text(risk.owner),
            ])
        }
        if !rollUp.escalationCandidates.isEmpty {
            candidates.notes = ["Each needs either a link to a trust risk or a new trust risk: the board should see it."]
        }
        return candidates
    }

    /// Categories open in enough academies with no trust risk.
    private static func emergingThemes(_ rollUp: RollUp) -> Table {
        let policy = rollUp.policy
        var themes = Table(
            id: "emergingThemes",
            title: "Emerging themes: a category open in \(policy.emergingThemeAcademies) or more academies with no trust risk",
            columns: [
                .named("Category"), .named("Academies"), .named("Where"), .named("Risks"), .named("Trust risks in category"),
            ])
        for theme in rollUp.emergingThemes {
            themes.append([
                .text(theme.category), .integer(theme.academies.count), .text(theme.academies.joined(separator: ", ")),
                .text(theme.risks.map(\.id).joined(separator: ", ")),
                .text(theme.trustRisksInCategory.isEmpty ? "none" : theme.trustRisksInCategory.joined(separator: ", ")),
            ])
        }
        return themes
    }
}
