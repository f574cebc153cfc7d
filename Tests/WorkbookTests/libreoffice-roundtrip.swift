// The LibreOffice round trip's Swift half, built and run by libreoffice-roundtrip.sh:
//
//   libreoffice-roundtrip write OUT.xlsx REGISTER.csv    writes a workbook with matrisk's writer
//   libreoffice-roundtrip compare OUT.xlsx CSV-FOLDER     compares it with LibreOffice's CSV of each sheet
//   libreoffice-roundtrip compare-fresh XLSX ODS CSV DOCX COMMITTED-DOCX
//                                                         files LibreOffice just wrote read as expected
//
// The comparison reads the workbook back with matrisk's reader and LibreOffice's CSV (values as
// shown, e.g. "£12,500", "23.4%", "22/11/2026") with matrisk's CSV reader, and requires every cell
// to agree once a shown value is read as the number or date it shows.
import CSV
import Foundation
import Workbook

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

func bytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    return Array(data)
}

/// The sheets written: the register typed as a spreadsheet user would type it, and a sheet of
/// every kind of cell matrisk writes.
func sheets(register path: String) throws -> [SheetToWrite] {
    let table = try CSVReader().read(bytes: bytes(path), source: path)
    let register = table.rows.enumerated().map { r, row in
        row.cells.map { cell -> SheetCell in
            if r > 0, cell.text.hasSuffix("%"), let value = Double(cell.text.dropLast()) {
                return .number(value / 100, format: .percent(places: 0))
            }
            if r > 0, let value = Double(cell.text) { return .number(value) }
            return SheetCell(field: .text(cell.text))
        }
    }
    let formats: [[SheetCell]] = [
        [.text("Kind"), .text("Value")],
        [.text("formula-like text"), .text("=1+1")],
        [.text("plus"), .text("+44 1234 567890")],
        [.text("minus"), .text("-5 is not a number here")],
        [.text("money"), .number(12_500.46, format: .pounds)],
        [.text("negative money"), .number(-12_400, format: .pounds)],
        [.text("percent"), .number(0.234, format: .percent(places: 1))],
        [.text("integer"), .number(1250, format: .integer)],
        [.text("decimal"), .number(3.14159, format: .decimal(places: 2))],
        [.text("date"), SheetCell.date(iso: "2026-11-22") ?? .empty],
        [.text("RAG"), .text("red", style: CellStyle(fill: "E9A077"))],
        [.text("two lines"), .text("first\nsecond")],
        [.text("symbols"), .text("£ – ✓ & <tag> \"quoted\"")],
    ]
    return [SheetToWrite(name: "Register", rows: register), SheetToWrite(name: "Formats", rows: formats)]
}

/// A shown value as the plain value matrisk reads: "£12,500" → "12500", "-£12,400" → "-12400",
/// "23.4%" → "23.4%", "22/11/2026" → "2026-11-22"; other text as it is.
func plain(_ shown: String) -> String {
    let text = shown
    let negative = text.hasPrefix("-£")
    if text.hasPrefix("£") || negative {
        let amount = text.replacingOccurrences(of: "£", with: "").replacingOccurrences(of: ",", with: "")
        if Double(amount) != nil { return amount }
    }
    if text.range(of: #"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"#, options: .regularExpression) != nil {
        return text.replacingOccurrences(of: ",", with: "")
    }
    let parts = text.split(separator: "/")
    if parts.count == 3, parts[2].count == 4, parts.allSatisfy({ Int($0) != nil }) {
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }
    return text
}

/// Whether LibreOffice's shown value and matrisk's read value are the same value.
func agree(_ shown: String, _ read: String) -> Bool {
    let shownPlain = plain(shown)
    if shownPlain == read { return true }
    // A number shown to fewer places than stored (3.14 for 3.14159, £12,500 for 12500.46).
    if let a = Double(shownPlain), let b = Double(read) { return abs(a - b) <= 0.5 }
    return false
}

func compare(workbook path: String, folder: String) throws {
    let tables = try WorkbookReader.read(bytes: bytes(path), source: path)
    var checked = 0
    for sheet in tables.sheets {
        let csvPath = folder + "/" + URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + "-" + sheet.name + ".csv"
        let libre = try CSVReader().read(bytes: bytes(csvPath), source: csvPath)
        let ours = sheet.table.rows.map { $0.cells.map(\.text) }
        let theirs = libre.rows.map { $0.cells.map(\.text) }
        guard ours.count == theirs.count else { fail("\(sheet.name): \(ours.count) rows read, LibreOffice shows \(theirs.count)") }
        for (r, (row, shown)) in zip(ours, theirs).enumerated() {
            for c in 0..<max(row.count, shown.count) {
                let a = c < shown.count ? shown[c] : ""
                let b = c < row.count ? row[c] : ""
                if !agree(a, b) {
                    fail("\(sheet.name)!\(CSVCell.letters(forField: c + 1))\(r + 1): LibreOffice shows '\(a)', matrisk reads '\(b)'")
                }
                checked += 1
            }
        }
    }
    print("libreoffice round trip: \(checked) cells in \(tables.sheets.count) sheets agree")
}

/// Cell texts without each row's trailing empty cells.
func texts(_ table: CSVTable) -> [[String]] {
    table.rows.map { row in
        var cells = row.cells.map(\.text)
        while cells.last == "" { cells.removeLast() }
        return cells
    }
}

/// Files the installed LibreOffice has just written read as the committed fixtures do: the
/// register as its CSV, the Writer document as the committed Writer document.
func compareFresh(xlsx: String, ods: String, csv: String, docx: String, committedDocx: String) throws {
    let expected = texts(try CSVReader().read(bytes: bytes(csv), source: csv))
    for path in [xlsx, ods] {
        let sheet = try WorkbookReader.read(bytes: bytes(path), source: path).sheets[0]
        guard texts(sheet.table) == expected else { fail("\(path): the register reads differently from \(csv)") }
        print(
            "libreoffice round trip: \(URL(fileURLWithPath: path).lastPathComponent) reads as \(URL(fileURLWithPath: csv).lastPathComponent)"
        )
    }
    let fresh = try WorkbookReader.read(bytes: bytes(docx), source: docx).sheets.map { texts($0.table) }
    let committed = try WorkbookReader.read(bytes: bytes(committedDocx), source: committedDocx).sheets.map { texts($0.table) }
    guard fresh == committed else { fail("\(docx): its tables read differently from \(committedDocx)") }
    print("libreoffice round trip: Writer's .docx reads as the committed one (\(fresh.count) tables)")
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch (arguments.first, arguments.count) {
case ("write", 3):
    let workbook = try XLSXWriter.write(sheets(register: arguments[2]))
    guard FileManager.default.createFile(atPath: arguments[1], contents: Data(workbook)) else { fail("cannot write \(arguments[1])") }
case ("compare", 3):
    try compare(workbook: arguments[1], folder: arguments[2])
case ("compare-fresh", 6):
    try compareFresh(xlsx: arguments[1], ods: arguments[2], csv: arguments[3], docx: arguments[4], committedDocx: arguments[5])
default:
    fail("usage: libreoffice-roundtrip write OUT.xlsx REGISTER.csv | compare OUT.xlsx CSV-FOLDER")
}
