// libFuzzer harness: the CSV reader, on any bytes a user's spreadsheet might save.
//
// Properties checked on every input, beyond "does not crash, hang or exhaust memory":
// - a table that reads is made of rows whose cells carry 1-based lines, columns and fields,
//   in order;
// - written back by `CSVWriter` with the same delimiter, it reads back to the same cell texts
//   (the writer's promise: "CSVReader reads back unchanged").
// Built and run by Tests/Fuzz/run.sh; not part of any SwiftPM target.
import CSV

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte, when there is one, chooses the delimiter, so each is fuzzed as the
    // chosen one as well as the detected one.
    let choice: CSVDelimiter? = bytes.first.map { [nil, .comma, .semicolon, .tab][Int($0 % 4)] } ?? nil
    let reader = CSVReader(
        delimiter: choice, limits: CSVReader.Limits(maximumBytes: 1 << 20, maximumFieldsPerRow: 500, maximumCellBytes: 4096))
    let table: CSVTable
    do {
        table = try reader.read(bytes: Array(bytes.dropFirst()), source: "fuzz.csv")
    } catch let error as CSVError {
        // Every refusal is a sentence naming the file.
        require(error.description.hasPrefix("fuzz.csv"), "an error that does not name its file: \(error)")
        return 0
    } catch {
        fatalError("the CSV reader threw something other than a CSVError: \(error)")
    }
    var previousLine = 0
    for row in table.rows {
        require(row.line > previousLine, "rows out of order: line \(row.line) after \(previousLine)")
        previousLine = row.line
        for (i, cell) in row.cells.enumerated() {
            require(cell.field == i + 1 && cell.line >= row.line && cell.column >= 1, "a cell with a wrong place: \(cell)")
        }
    }
    let written = CSVWriter(delimiter: table.delimiter).write(table.rows.map { $0.cells.map { .text($0.text) } })
    do {
        let back = try CSVReader(delimiter: table.delimiter, limits: reader.limits).read(text: written, source: "written.csv")
        let texts = table.rows.map { $0.cells.map(\.text) }
        require(
            back.rows.map { $0.cells.map(\.text) } == texts,
            "written and read back differently:\n\(texts)\n\(back.rows.map { $0.cells.map(\.text) })")
    } catch {
        fatalError("a table the reader accepted was written as CSV it refuses: \(error)")
    }
    return 0
}

/// Stops with `message` when a property fails. (`precondition` would stop too, but an optimised
/// build drops its message, and the message is what says which property broke.)
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
