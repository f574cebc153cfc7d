import CSV

/// The filled cells of one sheet as they are read, kept sparse, then laid out as a
/// ``CSV/CSVTable`` with merged ranges filled. Memory follows the filled cells only.
struct SheetGrid {
    /// One filled cell.
    struct Entry {
        var row: Int
        var column: Int
        var text: String
    }

    let place: SheetPlace
    let source: String
    let limits: WorkbookLimits
    private(set) var entries: [Entry] = []
    private var inOrder = true
    private var merges: [CellRange] = []

    init(place: SheetPlace, source: String, limits: WorkbookLimits) {
        self.place = place
        self.source = source
        self.limits = limits
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Records `text` at `row`, `column`; empty text is no cell.
    mutating func set(_ text: String, row: Int, column: Int) throws(WorkbookError) {
        guard !text.isEmpty else { return }
        guard column <= limits.maximumColumns else {
            throw .tooManyColumns(source: source, place: place.cell(row: row, field: column), limit: limits.maximumColumns)
        }
        guard entries.count < limits.maximumCells else {
            throw .tooManyCells(source: source, sheet: place.name, limit: limits.maximumCells)
        }
        if let last = entries.last, (last.row, last.column) >= (row, column) { inOrder = false }
        entries.append(Entry(row: row, column: column, text: text))
    }

    /// A merged range, filled from its top-left cell when the table is made.
    mutating func merge(_ range: CellRange) {
        if range.first != range.last { merges.append(range) }
    }

    /// The table: one row per sheet row holding a value, each carrying its sheet row number,
    /// with its cells from column A to its last value (empty cells between).
    mutating func table() throws(WorkbookError) -> CSVTable {
        try fillMerges()
        if !inOrder {
            // A later cell at the same place replaces an earlier one, as a spreadsheet would.
            var seen: [Int: Int] = [:]
            for (i, entry) in entries.enumerated() { seen[entry.row * (CellReference.maximumColumn + 1) + entry.column] = i }
            entries = seen.values.sorted().map { entries[$0] }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        }
        var rows: [CSVTable.Row] = []
        var i = 0
        while i < entries.count {
            let row = entries[i].row
            var cells: [CSVCell] = []
            while i < entries.count, entries[i].row == row {
                let entry = entries[i]
                while cells.count + 1 < entry.column { cells.append(cell("", row: row, column: cells.count + 1)) }
                cells.append(cell(entry.text, row: row, column: entry.column))
                i += 1
            }
            rows.append(CSVTable.Row(cells: cells, line: row, sheet: place))
        }
        return CSVTable(rows: rows, delimiter: .comma)
    }

    private func cell(_ text: String, row: Int, column: Int) -> CSVCell {
        CSVCell(text: text, line: row, column: column, field: column, sheet: place)
    }

    /// Copies each merged range's top-left value over the range. A range of more than
    /// ``fullFillLimit`` cells (one declared over the whole sheet) is clipped to the rows and
    /// columns that hold values, so it costs nothing.
    private mutating func fillMerges() throws(WorkbookError) {
        guard !merges.isEmpty, !entries.isEmpty else { return }
        let lastRow = entries.map(\.row).max() ?? 0
        let lastColumn = entries.map(\.column).max() ?? 0
        var anchors: [CellReference: String] = [:]
        for range in merges { anchors[range.first] = "" }
        for entry in entries where anchors[CellReference(row: entry.row, column: entry.column)] != nil {
            anchors[CellReference(row: entry.row, column: entry.column)] = entry.text
        }
        for range in merges {
            guard let text = anchors[range.first], !text.isEmpty else { continue }
            var last = range.last
            let area = (last.row - range.first.row + 1) * (last.column - range.first.column + 1)
            if area > Self.fullFillLimit { last = CellReference(row: min(last.row, lastRow), column: min(last.column, lastColumn)) }
            for row in range.first.row...last.row {
                for column in range.first.column...last.column where (row, column) != (range.first.row, range.first.column) {
                    try set(text, row: row, column: column)
                }
            }
        }
    }

    /// The most cells a merged range fills whatever the values around it: far more than any
    /// title, section row or category merged down a register.
    static let fullFillLimit = 10_000
}
