import CSV

/// What a person should be told about how a sheet was read: cells holding errors, formulas with
/// no saved value, hidden rows. Each kind becomes one sentence naming its sheet and cells.
struct SheetNotes {
    let place: SheetPlace
    var errorCells: [(cell: String, error: String)] = []
    var uncalculated: [String] = []
    var hiddenRows: [Int] = []

    init(place: SheetPlace) {
        self.place = place
    }

    /// The sentences, in a fixed order. Hidden rows are named only when they hold values in
    /// `table`: a hidden blank row changes nothing.
    func sentences(hiddenSheet: Bool, table: CSVTable) -> [String] {
        var out: [String] = []
        let sheet = "'\(place.name)'"
        if hiddenSheet { out.append("The sheet \(sheet) is hidden in the workbook; it is read like the others.") }
        let filled = Set(table.rows.lazy.filter { !$0.isBlank }.map(\.line))
        let hiddenRows = hiddenRows.filter(filled.contains)
        if !hiddenRows.isEmpty {
            out.append("\(sheet) hides \(count(hiddenRows.count, "row")) (\(Self.spans(hiddenRows))); they are read like the others.")
        }
        if !errorCells.isEmpty {
            let listed = errorCells.prefix(5).map { "\($0.cell) (\($0.error))" }.joined(separator: ", ")
            let more = errorCells.count > 5 ? " and \(errorCells.count - 5) more" : ""
            out.append("\(count(errorCells.count, "cell")) of \(sheet) hold a spreadsheet error and are read as empty: \(listed)\(more).")
        }
        if !uncalculated.isEmpty {
            let listed = uncalculated.prefix(5).joined(separator: ", ")
            let more = uncalculated.count > 5 ? " and \(uncalculated.count - 5) more" : ""
            out.append(
                "\(count(uncalculated.count, "formula")) of \(sheet) have no saved value and are read as empty (\(listed)\(more)); open the file in a spreadsheet and save it to calculate them."
            )
        }
        return out
    }

    private func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// `3, 5–7, 10` for rows 3, 5, 6, 7 and 10 (at most ten spans, then "…").
    static func spans(_ rows: [Int]) -> String {
        var spans: [String] = []
        var i = 0
        let sorted = rows.sorted()
        while i < sorted.count {
            var j = i
            while j + 1 < sorted.count, sorted[j + 1] == sorted[j] + 1 { j += 1 }
            spans.append(i == j ? "\(sorted[i])" : "\(sorted[i])–\(sorted[j])")
            i = j + 1
        }
        return spans.count > 10 ? spans.prefix(10).joined(separator: ", ") + ", …" : spans.joined(separator: ", ")
    }
}
