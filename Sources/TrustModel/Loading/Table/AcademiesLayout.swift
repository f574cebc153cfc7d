import CSV
import JSONDocument
import RiskRegister

/// Where an academies table keeps each field: its header row, the column of each field, and
/// the three columns of each distribution split into low, likely and high.
struct AcademiesLayout {
    let table: CSVTable
    let headerIndex: Int
    let positions: [AcademyColumn: Int]
    let splits: [AcademyColumn: [Int]]
    let source: String

    init(table: CSVTable, headerIndex: Int, map: HeaderMap<AcademyColumn>, source: String) throws {
        self.table = table
        self.headerIndex = headerIndex
        self.source = source
        let header = table.rows[headerIndex]
        let place = SourceLocation(file: source, row: header)
        if let clash = map.clashes.first {
            throw AcademiesTableError.header(
                SourceLocation(file: source, cell: clash.second),
                message:
                    "the columns '\(clash.first.trimmed)' and '\(clash.second.trimmed)' both give the \(clash.field.heading); remove or rename one."
            )
        }
        var splits: [AcademyColumn: [SplitPart: Int]] = [:]
        for cell in map.unmatched {
            // The cell's place in the row, as the header map counts its columns (a cell's own field is from 1).
            if let (column, part) = SplitPart.reading(cell.text), let position = header.cells.firstIndex(of: cell) {
                splits[column, default: [:]][part] = position
            }
        }
        for missing in map.missing where splits[missing] == nil {
            throw AcademiesTableError.missingColumn(
                header: place, column: missing.heading, nearest: map.nearestHeader(for: missing)?.trimmed)
        }
        if map.positions[.name] == nil && map.positions[.id] == nil {
            throw AcademiesTableError.missingColumn(header: place, column: AcademyColumn.name.heading, nearest: nil)
        }
        // Checked in the columns' order, so the same table always gives the same complaint.
        var complete: [AcademyColumn: [Int]] = [:]
        for column in AcademyColumn.allCases {
            guard let parts = splits[column] else { continue }
            guard parts.count == 3 else {
                let lacking = SplitPart.allCases.filter { parts[$0] == nil }.map { "\($0)" }.joined(separator: " and ")
                throw AcademiesTableError.header(
                    place, message: "a distribution split over columns needs low, likely and high; this header lacks its \(lacking) column."
                )
            }
            complete[column] = SplitPart.allCases.compactMap { parts[$0] }
        }
        self.splits = complete
        positions = map.positions
    }

    /// Every academy row below the header (blank rows and a totals row skipped), checked.
    func academies() throws -> [JSONNode] {
        var nodes: [JSONNode] = []
        for row in table.rows[(headerIndex + 1)...] where !row.isBlank && !isTotal(row) {
            let node = try object(for: row)
            try check(node, row: row)
            nodes.append(node)
        }
        return nodes
    }

    /// A sheet's "Total" row under the academies.
    private func isTotal(_ row: CSVTable.Row) -> Bool {
        let label = (positions[.name] ?? positions[.id]).flatMap { text(row, at: $0) }?.lowercased() ?? ""
        return label == "total" || label == "totals" || label.hasPrefix("trust total")
    }

    private func text(_ row: CSVTable.Row, at position: Int) -> String? {
        guard position < row.cells.count else { return nil }
        let text = row.cells[position].trimmed
        return text.isEmpty ? nil : text
    }
}
