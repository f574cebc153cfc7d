import RiskRegister

/// `register rollup`: each trust risk beside its academies' ratings, the escalation
/// candidates, the emerging themes and the heat maps.
package enum RollUpReport {
    package static func report(_ rollUp: RollUp, registers: RegisterSet, asOf: CalendarDate) -> Report {
        let policy = rollUp.policy
        let open = registers.risks.filter(\.isOpen).count
        let academies = registers.academies.count
        let trust = !registers.trustRisks.isEmpty
        let scope =
            "\(academies) academ\(academies == 1 ? "y" : "ies") \(trust ? "and the trust register" : "(the trust register not given)")"
        var report = Report(title: "Risk roll-up, \(scope), as of \(asOf.ukText)")
        report.add(
            .paragraph(
                "\(plural(open, "open risk")) on \(plural(academies + (trust ? 1 : 0), "register")). Academy risks roll up to the trust risk named in their 'Trust risk' column; the board's residual score is set beside the academies'."
            ))

        report.add(trustRiskTable(rollUp))

        var candidates = Table(
            id: "escalationCandidates",
            title: "Escalation candidates: academy risks at or above \(policy.escalationThreshold) with no trust risk",
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Category"), .named("Residual"), .named("RAG"), .named("Owner"),
            ])
        for risk in rollUp.escalationCandidates {
            candidates.append([
                .text(risk.id), .text(risk.register), .text(risk.title), .text(risk.categoryKey),
                risk.currentValue.map(Cell.integer) ?? .empty, .text(risk.currentBand(policy.bands)?.rawValue),
                .text(risk.owner),
            ])
        }
        if !rollUp.escalationCandidates.isEmpty {
            candidates.notes = ["Each needs either a link to a trust risk or a new trust risk: the board should see it."]
        }
        report.add(candidates)

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
        report.add(themes)

        report.add(.heading("Heat maps (open risks; G green, A amber, R red)"))
        report.add(HeatMapFigure.block(rollUp.heatMaps))
        if let unplaced = HeatMapFigure.unplacedTable(rollUp.heatMaps, bands: policy.bands) { report.add(.detail(unplaced)) }
        return report
    }

    /// Each open trust risk beside the academy risks that roll up to it.
    private static func trustRiskTable(_ rollUp: RollUp) -> Table {
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
                board.map(Cell.integer) ?? .empty, .text(line.trustRisk.currentBand(policy.bands)?.rawValue),
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
}
