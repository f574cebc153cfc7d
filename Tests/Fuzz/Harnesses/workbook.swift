// libFuzzer harness: the whole workbook reader (.xlsx, .ods, .docx), on any bytes.
//
// Properties checked on every input, beyond "does not crash, hang or exhaust memory":
// - every refusal is a WorkbookError whose sentence names the file;
// - every table that reads has rows in sheet order with cells whose fields count from 1 and
//   whose places name their sheet.
// Built and run by Tests/Fuzz/run.sh; not part of any SwiftPM target.
import Archive
import CSV
import Workbook

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbookReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = WorkbookLimits(
        archive: ArchiveLimits(maximumEntryBytes: 4 << 20, maximumTotalBytes: 16 << 20, maximumEntries: 1000), maximumColumns: 500,
        maximumCells: 200_000)
    let tables: WorkbookTables
    do {
        tables = try WorkbookReader.read(bytes: bytes, source: "fuzz.xlsx", limits: limits)
    } catch {
        require(error.description.hasPrefix("fuzz.xlsx"), "an error that does not name its file: \(error)")
        return 0
    }
    for sheet in tables.sheets {
        var previous = 0
        for row in sheet.table.rows {
            require(row.line > previous, "rows out of order in '\(sheet.name)': \(row.line) after \(previous)")
            previous = row.line
            for (i, cell) in row.cells.enumerated() {
                require(cell.field == i + 1 && cell.line == row.line && cell.sheet != nil, "a cell with a wrong place: \(cell)")
            }
        }
    }
    return 0
}

/// Stops with `message` when a property fails (an optimised build drops `precondition`'s message).
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
