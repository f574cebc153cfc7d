import Archive
import CSV
import SafeXML

/// Reads every table of an OpenDocument spreadsheet (.ods) from its `content.xml`: rows and
/// cells with their repeats, values by `office:value-type`, merged cells, hidden rows and
/// hidden sheets.
enum ODSReader {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"

    static func read(_ archive: inout ZipArchive, limits: WorkbookLimits) throws(WorkbookError) -> WorkbookTables {
        try refuseEncrypted(&archive)
        var part = try PackagePart.required("content.xml", in: &archive)
        var hiddenStyles: Set<String> = []
        var currentStyle: String?
        var sheets: [SheetTable] = []
        while let event = try part.next() {
            guard case .start(let tag) = event else { continue }
            switch tag.name.local {
            case "style" where tag.attribute("family") == "table":
                currentStyle = tag.attribute("name")
            case "table-properties":
                if let currentStyle, tag.attribute("display", namespace: table) == "false" { hiddenStyles.insert(currentStyle) }
            case "table" where tag.name.namespace == table:
                let name = tag.attribute("name", namespace: table) ?? "Sheet\(sheets.count + 1)"
                let hidden = tag.attribute("style-name", namespace: table).map(hiddenStyles.contains) ?? false
                var reader = ODSTableReader(source: archive.source, place: .sheet(name, order: sheets.count + 1), limits: limits)
                try reader.read(&part)
                let grid = try reader.grid.table()
                sheets.append(
                    SheetTable(name: name, table: grid, isHidden: hidden, notes: reader.notes.sentences(hiddenSheet: hidden, table: grid)))
            default:
                break
            }
        }
        guard !sheets.isEmpty else { throw .noTables(source: archive.source, kind: "spreadsheet") }
        return WorkbookTables(format: .ods, sheets: sheets)
    }

    /// A password-protected OpenDocument file keeps its ZIP readable but encrypts its parts; the
    /// manifest says so with `manifest:encryption-data`.
    private static func refuseEncrypted(_ archive: inout ZipArchive) throws(WorkbookError) {
        guard var manifest = try PackagePart.open("META-INF/manifest.xml", in: &archive) else { return }
        var encrypted = false
        try manifest.forEachStart { tag throws(WorkbookError) in
            if tag.name.local == "encryption-data" { encrypted = true }
        }
        if encrypted { throw .encrypted(source: archive.source) }
    }
}

/// Reads one `table:table` element, from just after its start tag to its end.
struct ODSTableReader {
    /// One `table:table-cell` as read, before its repeats are laid out.
    private struct ODSCell {
        var text: String
        var repeated: Int
        var columnsSpanned: Int
        var rowsSpanned: Int
        /// The error a formula gave (`#N/A`), read as an empty cell.
        var error: String?
    }

    let source: String
    var grid: SheetGrid
    var notes: SheetNotes
    private var row = 0

    init(source: String, place: SheetPlace, limits: WorkbookLimits) {
        self.source = source
        self.grid = SheetGrid(place: place, source: source, limits: limits)
        self.notes = SheetNotes(place: place)
    }

    mutating func read(_ part: inout PackagePart) throws(WorkbookError) {
        while let event = try part.next() {
            switch event {
            case .start(let tag) where tag.name.local == "table-row":
                try readRow(tag, from: &part)
            case .end(let name) where name.local == "table" && name.namespace == ODSReader.table:
                return
            default:
                continue
            }
        }
    }

    /// A row and its cells, laid out `number-rows-repeated` times. A repeated row with no
    /// value (LibreOffice ends each sheet with a million of them) only moves the row count on.
    private mutating func readRow(_ tag: XMLStartTag, from part: inout PackagePart) throws(WorkbookError) {
        let repeated = ODSTableReader.count(tag, "number-rows-repeated")
        let visibility = tag.attribute("visibility", namespace: ODSReader.table)
        var cells: [ODSCell] = []
        while let event = try part.next() {
            if case .end(let name) = event, name.local == "table-row" { break }
            guard case .start(let cellTag) = event else { continue }
            if cellTag.name.local == "table-cell" || cellTag.name.local == "covered-table-cell" {
                cells.append(try readCell(cellTag, from: &part))
            } else {
                _ = try part.text()
            }
        }
        let hasValue = cells.contains { !$0.text.isEmpty }
        for _ in 0..<(hasValue ? repeated : 0) {
            row += 1
            guard row <= CellReference.maximumRow else { return }
            if visibility == "collapse" || visibility == "filter" { notes.hiddenRows.append(row) }
            try lay(cells)
        }
        if !hasValue { row += repeated }
    }

    /// Places a row's cells, each `number-columns-repeated` times; blank repeats cost nothing.
    private mutating func lay(_ cells: [ODSCell]) throws(WorkbookError) {
        var column = 0
        for cell in cells {
            if let error = cell.error { notes.errorCells.append((grid.place.cell(row: row, field: column + 1), error)) }
            if cell.text.isEmpty {
                column += cell.repeated
                continue
            }
            for _ in 0..<cell.repeated {
                column += 1
                try grid.set(cell.text, row: row, column: column)
                if cell.columnsSpanned > 1 || cell.rowsSpanned > 1 {
                    grid.merge(
                        CellRange(
                            first: CellReference(row: row, column: column),
                            last: CellReference(row: row + cell.rowsSpanned - 1, column: column + cell.columnsSpanned - 1)))
                }
            }
        }
    }

    /// A cell's value as text: numbers from `office:value`, percentages with %, dates as ISO
    /// 8601, booleans as TRUE/FALSE, strings from their paragraphs; error cells are empty.
    private func readCell(_ tag: XMLStartTag, from part: inout PackagePart) throws(WorkbookError) -> ODSCell {
        let paragraphs = try ODSText.paragraphs(&part)
        let office = ODSReader.office
        let type = tag.attribute("value-type", namespace: office)
        var text: String
        switch type {
        case "float", "currency":
            text = tag.attribute("value", namespace: office).flatMap(Double.init).map(NumberDisplay.text) ?? paragraphs
        case "percentage": text = tag.attribute("value", namespace: office).flatMap(Double.init).map(NumberDisplay.percent) ?? paragraphs
        case "date": text = tag.attribute("date-value", namespace: office).map(ISODate.shortened) ?? paragraphs
        case "time": text = tag.attribute("time-value", namespace: office).flatMap(ODSText.clock) ?? paragraphs
        case "boolean": text = tag.attribute("boolean-value", namespace: office).map { $0 == "true" ? "TRUE" : "FALSE" } ?? paragraphs
        default: text = tag.attribute("string-value", namespace: office) ?? paragraphs
        }
        let isError = tag.attribute("value-type", namespace: ODSReader.calcext) == "error"
        if isError { text = "" }
        return ODSCell(
            text: text, repeated: Self.count(tag, "number-columns-repeated"), columnsSpanned: Self.count(tag, "number-columns-spanned"),
            rowsSpanned: Self.count(tag, "number-rows-spanned"), error: isError ? paragraphs : nil)
    }

    /// A repeat or span count: at least 1, and at most a sheet's rows, so arithmetic on it never
    /// overflows.
    private static func count(_ tag: XMLStartTag, _ name: String) -> Int {
        min(max(1, tag.attribute(name, namespace: ODSReader.table).flatMap { Int($0) } ?? 1), CellReference.maximumRow)
    }
}

/// The text of OpenDocument paragraphs: `text:p` joined by line breaks, `text:s` as spaces,
/// `text:tab` and `text:line-break`, with annotations (comments) left out.
enum ODSText {
    static func paragraphs(_ part: inout PackagePart) throws(WorkbookError) -> String {
        var out = ""
        var depth = 1
        var skipping = 0
        var paragraphs = 0
        while depth > 0, let event = try part.next() {
            switch event {
            case .start(let tag):
                depth += 1
                if skipping > 0 || tag.name.local == "annotation" || tag.name.local == "note" {
                    skipping += 1
                    continue
                }
                switch tag.name.local {
                case "p", "h":
                    if paragraphs > 0 { out += "\n" }
                    paragraphs += 1
                case "s": out += String(repeating: " ", count: min(max(1, tag.attribute("c").flatMap { Int($0) } ?? 1), 1000))
                case "tab": out += "\t"
                case "line-break": out += "\n"
                default: break
                }
            case .end:
                depth -= 1
                if skipping > 0 { skipping -= 1 }
            case .text(let text):
                if skipping == 0, paragraphs > 0 { out += text }
            }
        }
        return out
    }

    /// `PT14H30M00S` → `14:30` (seconds when there are any).
    static func clock(_ duration: String) -> String? {
        guard duration.hasPrefix("PT") else { return nil }
        var hours = 0
        var minutes = 0
        var seconds = 0.0
        var number = ""
        for character in duration.dropFirst(2) {
            switch character {
            case "H": hours = Int(number) ?? 0
            case "M": minutes = Int(number) ?? 0
            case "S": seconds = Double(number) ?? 0
            default:
                number.append(character)
                continue
            }
            number = ""
        }
        let s = Int(seconds.rounded())
        let hm = SerialDate.twoDigits(hours) + ":" + SerialDate.twoDigits(minutes)
        return s == 0 ? hm : hm + ":" + SerialDate.twoDigits(s)
    }
}
