/// The governance checks `register check` runs on a register set, judged on a given day.
///
/// Each check is a small function from one risk (or mitigation) to at most one finding.
/// Data problems (bad cells, duplicate ids, unknown links) come from the importer instead;
/// see ``RegisterSet/load(_:options:)``.
package struct RegisterCheck: Sendable {
    package let registers: RegisterSet
    /// The day reviews and due dates are judged against.
    package let asOf: CalendarDate
    private let index: RegisterIndex

    package init(_ registers: RegisterSet, asOf: CalendarDate) {
        self.registers = registers
        self.asOf = asOf
        self.index = registers.index
    }

    /// Every finding, sorted by file, line and column.
    package func findings() -> [Finding] {
        var findings: [Finding] = []
        for risk in registers.risks {
            let mitigations = index.mitigationsByRisk[risk.id] ?? []
            let checks: [Finding?] = [
                residualAboveInherent(risk),
                scoreMismatch(risk),
                unevidencedReduction(risk, mitigations),
                redWithoutMitigation(risk, mitigations),
                aboveAppetite(risk),
                reviewOverdue(risk),
                missingOwner(risk),
                rollsUpToClosedRisk(risk),
            ]
            findings += checks.compactMap { $0 }
        }
        for mitigation in registers.mitigations {
            if let finding = pastDue(mitigation) { findings.append(finding) }
            findings += linkedToClosedRisks(mitigation)
        }
        return findings.sorted()
    }

    // MARK: - Scores

    func residualAboveInherent(_ risk: Risk) -> Finding? {
        guard let inherent = risk.inherent, let residual = risk.residual, residual.value > inherent.value else { return nil }
        return Finding(
            .residualAboveInherent, at: risk.origin.location(of: "residualLikelihood"),
            "\(risk.id) has a residual score of \(residual) above its inherent \(inherent); controls cannot make a risk worse, so rescore one of them.",
            subject: risk.id)
    }

    /// A combined score written beside the pair must be the pair's product, on the register's own scale.
    func scoreMismatch(_ risk: Risk) -> Finding? {
        guard let residual = risk.residual, let stated = risk.statedScore, stated != residual.nativeValue else { return nil }
        return Finding(
            .scoreMismatch, at: risk.origin.location(of: "rating"),
            "\(risk.id)'s combined score is \(stated), but its likelihood × impact is \(residual.nativeLikelihood)×\(residual.nativeImpact)=\(residual.nativeValue); correct one of them.",
            subject: risk.id)
    }

    func unevidencedReduction(_ risk: Risk, _ mitigations: [Mitigation]) -> Finding? {
        guard risk.isOpen, let inherent = risk.inherent, let residual = risk.residual, residual.value < inherent.value,
            !mitigations.contains(where: \.isInPlace)
        else { return nil }
        let others =
            mitigations.isEmpty
            ? "it has no mitigations"
            : "its mitigations (\(mitigations.map { "\($0.id) \($0.status.rawValue)" }.joined(separator: ", "))) are not in place"
        return Finding(
            .unevidencedReduction, at: risk.origin.location(of: "residualLikelihood"),
            "\(risk.id) is scored down from \(inherent) to \(residual), but \(others); record the control that evidences the reduction.",
            subject: risk.id)
    }

    func redWithoutMitigation(_ risk: Risk, _ mitigations: [Mitigation]) -> Finding? {
        guard risk.isOpen, risk.currentBand(registers.policy.bands) == .red, let rating = risk.currentText,
            !mitigations.contains(where: \.isActive)
        else { return nil }
        let shown = risk.residual.map { "residual \($0)" } ?? "rated \(rating)"
        return Finding(
            .redWithoutMitigation, at: risk.origin.location,
            "\(risk.id) is red (\(shown)) and has no mitigation planned or in place; agree an action and its owner.",
            subject: risk.id)
    }

    /// Judged on the score, or for a RAG word alone on the lowest score its band allows.
    func aboveAppetite(_ risk: Risk) -> Finding? {
        let bands = registers.policy.bands
        guard risk.isOpen, let floor = risk.currentFloor(bands) else { return nil }
        let limit = registers.policy.highestAcceptableScore(forCategory: risk.category)
        guard floor > limit, let rating = risk.currentText else { return nil }
        let level = registers.policy.appetite(forCategory: risk.category)
        let category = risk.category.isEmpty ? "uncategorised" : risk.categoryKey
        let shown = risk.residual.map { "a residual score of \($0)" } ?? "a rating of \(rating)"
        return Finding(
            .aboveAppetite,
            at: risk.origin.location(of: risk.residual != nil ? "residualLikelihood" : risk.statedScore != nil ? "rating" : "rag"),
            "\(risk.id) has \(shown), above the board's \(level.rawValue) appetite for \(category) risks (at most \(limit)).",
            subject: risk.id)
    }

    // MARK: - Governance

    func reviewOverdue(_ risk: Risk) -> Finding? {
        // A date that could not be read is already an invalid-value error; no need to say it twice.
        let unreadable =
            (risk.nextReview == nil && risk.origin.cells["nextReview"] != nil)
            || (risk.lastReviewed == nil && risk.origin.cells["lastReviewed"] != nil)
        guard risk.isOpen, !unreadable else { return nil }
        let interval = registers.policy.reviewInterval(forScore: risk.currentFloor(registers.policy.bands) ?? 25)
        if let next = risk.nextReview {
            guard next < asOf else { return nil }
            return Finding(
                .reviewOverdue, at: risk.origin.location(of: "nextReview"),
                "\(risk.id) was due for review on \(next.ukText), \(next.days(to: asOf)) days before \(asOf.ukText).", subject: risk.id)
        }
        if let last = risk.lastReviewed {
            let due = last.adding(days: interval)
            guard due < asOf else { return nil }
            return Finding(
                .reviewOverdue, at: risk.origin.location(of: "lastReviewed"),
                "\(risk.id) was last reviewed on \(last.ukText); the policy asks for a review every \(interval) days, so it was due on \(due.ukText).",
                subject: risk.id)
        }
        return Finding(
            .reviewOverdue, at: risk.origin.location,
            "\(risk.id) has no review date; record when it was last reviewed and when it is next due.", subject: risk.id)
    }

    func missingOwner(_ risk: Risk) -> Finding? {
        guard risk.isOpen, risk.owner.isEmpty else { return nil }
        return Finding(
            .missingOwner, at: risk.origin.location,
            "\(risk.id) has no owner; every open risk needs a named person (CEO, CFO, Headteacher, ...).", subject: risk.id)
    }

    func pastDue(_ mitigation: Mitigation) -> Finding? {
        guard mitigation.status == .planned || mitigation.status == .inProgress, let due = mitigation.due, due < asOf else { return nil }
        return Finding(
            .mitigationPastDue, at: mitigation.origin.location(of: "due"),
            "mitigation \(mitigation.id) was due on \(due.ukText) and is still \(mitigation.status.rawValue); update its status or agree a new date.",
            subject: mitigation.id)
    }

    // MARK: - Closed risks

    func rollsUpToClosedRisk(_ risk: Risk) -> Finding? {
        guard risk.isOpen, !risk.isTrustRisk, let parent = risk.trustRisk, let position = index.riskPosition[parent] else { return nil }
        let trustRisk = registers.risks[position]
        guard trustRisk.isTrustRisk, !trustRisk.isOpen else { return nil }
        return Finding(
            .closedRiskLinked, at: risk.origin.location(of: "trustRisk"),
            "\(risk.id) rolls up to trust risk \(parent), which is closed; link it to an open trust risk or propose reopening \(parent).",
            subject: risk.id)
    }

    func linkedToClosedRisks(_ mitigation: Mitigation) -> [Finding] {
        guard mitigation.isActive else { return [] }
        return mitigation.risks.compactMap { id in
            guard let position = index.riskPosition[id], !registers.risks[position].isOpen else { return nil }
            return Finding(
                .closedRiskLinked, at: mitigation.origin.location(of: "risks"),
                "mitigation \(mitigation.id) is \(mitigation.status.rawValue) against risk \(id), which is closed; retire it or link it to an open risk.",
                subject: mitigation.id)
        }
    }
}
