import Archive
import CSV
import SafeXML

/// Reads the tables of a Word document (.docx): each `w:tbl` in the body, in order, becomes a
/// table named "table 1", "table 2", …; cells merged across (`gridSpan`) or down (`vMerge`)
/// carry their value over the range, and the paragraphs of a cell are joined by line breaks.
/// A table nested inside a cell is read as that cell's text.
enum DOCXReader {
    static func read(_ archive: inout ZipArchive, limits: WorkbookLimits) throws(WorkbookError) -> WorkbookTables {
        let main = try XLSXReader.mainPart(of: &archive, fallback: "word/document.xml")
        var part = try PackagePart.required(main, in: &archive)
        var sheets: [SheetTable] = []
        while let event = try part.next() {
            guard case .start(let tag) = event, tag.name.local == "tbl" else { continue }
            let place = SheetPlace.documentTable(sheets.count + 1)
            var reader = DOCXTableReader(grid: SheetGrid(place: place, source: archive.source, limits: limits))
            try reader.read(&part)
            sheets.append(SheetTable(name: "Table \(sheets.count + 1)", table: try reader.grid.table()))
        }
        guard !sheets.isEmpty else { throw .noTables(source: archive.source, kind: "document") }
        return WorkbookTables(format: .docx, sheets: sheets)
    }
}

/// Reads one `w:tbl`, from just after its start tag to its end.
struct DOCXTableReader {
    var grid: SheetGrid
    private var row = 0
    /// The text in each grid column of the row above, for cells that continue a vertical merge.
    private var above: [Int: String] = [:]

    init(grid: SheetGrid) {
        self.grid = grid
    }

    mutating func read(_ part: inout PackagePart) throws(WorkbookError) {
        while let event = try part.next() {
            switch event {
            case .start(let tag) where tag.name.local == "tr":
                row += 1
                try readRow(&part)
            case .start(let tag) where tag.name.local == "tblPr" || tag.name.local == "tblGrid":
                _ = try part.text()
            case .end(let name) where name.local == "tbl":
                return
            default:
                continue
            }
        }
    }

    private mutating func readRow(_ part: inout PackagePart) throws(WorkbookError) {
        var column = 0
        var current: [Int: String] = [:]
        while let event = try part.next() {
            switch event {
            case .start(let tag) where tag.name.local == "gridBefore":
                column += min(max(0, tag.wordNumber ?? 0), CellReference.maximumColumn)
            case .start(let tag) where tag.name.local == "tc":
                let cell = try DOCXCell.read(&part)
                let text = cell.continuesMerge ? above[column + 1] ?? "" : cell.text
                for offset in 0..<cell.span {
                    column += 1
                    current[column] = text
                    if offset == 0 || !text.isEmpty { try grid.set(text, row: row, column: column) }
                }
            case .end(let name) where name.local == "tr":
                above = current
                return
            default:
                continue
            }
        }
    }
}

/// One `w:tc`: its text, how many grid columns it spans and whether it continues a vertical merge.
struct DOCXCell {
    var text = ""
    var span = 1
    var continuesMerge = false

    /// Elements whose contents are not the cell's text: properties (whose `w:tab` are tab stops),
    /// deleted or moved-away text, drawings and embedded objects.
    static let skipped: Set<String> = [
        "pPr", "rPr", "del", "moveFrom", "drawing", "pict", "AlternateContent", "object", "commentReference",
    ]

    static func read(_ part: inout PackagePart) throws(WorkbookError) -> DOCXCell {
        var cell = DOCXCell()
        var paragraphs: [String] = []
        var depth = 1
        var textDepth = 0
        while depth > 0, let event = try part.next() {
            switch event {
            case .start(let tag):
                if tag.name.local == "tcPr" {
                    try cell.readProperties(&part)
                    continue
                }
                if skipped.contains(tag.name.local) {
                    _ = try part.text()
                    continue
                }
                depth += 1
                switch tag.name.local {
                case "p": paragraphs.append("")
                case "t": textDepth = depth
                case "tab": paragraphs.appendToLast("\t")
                case "br", "cr": paragraphs.appendToLast("\n")
                case "noBreakHyphen": paragraphs.appendToLast("-")
                default: break
                }
            case .end:
                if depth == textDepth { textDepth = 0 }
                depth -= 1
            case .text(let text):
                if textDepth > 0 { paragraphs.appendToLast(text) }
            }
        }
        while paragraphs.last?.isEmpty == true { paragraphs.removeLast() }
        cell.text = paragraphs.joined(separator: "\n")
        return cell
    }

    /// `w:tcPr`: `w:gridSpan` and `w:vMerge` (no value, or "continue", continues the merge above).
    private mutating func readProperties(_ part: inout PackagePart) throws(WorkbookError) {
        var depth = 1
        while depth > 0, let event = try part.next() {
            switch event {
            case .start(let tag):
                depth += 1
                if tag.name.local == "gridSpan" { span = min(max(1, tag.wordNumber ?? 1), CellReference.maximumColumn) }
                if tag.name.local == "vMerge" { continuesMerge = (tag.attribute("val") ?? "continue") == "continue" }
            case .end:
                depth -= 1
            case .text:
                continue
            }
        }
    }
}

extension XMLStartTag {
    /// The number in a WordprocessingML `w:val` attribute.
    var wordNumber: Int? { attribute("val").flatMap { Int($0) } }
}

extension Array where Element == String {
    /// Adds `text` to the last paragraph (starting one if there is none).
    fileprivate mutating func appendToLast(_ text: String) {
        if isEmpty { append("") }
        self[count - 1] += text
    }
}
