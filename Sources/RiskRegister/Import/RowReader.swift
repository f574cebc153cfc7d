import CSV

/// Reads the typed values of one CSV row through a header map, collecting a finding for
/// each cell it cannot read instead of stopping at the first.
struct RowReader<Field: ColumnField> {
    let row: CSVTable.Row
    let header: HeaderMap<Field>
    let headerRow: CSVTable.Row
    let source: String
    private(set) var problems: [Finding] = []
    private(set) var cells: [String: SourceLocation] = [:]

    init(row: CSVTable.Row, header: HeaderMap<Field>, headerRow: CSVTable.Row, source: String) {
        self.row = row
        self.header = header
        self.headerRow = headerRow
        self.source = source
    }

    var location: SourceLocation { SourceLocation(file: source, line: row.line) }

    /// The cell for `field`, if the file has that column and this row reaches it.
    func cell(_ field: Field) -> CSVCell? {
        guard let position = header.positions[field] else { return nil }
        return row[field: position]
    }

    /// The trimmed text of `field`, "" when absent; remembers where the value was.
    mutating func text(_ field: Field) -> String {
        guard let cell = cell(field) else { return "" }
        let text = cell.trimmed
        if !text.isEmpty { cells[field.key] = place(of: cell) }
        return text
    }

    /// The text, or nil when empty.
    mutating func optionalText(_ field: Field) -> String? {
        let value = text(field)
        return value.isEmpty ? nil : value
    }

    /// How a finding names a column: its header as written and its spreadsheet letters.
    func columnName(_ field: Field) -> String {
        guard let position = header.positions[field], let cell = headerRow[field: position] else { return field.heading }
        return "'\(cell.trimmed)' (column \(CSVCell.letters(forField: position + 1)))"
    }

    func place(of cell: CSVCell) -> SourceLocation {
        SourceLocation(file: source, line: cell.line, column: cell.column)
    }

    func placeOrRow(_ field: Field) -> SourceLocation {
        cell(field).map(place(of:)) ?? location
    }

    mutating func report(_ kind: Finding.Kind, _ field: Field, _ message: String, subject: String?) {
        problems.append(Finding(kind, at: placeOrRow(field), message, subject: subject))
    }

    mutating func report(_ kind: Finding.Kind, at place: SourceLocation, _ message: String, subject: String?) {
        problems.append(Finding(kind, at: place, message, subject: subject))
    }

    /// The record's id, with a finding when the row has none.
    mutating func id(_ field: Field, noun: String) -> String {
        let id = text(field)
        if id.isEmpty {
            report(
                .missingValue, field,
                "this row has no \(noun) id in \(columnName(field)); give every \(noun) a reference\(noun == "risk" ? ", unique across the trust" : "").",
                subject: nil)
        }
        return id
    }

    // MARK: - Typed values

    /// A 1–5 score, nil (with a finding) when it is not one.
    mutating func score(_ field: Field, subject: String?) -> Int? {
        let value = text(field)
        guard !value.isEmpty else { return nil }
        guard let number = CellValue.number(value), number == number.rounded() else {
            report(
                .invalidValue, field, "\(columnName(field)) is '\(value)'; likelihood and impact are whole numbers from 1 to 5.",
                subject: subject)
            return nil
        }
        // Compared as a number first: a cell such as 1e300 is whole but no Int can hold it.
        guard number >= Double(RiskScore.scale.lowerBound), number <= Double(RiskScore.scale.upperBound) else {
            report(
                .invalidValue, field,
                "\(columnName(field)) is \(CellValue.shown(number)), outside the 1 to 5 scale; likelihood and impact are scored 1 (lowest) to 5 (highest).",
                subject: subject)
            return nil
        }
        return Int(number)
    }

    /// Likelihood and impact read together: both or neither must be given.
    mutating func riskScore(_ likelihood: Field, _ impact: Field, stage: String, required: Bool, subject: String?) -> RiskScore? {
        let l = score(likelihood, subject: subject)
        let i = score(impact, subject: subject)
        let lText = text(likelihood)
        let iText = text(impact)
        if let l, let i { return RiskScore(likelihood: l, impact: i) }
        if lText.isEmpty && iText.isEmpty {
            if required {
                report(
                    .missingValue, likelihood,
                    "this risk has no \(stage) score: \(columnName(likelihood)) and \(columnName(impact)) are empty.", subject: subject)
            }
        } else if lText.isEmpty {
            report(
                .missingValue, likelihood, "\(columnName(likelihood)) is empty but the \(stage) impact is given; score both.",
                subject: subject)
        } else if iText.isEmpty {
            report(
                .missingValue, impact, "\(columnName(impact)) is empty but the \(stage) likelihood is given; score both.", subject: subject)
        }
        return nil
    }

    mutating func date(_ field: Field, subject: String?) -> CalendarDate? {
        let value = text(field)
        guard !value.isEmpty else { return nil }
        switch CalendarDate.parse(value) {
        case .success(let date): return date
        case .failure(.impossible):
            report(
                .invalidValue, field,
                "\(columnName(field)) is '\(value)', which is not a real date (dates are read day first: 22/11/2026).", subject: subject)
        case .failure(.notADate):
            report(
                .invalidValue, field, "\(columnName(field)) is '\(value)'; write a date such as 22/11/2026 or 2026-11-22.", subject: subject
            )
        }
        return nil
    }

    /// Pounds, as "£12,500", "12500" or "12.5k"; never negative.
    mutating func money(_ field: Field, subject: String?) -> Double? {
        let value = text(field)
        guard !value.isEmpty else { return nil }
        guard let amount = CellValue.money(value), amount >= 0 else {
            report(.invalidValue, field, "\(columnName(field)) is '\(value)'; write an amount in pounds such as £12,500.", subject: subject)
            return nil
        }
        return amount
    }

    /// A percentage from 0 to 100, as "15%" or "15".
    mutating func percent(_ field: Field, subject: String?) -> Double? {
        let value = text(field)
        guard !value.isEmpty else { return nil }
        guard let number = CellValue.percent(value), (0...100).contains(number) else {
            report(
                .invalidValue, field, "\(columnName(field)) is '\(value)'; write a percentage from 0 to 100, such as 15%.", subject: subject
            )
            return nil
        }
        return number
    }

    /// One of a set of words (`open`, `in place`, …), read through `synonyms`.
    mutating func choice<Value>(_ field: Field, _ synonyms: [String: Value], listed: [String], subject: String?) -> Value? {
        let value = text(field)
        guard !value.isEmpty else { return nil }
        if let match = synonyms[HeaderName.normalised(value)] { return match }
        report(.invalidValue, field, "\(columnName(field)) is '\(value)'; use one of \(listed.joined(separator: ", ")).", subject: subject)
        return nil
    }

    /// A list of ids in one cell, separated by commas, semicolons, bars or spaces.
    mutating func idList(_ field: Field) -> [String] {
        text(field).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0.isWhitespace }).map(String.init)
    }
}
