import CSV

extension RiskTable {
    /// Reads one risk row: who and what the risk is, its scores on the register's scale, and the rest.
    func read(_ riskRow: RegisterRows.RiskRow) -> RiskRowRead {
        var reader = RowReader(row: riskRow.row, header: header, headerRow: headerRow, source: source, borrowed: riskRow.borrowed)
        let id = header.positions[.id] != nil ? reader.id(.id, noun: "risk") : ""
        let subject: String? = id.isEmpty ? nil : id
        let register = reader.optionalText(.register).map(RegisterName.from(text:)) ?? defaultRegister
        let title = reader.text(.title)
        let description = reader.text(.description)
        var risk = Risk(id: id, register: register, title: title.isEmpty ? description : title)
        risk.description = description
        risk.category = reader.text(.category)
        if header.positions[.category] == nil, let section = riskRow.section { risk.category = rows.sections[section].category }
        if optional.subcategory { risk.subcategory = reader.text(.subcategory) }
        risk.owner = reader.text(.owner)
        score(&risk, &reader, subject: subject)
        var read = RiskRowRead(risk: risk, section: riskRow.section)
        if risk.isRated {
            read.writesAScore = true
        } else {
            let pairColumns: [RiskColumn] = scores.likelihoodColumns + scores.impactColumns
            read.writesAScore = (pairColumns + [scores.rating, scores.rag].compactMap { $0 }).contains { !reader.text($0).isEmpty }
        }
        details(&read, &reader, subject: subject)
        read.risk.origin = Origin(
            location: reader.location, cells: cellPlaces(reader.cells, risk: read.risk), idIsGenerated: header.positions[.id] == nil)
        read.problems = reader.problems
        read.undatedWords = reader.undatedWords
        return read
    }

    /// Each value's cell under the name checks look for: a one-pair file's pair is the residual
    /// score, and a pair written in the rating cell is found there.
    private func cellPlaces(_ cells: [String: SourceLocation], risk: Risk) -> [String: SourceLocation] {
        var cells = cells
        if scores.isOnePair {
            cells["residualLikelihood"] = cells.removeValue(forKey: RiskColumn.inherentLikelihood.key)
            cells["residualImpact"] = cells.removeValue(forKey: RiskColumn.inherentImpact.key)
        }
        if risk.residual != nil, cells["residualLikelihood"] == nil, let rating = scores.rating {
            cells["residualLikelihood"] = cells[rating.key]
        }
        if let rating = scores.rating, rating != .rating { cells["rating"] = cells[rating.key] }
        return cells
    }

    /// The row's pairs, its rating and its RAG word, each read as the file's layout says.
    private func score(_ risk: inout Risk, _ reader: inout RowReader<RiskColumn>, subject: String?) {
        let axes = rowAxes(&reader, register: risk.register, subject: subject)
        if let columns = scores.pairs[.inherent] {
            risk.inherent = reader.pair(columns, stage: "inherent", scale: axes, subject: subject)
        }
        if let columns = scores.pairs[.residual] {
            risk.residual = reader.pair(columns, stage: scores.isOnePair ? "current" : "residual", scale: axes, subject: subject)
            if risk.residual == nil, risk.inherent != nil, reader.text(columns.likelihood).isEmpty, reader.text(columns.impact).isEmpty {
                reader.report(
                    .missingValue, columns.likelihood,
                    "this risk has an inherent score but no residual score: \(reader.columnName(columns.likelihood)) and \(reader.columnName(columns.impact)) are empty.",
                    subject: subject)
            }
        }
        if let columns = scores.pairs[.target] {
            risk.target = reader.pair(columns, stage: "target", scale: axes, subject: subject)
        }
        if let column = scores.rating { rating(column, &risk, &reader, axes: axes, subject: subject) }
        if let column = scores.rag {
            let text = reader.text(column)
            if !text.isEmpty {
                if let band = LevelWords.band(in: text) {
                    risk.statedRAG = band
                } else {
                    reader.report(
                        .invalidValue, column,
                        "\(reader.columnName(column)) is '\(text)'; write Red, Amber or Green (or High, Medium or Low).",
                        subject: subject)
                }
            }
        }
    }

    /// The scales this row is read on: its `Scale` cell's points (as `register export` writes
    /// them), else its register's.
    private func rowAxes(_ reader: inout RowReader<RiskColumn>, register: String, subject: String?) -> (
        likelihood: AxisReading, impact: AxisReading
    ) {
        var axes = self.axes(forRegister: register)
        guard optional.scale else { return axes }
        let text = reader.text(.scale)
        guard !text.isEmpty else { return axes }
        guard let scale = ScoreScale(text: text) else {
            reader.report(
                .invalidValue, .scale, "\(reader.columnName(.scale)) is '\(text)'; write the register's scale as 5x5, 4x4 or 3x3.",
                subject: subject)
            return axes
        }
        axes.likelihood.points = scale.likelihoodPoints
        axes.impact.points = scale.impactPoints
        return axes
    }
}
