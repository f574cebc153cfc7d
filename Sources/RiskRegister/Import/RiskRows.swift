import CSV

/// Reads the rows of a risk register CSV into risks.
struct RiskRows {
    let table: CSVTable
    let header: HeaderMap<RiskColumn>
    let source: String
    /// The register for rows without a `Register` cell (from the file's name).
    let defaultRegister: String

    /// The risks, the mitigation ids each row names, and the problems found in the cells.
    func read() -> (risks: [Risk], mitigationLinks: [(riskID: String, mitigationID: String, place: SourceLocation)], problems: [Finding]) {
        var risks: [Risk] = []
        var links: [(String, String, SourceLocation)] = []
        var problems: [Finding] = []
        guard let headerRow = table.header else { return ([], [], []) }
        risks.reserveCapacity(table.rows.count)
        for row in table.body where !row.isBlank {
            var reader = RowReader(row: row, header: header, headerRow: headerRow, source: source)
            let id = reader.id(.id, noun: "risk")
            let subject: String? = id.isEmpty ? nil : id
            let register = reader.optionalText(.register).map(RegisterName.from(text:)) ?? defaultRegister
            let title = reader.text(.title)
            let description = reader.text(.description)
            var risk = Risk(id: id, register: register, title: title.isEmpty ? description : title)
            risk.description = description
            risk.category = reader.text(.category)
            risk.owner = reader.text(.owner)
            risk.inherent = reader.riskScore(.inherentLikelihood, .inherentImpact, stage: "inherent", required: true, subject: subject)
            risk.residual = reader.riskScore(.residualLikelihood, .residualImpact, stage: "residual", required: true, subject: subject)
            risk.target = reader.riskScore(.targetLikelihood, .targetImpact, stage: "target", required: false, subject: subject)
            risk.trustRisk = reader.optionalText(.trustRisk)
            risk.status = reader.choice(.status, Synonyms.riskStatus, listed: Synonyms.riskStatusListed, subject: subject) ?? .open
            risk.lastReviewed = reader.date(.lastReviewed, subject: subject)
            risk.nextReview = reader.date(.nextReview, subject: subject)
            risk.response = reader.choice(.response, Synonyms.response, listed: Synonyms.responseListed, subject: subject)
            risk.committee = reader.text(.committee)
            risk.quantification = quantification(&reader, subject: subject)
            if let cell = reader.cell(.mitigations) {
                let place = reader.place(of: cell)
                for mitigation in reader.idList(.mitigations) { links.append((id, mitigation, place)) }
            }
            risk.origin = Origin(location: reader.location, cells: reader.cells)
            problems += reader.problems
            risks.append(risk)
        }
        return (risks, links, problems)
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

/// How register names are written: the trust's register is `trust`; an academy's is its id.
package enum RegisterName {
    /// `Oak Primary` → `oak-primary`; `Trust`, `Trust board`, `trust-register` → `trust`.
    package static func from(text: String) -> String {
        let name = slug(text)
        if name == Risk.trustRegister || name.hasPrefix(Risk.trustRegister + "-") { return Risk.trustRegister }
        return name
    }

    /// The register a file holds when it has no `Register` column: its name without the
    /// extension (`oak-primary.csv` → `oak-primary`, `trust.csv` → `trust`).
    package static func from(fileName: String) -> String {
        var name = Substring(fileName)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        return from(text: String(name))
    }
}
