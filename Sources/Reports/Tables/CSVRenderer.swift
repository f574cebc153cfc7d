import CSV

/// Renders a report for a spreadsheet. A report with one table is that table; with several,
/// each table follows a line holding its title, separated by a blank line. Estimates take two
/// columns (the value and its standard error); percentages are fractions (0.234).
enum CSVRenderer {
    static func render(_ report: Report) -> String {
        let tables = report.tables
        let writer = CSVWriter()
        if tables.count == 1 { return render(tables[0]) }
        var out = ""
        for (i, table) in tables.enumerated() {
            if i > 0 { out += writer.lineEnding }
            out += writer.line([.text(table.title)])
            out += render(table)
        }
        // Findings printed as lines (a check's output) become a one-column table.
        for case .lines(let lines) in report.blocks where tables.isEmpty {
            out += writer.line([.text("message")])
            for line in lines { out += writer.line([.text(line)]) }
        }
        return out
    }

    /// One table as a CSV file, header first.
    static func render(_ table: Table) -> String {
        let writer = CSVWriter()
        let expands = table.estimateColumns
        var header: [CSVField] = []
        for (i, column) in table.columns.enumerated() {
            header.append(.text(column.heading))
            if expands[i] { header.append(.text(column.heading + " s.e.")) }
        }
        var out = writer.line(header)
        for row in table.rows {
            var fields: [CSVField] = []
            for (i, cell) in row.map(\.estimateForm).enumerated() {
                fields.append(field(cell))
                if expands[i] {
                    if case .estimate(_, let se, let unit) = cell {
                        fields.append(.number(rounded(se, unit)))
                    } else {
                        fields.append(.empty)
                    }
                }
            }
            out += writer.line(fields)
        }
        return out
    }

    static func field(_ cell: Cell) -> CSVField {
        switch cell {
        case .text(let s): return .text(s)
        case .integer(let n): return .integer(n)
        case .number(let x, _): return .number(x)
        case .money(let x): return .number(rounded(x, .money))
        case .percent(let x, _): return .number(rounded(x, .percent))
        case .estimate(let x, _, let unit): return .number(rounded(x, unit))
        case .chance: return field(cell.estimateForm)
        case .empty: return .empty
        }
    }

    /// Money to the penny and fractions to six places, as a spreadsheet user wants them; other
    /// numbers as they are.
    static func rounded(_ value: Double, _ unit: Cell.Unit) -> Double {
        let scale: Double
        switch unit {
        case .money: scale = 100
        case .percent: scale = 1_000_000
        case .number: return value
        }
        return (value * scale).rounded() / scale
    }
}
