/// Why a file could not be read as CSV, with the place to look and what to do.
package enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A quoted cell whose closing quote never comes.
    case unclosedQuote(source: String, line: Int, column: Int)
    /// Characters between a closing quote and the next delimiter.
    case textAfterClosingQuote(source: String, line: Int, column: Int, found: String)
    /// Bytes that are not UTF-8 text, such as a file saved as Latin-1 / Windows-1252.
    case notUTF8(source: String, line: Int, column: Int, byte: UInt8)
    /// A file that is not text at all: a workbook, an image, a program.
    case binary(source: String, kind: String)
    /// A file larger than a register could reasonably be.
    case tooLarge(source: String, bytes: Int, limit: Int)
    /// A row with more cells than any register has columns.
    case tooManyFields(source: String, line: Int, limit: Int)
    /// A single cell longer than any real cell.
    case cellTooLong(source: String, line: Int, column: Int, limit: Int)

    package var description: String {
        switch self {
        case .unclosedQuote(let source, let line, let column):
            return
                "\(source):\(line):\(column): error: this quoted cell is never closed; add the closing \" (a quote inside a cell is written twice: \"\")."
        case .textAfterClosingQuote(let source, let line, let column, let found):
            return
                "\(source):\(line):\(column): error: expected a delimiter or the end of the line after the closing quote, found '\(found)'; a quote inside a cell is written twice (\"\")."
        case .notUTF8(let source, let line, let column, let byte):
            let hint = byte == 0xA3 ? " (0xA3 is '£' in Windows-1252)" : ""
            return
                "\(source):\(line):\(column): error: the file is not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true))\(hint); save it from your spreadsheet as \"CSV UTF-8 (comma delimited)\"."
        case .binary(let source, let kind):
            return
                "\(source): error: this is \(kind), not a CSV file; open it in a spreadsheet and save it as \"CSV UTF-8 (comma delimited)\"."
        case .tooLarge(let source, let bytes, let limit):
            return
                "\(source): error: the file is \(megabytes(bytes)), larger than the \(megabytes(limit)) a register file may be; is it the right file?"
        case .tooManyFields(let source, let line, let limit):
            return
                "\(source):\(line): error: this row has more than \(limit) cells; a register has a few dozen columns at most. Is the delimiter right?"
        case .cellTooLong(let source, let line, let column, let limit):
            return "\(source):\(line):\(column): error: this cell is longer than \(limit / 1024) KB; is a quote left open above it?"
        }
    }
}

private func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes * 10 + 524_288) / 1_048_576
    return "\(tenths / 10).\(tenths % 10) MB"
}
