import CSV

/// Reads one worksheet part (`xl/worksheets/sheetN.xml`) into a ``SheetGrid``: each cell's
/// value by its type (shared string, inline string, number, boolean, error, formula result)
/// and, for numbers, by its number format (dates, percentages).
struct XLSXSheetReader {
    /// What a `<c>` element holds once read.
    private struct CellXML {
        var reference: CellReference
        var type: String
        var style: Int?
        var value: String?
        var inline: String?
        var hasFormula = false
    }

    let source: String
    let sharedStrings: [String]
    let styles: XLSXStylesPart
    let dateSystem: SerialDate.System
    var grid: SheetGrid
    var notes: SheetNotes

    init(
        source: String, place: SheetPlace, sharedStrings: [String], styles: XLSXStylesPart, dateSystem: SerialDate.System,
        limits: WorkbookLimits
    ) {
        self.source = source
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.dateSystem = dateSystem
        self.grid = SheetGrid(place: place, source: source, limits: limits)
        self.notes = SheetNotes(place: place)
    }

    mutating func read(_ part: inout PackagePart) throws(WorkbookError) {
        var row = 0
        var column = 0
        while let event = try part.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.name.local {
            case "row":
                row = tag.attribute("r").flatMap { Int($0) }.map { min(max($0, 1), CellReference.maximumRow) } ?? row + 1
                column = 0
                if let hidden = tag.attribute("hidden"), hidden == "1" || hidden == "true" { notes.hiddenRows.append(row) }
            case "c":
                let reference = tag.attribute("r").flatMap(CellReference.init) ?? CellReference(row: max(row, 1), column: column + 1)
                column = reference.column
                var cell = CellXML(reference: reference, type: tag.attribute("t") ?? "n", style: tag.attribute("s").flatMap { Int($0) })
                try readContents(of: &cell, from: &part)
                try grid.set(try text(of: cell), row: reference.row, column: reference.column)
            case "mergeCell":
                if let range = tag.attribute("ref").flatMap(CellRange.init) { grid.merge(range) }
            default:
                break
            }
        }
    }

    /// The `<v>`, `<f>` and `<is>` children of the cell just started.
    private func readContents(of cell: inout CellXML, from part: inout PackagePart) throws(WorkbookError) {
        while let event = try part.next() {
            switch event {
            case .start(let tag):
                switch tag.name.local {
                case "v": cell.value = try part.text()
                case "is": cell.inline = OOXMLText.unescaped(try part.text(within: ["t"], skipping: ["rPh"]))
                case "f":
                    cell.hasFormula = true
                    _ = try part.text()
                default: _ = try part.text()
                }
            case .end:
                return
            case .text:
                continue
            }
        }
    }

    /// The cell's value as the text a spreadsheet shows (dates as ISO 8601, percentages with %).
    private mutating func text(of cell: CellXML) throws(WorkbookError) -> String {
        // Named only when a message needs it: naming every cell would cost more than reading it.
        var place: String { grid.place.cell(row: cell.reference.row, field: cell.reference.column) }
        switch cell.type {
        case "s":
            guard let value = cell.value else { return "" }
            guard let index = Int(value.trimmingSpaces), sharedStrings.indices.contains(index) else {
                throw .badCell(
                    source: source, place: place,
                    detail: "the cell refers to shared string '\(value)', which the workbook does not have; save the file again.")
            }
            return sharedStrings[index]
        case "inlineStr": return cell.inline ?? cell.value.map(OOXMLText.unescaped) ?? ""
        case "str": return OOXMLText.unescaped(cell.value ?? "")
        case "b": return cell.value.map { $0.trimmingSpaces == "1" || $0.trimmingSpaces == "true" ? "TRUE" : "FALSE" } ?? ""
        case "e":
            notes.errorCells.append((place, cell.value ?? "error"))
            return ""
        case "d": return ISODate.shortened(cell.value ?? "")
        default: return try number(cell)
        }
    }

    private mutating func number(_ cell: CellXML) throws(WorkbookError) -> String {
        var place: String { grid.place.cell(row: cell.reference.row, field: cell.reference.column) }
        guard let raw = cell.value?.trimmingSpaces, !raw.isEmpty else {
            if cell.hasFormula { notes.uncalculated.append(place) }
            return ""
        }
        guard let value = Double(raw) else {
            throw .badCell(
                source: source, place: place,
                detail: "the cell is marked as a number but holds '\(raw)'; save the file again from your spreadsheet.")
        }
        switch styles.kind(ofStyle: cell.style) {
        case .number: return NumberDisplay.text(value)
        case .percent: return NumberDisplay.percent(value)
        case .date(let shows): return SerialDate.text(serial: value, system: dateSystem, shows: shows) ?? NumberDisplay.text(value)
        }
    }
}

extension String {
    /// The text without spaces, tabs or line breaks at either end.
    var trimmingSpaces: String {
        // Most values have nothing to trim; only they are checked byte by byte.
        guard let first = utf8.first, let last = utf8.last else { return self }
        let plain: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x80 }
        return plain(first) && plain(last) ? self : CSVCell.trimmed(self)
    }
}

/// ISO 8601 dates and date-times as OpenDocument and `t="d"` cells store them, shortened to what
/// a register needs: `2026-11-22T00:00:00` → `2026-11-22`, `2026-11-22T14:30:00` → `2026-11-22 14:30`.
enum ISODate {
    static func shortened(_ text: String) -> String {
        let trimmed = text.trimmingSpaces
        guard let t = trimmed.firstIndex(of: "T") else { return trimmed }
        let date = trimmed[..<t]
        var time = trimmed[trimmed.index(after: t)...].prefix { $0 != "Z" && $0 != "+" }
        if let dot = time.firstIndex(of: ".") { time = time[..<dot] }
        if time == "00:00:00" || time == "00:00" { return String(date) }
        if time.hasSuffix(":00"), time.count == 8 { time = time.dropLast(3) }
        return date + " " + time
    }
}
