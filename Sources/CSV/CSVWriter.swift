/// One value to write to a CSV cell: text, or a number that a spreadsheet should treat
/// as a number.
package enum CSVField: Sendable, Equatable {
    case text(String)
    case number(Double)
    case empty

    /// A whole number.
    package static func integer(_ value: Int) -> CSVField { .number(Double(value)) }

    /// A number, or an empty cell when there is none.
    package static func number(_ value: Double?) -> CSVField {
        guard let value, value.isFinite else { return .empty }
        return .number(value)
    }

    /// Text, or an empty cell when there is none.
    package static func text(_ value: String?) -> CSVField {
        guard let value else { return .empty }
        return .text(value)
    }
}

/// Writes CSV that spreadsheets open safely and ``CSVReader`` reads back unchanged.
///
/// Cells are quoted when they hold the delimiter, a quote, a line break, or leading or
/// trailing spaces. A *text* cell that begins with `=`, `+`, `-`, `@`, tab or CR would be run
/// as a formula by a spreadsheet (CSV injection), so it is written with a leading `'`, which
/// spreadsheets show as text and ``CSVReader`` removes. Numbers are written as numbers.
package struct CSVWriter: Sendable {
    package var delimiter: CSVDelimiter
    /// RFC 4180 asks for CRLF; spreadsheets on every platform accept it.
    package var lineEnding: String

    package init(delimiter: CSVDelimiter = .comma, lineEnding: String = "\r\n") {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
    }

    /// The whole file for `rows`.
    package func write(_ rows: [[CSVField]]) -> String {
        var out = ""
        for row in rows { out += line(row) }
        return out
    }

    /// One line, ending with ``lineEnding``.
    package func line(_ fields: [CSVField]) -> String {
        fields.map(cell).joined(separator: delimiter.rawValue) + lineEnding
    }

    /// The text of one cell as it appears in the file.
    package func cell(_ field: CSVField) -> String {
        switch field {
        case .empty:
            return ""
        case .number(let value):
            return Self.format(number: value)
        case .text(let text):
            var text = text
            if let first = text.unicodeScalars.first, Self.needsFormulaGuard(first) {
                text = "'" + text
            }
            // Scalars, not Characters: "\r\n" inside a cell is one Character, equal to neither "\r" nor "\n".
            let delimiterScalar = Unicode.Scalar(delimiter.byte)
            // Quoted too: a cell starting with U+FEFF or with a file signature ("%PDF", "PK\u{3}\u{4}"),
            // which at the start of a file a reader would take for a byte-order mark (and drop)
            // or for a PDF or a workbook (and refuse).
            let scalars = text.unicodeScalars
            let mustQuote =
                scalars.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == delimiterScalar })
                || scalars.first == " " || scalars.last == " " || scalars.first == "\u{FEFF}"
                || TextEncoding.signatureKind(Array(text.utf8.prefix(4))) != nil
            guard mustQuote else { return text }
            return "\"" + text.doublingQuotes() + "\""
        }
    }

    /// Characters that make a spreadsheet read a cell as a formula (or a guarded one), judged by
    /// the cell's first scalar: a cell starting "\r\n" starts with a CR.
    static func needsFormulaGuard(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "=" || scalar == "+" || scalar == "-" || scalar == "@" || scalar == "\t" || scalar == "\r" || scalar == "'"
    }

    /// Numbers as spreadsheets read them: integers plainly, others in shortest exact form.
    static func format(number value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

extension String {
    /// The text with every `"` written twice. Scalars, not Characters: a quote followed by a
    /// combining mark is one Character, equal to no plain quote, but the reader sees its quote.
    fileprivate func doublingQuotes() -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            out.append(scalar)
            if scalar == "\"" { out.append(scalar) }
        }
        return String(out)
    }
}
