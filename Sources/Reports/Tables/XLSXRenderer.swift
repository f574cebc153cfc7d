import Workbook

/// Renders a report as an Excel workbook: one sheet per table, in order, named by its title;
/// the header row bold, frozen and filterable; numbers stored as numbers with £ and % formats;
/// dates as dates; RAG cells filled in the pack's colour-blind-safe tints and still carrying the
/// word; text always text. The same values as the CSV form: estimates in two columns (value and
/// standard error), money to the penny, percentages as fractions shown with %.
enum XLSXRenderer {
    static func render(_ report: Report) throws(WorkbookError) -> [UInt8] {
        var sheets = report.tables.map(sheet)
        if sheets.isEmpty {
            // Findings printed as lines (a check's output) become a one-column sheet, as in CSV.
            let lines = report.blocks.flatMap { if case .lines(let l) = $0 { return l } else { return [] } }
            sheets = [SheetToWrite(name: "Findings", rows: [[.text("message")]] + lines.map { [.text($0)] })]
        }
        return try XLSXWriter.write(sheets)
    }

    /// One table as a sheet, header first.
    static func sheet(_ table: Table) -> SheetToWrite {
        let expands = table.estimateColumns
        var header: [SheetCell] = []
        for (i, column) in table.columns.enumerated() {
            header.append(.text(column.heading))
            if expands[i] { header.append(.text(column.heading + " s.e.")) }
        }
        var rows = [header]
        for row in table.rows {
            var cells: [SheetCell] = []
            for (i, cell) in row.map(\.estimateForm).enumerated() {
                cells.append(sheetCell(cell, isRAG: table.columns[i].key == "rag"))
                if expands[i] {
                    if case .estimate(_, let se, let unit) = cell {
                        cells.append(.number(CSVRenderer.rounded(se, unit), format: format(unit, standardError: true)))
                    } else {
                        cells.append(.empty)
                    }
                }
            }
            rows.append(cells)
        }
        return SheetToWrite(name: sheetName(table), rows: rows)
    }

    /// A sheet tab holds 31 characters: a title's words before its colon ("Trust risks: the
    /// board's residual score…" → "Trust risks"), the table's id when it has no title.
    static func sheetName(_ table: Table) -> String {
        let short = table.title.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        return short.isEmpty ? table.id : short
    }

    static func sheetCell(_ cell: Cell, isRAG: Bool) -> SheetCell {
        switch cell {
        case .text(let text):
            if isRAG, let fill = ragFill(text) { return .text(text, style: CellStyle(fill: fill)) }
            return SheetCell.date(iso: text) ?? .text(text)
        case .integer(let n): return .number(Double(n), format: .integer)
        case .number(let x, let decimals): return .number(x, format: .decimal(places: decimals))
        case .money(let x): return .number(CSVRenderer.rounded(x, .money), format: .pounds)
        case .percent(let x, let decimals): return .number(CSVRenderer.rounded(x, .percent), format: .percent(places: decimals))
        case .estimate(let x, _, let unit): return .number(CSVRenderer.rounded(x, unit), format: format(unit, standardError: false))
        case .chance: return sheetCell(cell.estimateForm, isRAG: isRAG)
        case .empty: return .empty
        }
    }

    /// An estimate's format; a percentage's standard error gets a second decimal, as text shows it.
    private static func format(_ unit: Cell.Unit, standardError: Bool) -> NumberFormat {
        switch unit {
        case .money: return .pounds
        case .percent: return .percent(places: standardError ? 2 : 1)
        case .number(let decimals): return .decimal(places: decimals)
        }
    }

    /// The tint for a RAG cell ("red", or a move such as "amber → red", by its last band), as
    /// six hex digits; nil for any other text.
    static func ragFill(_ text: String) -> String? {
        let band = text.components(separatedBy: " → ").last?.lowercased() ?? ""
        let colour: String
        switch band {
        case "green": colour = Palette.ragGreen
        case "amber": colour = Palette.ragAmber
        case "red": colour = Palette.ragRed
        default: return nil
        }
        return String(colour.dropFirst()).uppercased()
    }
}

extension Report {
    /// The report as an .xlsx workbook's bytes, ready to be written to a file in one piece.
    package func workbook() throws(WorkbookError) -> [UInt8] { try XLSXRenderer.render(self) }
}
