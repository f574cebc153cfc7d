import CSV

/// Reads the typed values of one CSV row through a header map, collecting a finding for
/// each cell it cannot read instead of stopping at the first.
struct RowReader<Field: ColumnField> {
    let row: CSVTable.Row
    let header: HeaderMap<Field>
    let headerRow: CSVTable.Row
    let source: String
    /// Cells this row takes from other rows: a merged grouping cell above, a value on a row of its own.
    let borrowed: [Field: CSVCell]
    private(set) var problems: [Finding] = []
    private(set) var cells: [String: SourceLocation] = [:]
    /// Date cells that name no day ("Ongoing", "Termly"), for one note per file.
    private(set) var undatedWords: [String] = []

    init(row: CSVTable.Row, header: HeaderMap<Field>, headerRow: CSVTable.Row, source: String, borrowed: [Field: CSVCell] = [:]) {
        self.row = row
        self.header = header
        self.headerRow = headerRow
        self.source = source
        self.borrowed = borrowed
    }

    var location: SourceLocation { SourceLocation(file: source, row: row) }

    /// The cell for `field`: the row's own when the file has that column and the cell is filled,
    /// else one borrowed from another row.
    func cell(_ field: Field) -> CSVCell? {
        let own = header.positions[field].flatMap { row[field: $0] }
        guard !borrowed.isEmpty, let other = borrowed[field] else { return own }
        if let own, !own.trimmed.isEmpty { return own }
        return other
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
        SourceLocation(file: source, cell: cell)
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

    /// Remembers words that name no day, found in a cell read elsewhere (an action's "by Ongoing").
    mutating func noteUndated(_ words: String) {
        undatedWords.append(words)
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

    /// A date as people write them (``CalendarDate/readLatest(written:)``); words such as
    /// "Ongoing" are no date, remembered for a note.
    mutating func date(_ field: Field, subject: String?) -> CalendarDate? {
        let value = text(field)
        guard !value.isEmpty else { return nil }
        switch CalendarDate.readLatest(written: value) {
        case .success(.day(let date)): return date
        case .success(.undated(let words)):
            undatedWords.append(words)
            return nil
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
