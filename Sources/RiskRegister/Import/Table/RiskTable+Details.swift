extension RiskTable {
    /// Everything after the scores: links, status, dates, money, and free-text controls and actions.
    func details(_ read: inout RiskRowRead, _ reader: inout RowReader<RiskColumn>, subject: String?) {
        read.risk.trustRisk = reader.optionalText(.trustRisk)
        read.risk.status = reader.choice(.status, Synonyms.riskStatus, listed: Synonyms.riskStatusListed, subject: subject) ?? .open
        read.risk.lastReviewed = reader.date(.lastReviewed, subject: subject)
        read.risk.nextReview = reader.date(.nextReview, subject: subject)
        read.risk.response = reader.choice(.response, Synonyms.response, listed: Synonyms.responseListed, subject: subject)
        read.risk.committee = reader.text(.committee)
        read.risk.quantification = quantification(&reader, subject: subject)
        if let cell = reader.cell(.mitigations) {
            let place = reader.place(of: cell)
            for mitigation in reader.idList(.mitigations) { read.links.append((read.risk.id, mitigation, place)) }
        }
        if optional.controls {
            read.controls = items(.controls, &reader, subject: subject)
            read.controlsCell = reader.cell(.controls).map(reader.place(of:))
        }
        guard optional.actions else { return }
        read.actions = items(.actions, &reader, subject: subject)
        read.actionsCell = reader.cell(.actions).map(reader.place(of:))
        if optional.actionOwner { read.actionOwner = reader.text(.actionOwner) }
        if optional.actionDue { read.actionDue = reader.date(.actionDue, subject: subject) }
        let done = optional.actionDone ? HeaderName.normalised(reader.text(.actionDone)) : ""
        read.actionsDone = !done.isEmpty && !["no", "n", "notdone", "notyet", "ongoing", "inprogress"].contains(done)
    }

    /// The items of a controls or actions cell, reporting a date in them that names no real day.
    private func items(_ column: RiskColumn, _ reader: inout RowReader<RiskColumn>, subject: String?) -> [MitigationText.Item] {
        let text = reader.text(column)
        guard !text.isEmpty else { return [] }
        let items = MitigationText.items(in: text)
        for item in items {
            if let date = item.impossibleDate {
                reader.report(
                    .invalidValue, column,
                    "\(reader.columnName(column)) gives '\(date)' as a date, which is not a real date (dates are read day first: 22/11/2026).",
                    subject: subject)
            }
            if case .undated(let words) = item.due { reader.noteUndated(words) }
        }
        return items
    }

    /// The money side of a risk: all of probability, min, likely and max, or none of them.
    private func quantification(_ reader: inout RowReader<RiskColumn>, subject: String?) -> Quantification? {
        let fields: [RiskColumn] = [.annualProbabilityPercent, .impactMin, .impactLikely, .impactMax]
        let given = fields.filter { !reader.text($0).isEmpty }
        let scope = reader.choice(.scope, Synonyms.scope, listed: Synonyms.scopeListed, subject: subject)
        guard !given.isEmpty else { return nil }
        let probability = reader.percent(.annualProbabilityPercent, subject: subject)
        let low = reader.money(.impactMin, subject: subject)
        let likely = reader.money(.impactLikely, subject: subject)
        let high = reader.money(.impactMax, subject: subject)
        if given.count < fields.count {
            let missing = fields.filter { !given.contains($0) }
            reader.report(
                .missingValue, missing[0],
                "the risk is partly quantified: give \(missing.map { reader.columnName($0) }.joined(separator: ", ")) as well, or clear the others.",
                subject: subject)
            return nil
        }
        guard let probability, let low, let likely, let high else { return nil }
        guard low <= likely, likely <= high else {
            reader.report(
                .invalidValue, .impactLikely,
                "the impact range is out of order (min £\(CellValue.shown(low)), likely £\(CellValue.shown(likely)), max £\(CellValue.shown(high))); min ≤ likely ≤ max.",
                subject: subject)
            return nil
        }
        return Quantification(annualProbabilityPercent: probability, impactMin: low, impactLikely: likely, impactMax: high, scope: scope)
    }
}
