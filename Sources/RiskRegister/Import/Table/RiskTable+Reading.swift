import CSV

extension RiskTable {
    /// How the table was read, for `register import`, with the notes every command prints.
    func reading(_ reads: [RiskRowRead]) -> FileReading {
        var reading = FileReading(source: source, kind: .risks)
        reading.register = defaultRegister
        reading.header = RowPlace(headerRow)
        reading.skipped = rows.skippedAbove
        reading.columns = columnReadings()
        reading.scores = scoresSentence()
        reading.scale = reads.contains(where: { $0.risk.residual != nil || $0.risk.inherent != nil }) ? scaleSentence() : nil
        var perSection = Array(repeating: 0, count: rows.sections.count)
        for read in reads { if let section = read.section { perSection[section] += 1 } }
        reading.sections = rows.sections.enumerated().map { index, heading in
            FileReading.Section(row: heading.row, heading: heading.text, risks: perSection[index])
        }
        reading.repeatedHeaders = rows.repeatedHeaders
        reading.valueRows = rows.fieldRows
        reading.filledDown = RiskColumn.allCases.compactMap { field in
            rows.filledDown[field].map { (columnLabel(field), $0) }
        }
        reading.risks = reads.count
        for read in reads {
            if read.risk.residual != nil {
                reading.pairScored += 1
            } else if read.risk.isRated {
                reading.bandOnly += 1
            } else if !read.writesAScore {
                reading.unscored += 1
            }
        }
        reading.controls = reads.reduce(0) { $0 + ($1.risk.id.isEmpty ? 0 : $1.controls.count) }
        reading.actions = reads.reduce(0) { $0 + ($1.risk.id.isEmpty ? 0 : $1.actions.count) }
        if header.positions[.id] == nil, let first = reads.first?.risk.id, let last = reads.last?.risk.id {
            reading.generatedIDs = (first, last)
        }
        reading.notes = notes(reads, reading: reading)
        return reading
    }

    /// `'Likelihood (1-5)' (D)`: a column as the reading names it.
    func columnLabel(_ field: RiskColumn) -> String {
        guard let position = header.positions[field], let cell = headerRow[field: position] else {
            return rows.fieldsOnOwnRows.contains(field) ? "'\(field.heading)' (on rows of its own)" : "'\(field.heading)'"
        }
        return "'\(FileReading.oneLine(cell.trimmed))' (\(CSVCell.letters(forField: position + 1)))"
    }

    private func notes(_ reads: [RiskRowRead], reading: FileReading) -> [ImportNote] {
        let place = SourceLocation(file: source, row: headerRow)
        var notes: [ImportNote] = []
        if scores.isOnePair, let pair = scores.pairs[.residual] {
            notes.append(
                ImportNote(
                    at: place,
                    "one likelihood × impact pair (\(columnLabel(pair.likelihood)), \(columnLabel(pair.impact))), read as the current (residual) score; inherent is not recorded, so no check that compares inherent and residual scores is made."
                ))
        }
        if let ids = reading.generatedIDs {
            notes.append(
                ImportNote(
                    .warning, at: place,
                    "no ID column: the risks are given ids from their place (\(ids.first == ids.last ? ids.first : "\(ids.first) to \(ids.last)")), which change when rows move; add an ID column (Ref, Risk ID) to keep them stable."
                ))
        }
        if reading.unscored > 0 {
            let few = reads.filter { !$0.risk.isRated && !$0.writesAScore }.prefix(5).map(\.risk.id).filter { !$0.isEmpty }
            notes.append(
                ImportNote(
                    at: place,
                    "\(reading.unscored) risk\(reading.unscored == 1 ? " has" : "s have") no score (no likelihood and impact, combined score or RAG word)\(few.isEmpty ? "" : ": " + few.joined(separator: ", ") + (reading.unscored > few.count ? ", ..." : "")); kept unscored, outside heat maps and the checks that need a score."
                ))
        }
        var undated: [String: Int] = [:]
        for read in reads { for words in read.undatedWords { undated[words, default: 0] += 1 } }
        if !undated.isEmpty {
            let listed = undated.sorted { $0.key < $1.key }.map { "'\($0.key)' (\($0.value))" }.joined(separator: ", ")
            notes.append(ImportNote(at: place, "date cells that name no day are read as no date: \(listed)."))
        }
        return notes
    }
}

extension FileReading {
    /// A header written over several lines in its cell, on one.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { CSVCell.trimmed(String($0)) }.joined(separator: " ")
    }
}
