import RiskRegister

/// What the board's risk policy flags as of the pack's date: risks above appetite, reviews
/// overdue, actions past their due date, from the findings `matrisk register check` prints.
enum GovernanceSection {
    static func make(_ analysis: RegisterAnalysis) -> PackSection {
        var section = PackSection(
            place: .governance, id: "governance", heading: "Above appetite and overdue",
            intro: ["As of \(analysis.asOf.longText), judged against the board's risk policy."])
        section.add(appetite(analysis.policy))
        section.add(aboveAppetite(analysis))
        section.add(overdueReviews(analysis))
        section.add(overdueActions(analysis))
        section.add(findingCounts(analysis))
        return section
    }

    /// The board's appetite by category, in category order.
    static func appetite(_ policy: RiskPolicy) -> Table {
        var table = Table(
            id: "appetite", title: "The board's risk appetite",
            columns: [
                .named("Category"), .named("Appetite"), .init("Highest acceptable residual score", key: "highestScore"),
            ])
        for category in policy.appetite.keys.sorted() {
            table.append([
                .text(category), .text(policy.appetite(forCategory: category).rawValue),
                .integer(policy.highestAcceptableScore(forCategory: category)),
            ])
        }
        let fallback = policy.defaultAppetite
        table.append([
            .text("any other category"), .text(fallback.rawValue),
            .integer(policy.highestAcceptableScore[fallback] ?? fallback.defaultHighestScore),
        ])
        return table
    }

    static func aboveAppetite(_ analysis: RegisterAnalysis) -> Table {
        let policy = analysis.policy
        var table = Table(
            id: "above-appetite", title: "Risks above the board's appetite",
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Category"), .named("Residual"), .named("RAG"),
                .named("Appetite"), .named("Owner"),
            ])
        for risk in risks(of: analysis.findings(.aboveAppetite), in: analysis) {
            let appetite =
                "\(policy.appetite(forCategory: risk.category).rawValue): at most \(policy.highestAcceptableScore(forCategory: risk.category))"
            table.append([
                .text(risk.id), .text(risk.register), .text(risk.title), .text(risk.categoryKey),
                .text(risk.residual?.description ?? risk.currentText), .text(risk.currentBand(policy.bands)?.rawValue),
                .text(appetite), .text(risk.owner.isEmpty ? "(none)" : risk.owner),
            ])
        }
        return table
    }

    static func overdueReviews(_ analysis: RegisterAnalysis) -> Table {
        var table = Table(
            id: "overdue-reviews", title: "Reviews overdue",
            columns: [
                .named("Risk"), .named("Register"), .named("Title"), .named("Owner"), .init("What is overdue", key: "finding"),
            ])
        for finding in analysis.findings(.reviewOverdue) {
            guard let id = finding.subject, let risk = analysis.risk(id: id) else { continue }
            table.append([
                .text(risk.id), .text(risk.register), .text(risk.title), .text(risk.owner.isEmpty ? "(none)" : risk.owner),
                .text(finding.message),
            ])
        }
        return table
    }

    static func overdueActions(_ analysis: RegisterAnalysis) -> Table {
        let byID = Dictionary(analysis.registers.mitigations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var table = Table(
            id: "overdue-actions", title: "Actions past their due date",
            columns: [
                .named("Mitigation"), .named("Title"), .named("Owner"), .named("Status"), .named("Due"), .named("Risks"),
            ])
        for finding in analysis.findings(.mitigationPastDue) {
            guard let id = finding.subject, let mitigation = byID[id] else { continue }
            table.append([
                .text(mitigation.id), .text(mitigation.title), .text(mitigation.owner.isEmpty ? "(none)" : mitigation.owner),
                .text(mitigation.status.rawValue), .text(mitigation.due?.ukText), .text(mitigation.risks.joined(separator: ", ")),
            ])
        }
        return table
    }

    /// Every kind of finding and how many there are, so nothing the check found is hidden.
    static func findingCounts(_ analysis: RegisterAnalysis) -> Table {
        var table = Table(
            id: "finding-counts", title: "Everything the register check finds",
            columns: [
                .named("Finding"), .named("Severity"), .named("Count"),
            ])
        for kind in Finding.Kind.allCases {
            let count = analysis.findings(kind).count
            if count > 0 { table.append([.text(kind.rawValue), .text(kind.severity.rawValue), .integer(count)]) }
        }
        table.notes = ["matrisk register check lists each finding with its file and line, and what to do about it."]
        return table
    }

    /// The risks the findings are about, in the findings' order, each once.
    static func risks(of findings: [Finding], in analysis: RegisterAnalysis) -> [Risk] {
        var seen: Set<String> = []
        return findings.compactMap { finding in
            guard let id = finding.subject, seen.insert(id).inserted else { return nil }
            return analysis.risk(id: id)
        }
    }
}
