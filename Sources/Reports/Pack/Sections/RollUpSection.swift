import RiskRegister

/// Trust risks beside what their academies say, the academy risks the board should see, and
/// the themes no trust risk covers yet: the tables `matrisk register rollup` prints.
enum RollUpSection {
    static func make(_ analysis: RegisterAnalysis) -> PackSection {
        let report = RollUpReport.report(analysis.rollUp, registers: analysis.registers, asOf: analysis.asOf)
        var section = PackSection(
            place: .rollUp, id: "roll-up", heading: "Trust risks and what the academies say",
            intro: [
                "Academy risks roll up to the trust risk named in their register. For each trust risk, the board's residual score "
                    + "is set beside the academies' (the highest, the lowest and the spread). UNDER-RATED means an academy scores the "
                    + "risk higher than the board does."
            ])
        for id in ["trustRisks", "escalationCandidates", "emergingThemes"] {
            if let table = report.tables.first(where: { $0.id == id }) { section.add(table) }
        }
        return section
    }
}
