import CSV

/// One worksheet part: the frozen header, column widths, the cells and the filter range.
enum XLSXSheetWriter {
    static func xml(_ sheet: SheetToWrite, selected: Bool, styles: inout XLSXStyleSheet, strings: inout XLSXSharedStringTable) -> String {
        let width = sheet.rows.map(\.count).max() ?? 0
        var xml = XLSXWriter.declaration + "<worksheet xmlns=\"\(XLSXWriter.main)\" xmlns:r=\"\(XLSXWriter.relationships)\">"
        // Printed, a sheet fits the width of a landscape page, however many pages tall.
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        if width > 0, !sheet.rows.isEmpty { xml += "<dimension ref=\"A1:\(CSVCell.letters(forField: width))\(sheet.rows.count)\"/>" }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.hasHeader, sheet.rows.count > 1 {
            xml +=
                "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let widths = columnWidths(sheet, count: width)
        if !widths.isEmpty {
            xml += "<cols>"
            for (i, w) in widths.enumerated() { xml += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>" }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += rowXML(row, index: r, header: sheet.hasHeader && r == 0, widths: widths, styles: &styles, strings: &strings)
        }
        xml += "</sheetData>"
        if let range = filterRange(sheet) { xml += "<autoFilter ref=\"\(range)\"/>" }
        xml +=
            "<printOptions gridLines=\"1\"/><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        return xml + "</worksheet>"
    }

    /// One row. Text wider than its column (or holding a line break) wraps, and the row is as
    /// tall as its tallest cell's lines, as a spreadsheet would fit it (15 points a line).
    private static func rowXML(
        _ row: [SheetCell], index r: Int, header: Bool, widths: [Int], styles: inout XLSXStyleSheet, strings: inout XLSXSharedStringTable
    ) -> String {
        var lines = 1
        var cells = ""
        for (c, cell) in row.enumerated() {
            var style = cell.style
            if header { style.bold = true }
            if case .text(let text) = cell.value {
                let shown = shownLines(text, width: widths[c])
                if shown > 1 || text.contains("\n") { style.wraps = true }
                lines = max(lines, shown)
            }
            cells += cellXML(
                cell.value, reference: CSVCell.letters(forField: c + 1) + String(r + 1), style: styles.index(of: style), strings: &strings)
        }
        let open = lines > 1 ? "<row r=\"\(r + 1)\" ht=\"\(15 * lines)\" customHeight=\"1\">" : "<row r=\"\(r + 1)\">"
        return open + cells + "</row>"
    }

    /// The lines a text takes in a column `width` characters wide: each of its own lines, wrapped
    /// at the width (less the column's margin).
    static func shownLines(_ text: String, width: Int) -> Int {
        let fits = max(1, width - 2)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + fits - 1) / fits) }
    }

    /// The header and rows under it, for the filter buttons (`A1:F20`), when there is a header.
    static func filterRange(_ sheet: SheetToWrite) -> String? {
        let width = sheet.rows.map(\.count).max() ?? 0
        guard sheet.hasHeader, sheet.rows.count > 1, width > 0 else { return nil }
        return "$A$1:$\(CSVCell.letters(forField: width))$\(sheet.rows.count)"
    }

    private static func cellXML(_ value: SheetCell.Value, reference: String, style: Int, strings: inout XLSXSharedStringTable) -> String {
        let s = style == 0 ? "" : " s=\"\(style)\""
        switch value {
        case .empty:
            return style == 0 ? "" : "<c r=\"\(reference)\"\(s)/>"
        case .text(let text):
            return "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .number(let number):
            return "<c r=\"\(reference)\"\(s)><v>\(NumberDisplay.exact(number))</v></c>"
        case .date(let year, let month, let day):
            return "<c r=\"\(reference)\"\(s)><v>\(SerialDate.serial1900(year: year, month: month, day: day))</v></c>"
        }
    }

    /// Each column as wide as its widest cell shows (in characters, plus a margin), between 6
    /// and ``widest``; bold headers a little wider. Longer text wraps within the widest.
    /// The widest a column is made: about a third of a landscape page, so a description wraps
    /// rather than pushing every other column off the screen.
    static let widest = 50

    static func columnWidths(_ sheet: SheetToWrite, count: Int) -> [Int] {
        var widths = [Int](repeating: 6, count: count)
        for (r, row) in sheet.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                var shown = displayLength(cell)
                if sheet.hasHeader, r == 0 { shown += shown / 10 + 1 }
                widths[c] = max(widths[c], min(shown + 2, widest))
            }
        }
        return widths
    }

    private static func displayLength(_ cell: SheetCell) -> Int {
        switch cell.value {
        case .empty: return 0
        case .date: return 10
        case .text(let text): return text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
        case .number(let value):
            let digits = String(Int64(min(max(abs(value).rounded(), 0), 1e15))).count
            let separators = (digits - 1) / 3
            switch cell.style.format {
            case .general: return NumberDisplay.text(value).count
            case .integer: return digits + separators + 1
            case .decimal(let places): return digits + places + 2
            case .pounds: return digits + separators + 2
            case .percent(let places): return String(Int64(min(abs(value * 100).rounded(), 1e15))).count + places + 3
            case .date: return 10
            }
        }
    }
}
