/// Reads CSV as RFC 4180 describes it and as spreadsheets actually save it.
///
/// - Quoted cells may hold delimiters, doubled quotes and line breaks.
/// - Lines may end in CRLF, LF or a lone CR; blank lines at the end are dropped.
/// - UTF-8 with or without a byte-order mark; UTF-16 with one (Excel's "Unicode Text").
/// - The delimiter is `,`, `;` or tab, detected from the header line or chosen.
/// - A leading `'` that ``CSVWriter`` added to guard a formula-like cell is removed again,
///   so a written table reads back to the same text.
///
/// Limits keep a wrong file from exhausting memory: see ``Limits``.
package struct CSVReader: Sendable {
    /// How big a file, a row and a cell may be before the reader refuses it.
    package struct Limits: Sendable {
        package var maximumBytes: Int
        package var maximumFieldsPerRow: Int
        package var maximumCellBytes: Int

        package init(maximumBytes: Int = 32 << 20, maximumFieldsPerRow: Int = 2_000, maximumCellBytes: Int = 128 << 10) {
            self.maximumBytes = maximumBytes
            self.maximumFieldsPerRow = maximumFieldsPerRow
            self.maximumCellBytes = maximumCellBytes
        }
    }

    /// The delimiter to use, or nil to detect it from the first non-blank line.
    package var delimiter: CSVDelimiter?
    package var limits: Limits

    package init(delimiter: CSVDelimiter? = nil, limits: Limits = Limits()) {
        self.delimiter = delimiter
        self.limits = limits
    }

    /// Reads `bytes`, naming `source` (usually the file path) in any error.
    package func read(bytes: [UInt8], source: String) throws -> CSVTable {
        guard bytes.count <= limits.maximumBytes else {
            throw CSVError.tooLarge(source: source, bytes: bytes.count, limit: limits.maximumBytes)
        }
        let text = try TextEncoding.utf8Bytes(bytes, source: source)
        let chosen = delimiter ?? Self.detectDelimiter(text)
        var parser = Parser(bytes: text, delimiter: chosen.byte, source: source, limits: limits)
        return CSVTable(rows: try parser.rows(), delimiter: chosen)
    }

    /// Reads a string (already text), for tests and generated data.
    package func read(text: String, source: String) throws -> CSVTable {
        try read(bytes: Array(text.utf8), source: source)
    }

    /// The delimiter the first non-blank line uses most outside quotes (comma on a tie).
    static func detectDelimiter(_ bytes: [UInt8]) -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var inQuotes = false
        var sawContent = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes, b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if sawContent { break } else { continue }
            }
            if b != UInt8(ascii: " ") { sawContent = true }
            if !inQuotes, let d = CSVDelimiter.allCases.first(where: { $0.byte == b }) { counts[d, default: 0] += 1 }
        }
        let best = CSVDelimiter.allCases.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? .comma
        return (counts[best] ?? 0) > (counts[.comma] ?? 0) ? best : .comma
    }

    /// Removes the `'` that guards a formula-like cell (see ``CSVWriter``).
    static func removingFormulaGuard(_ text: String) -> String {
        // Scalars, as the writer judges them: a combining mark after the `'` must not hide it.
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, CSVWriter.needsFormulaGuard(second) else {
            return text
        }
        return String(scalars.dropFirst())
    }
}

/// The byte-level state machine behind ``CSVReader``.
private struct Parser {
    let bytes: [UInt8]
    let delimiter: UInt8
    let source: String
    let limits: CSVReader.Limits
    var index = 0
    var position = TextPosition()
    var line: Int { position.line }
    var column: Int { position.column }

    init(bytes: [UInt8], delimiter: UInt8, source: String, limits: CSVReader.Limits) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.source = source
        self.limits = limits
    }

    mutating func rows() throws -> [CSVTable.Row] {
        var rows: [CSVTable.Row] = []
        while index < bytes.count {
            let rowLine = line
            var cells: [CSVCell] = []
            while true {
                let cell = try readCell(field: cells.count + 1)
                cells.append(cell)
                if cells.count > limits.maximumFieldsPerRow {
                    throw CSVError.tooManyFields(source: source, line: rowLine, limit: limits.maximumFieldsPerRow)
                }
                if index < bytes.count, bytes[index] == delimiter {
                    advance()
                    continue
                }
                consumeLineEnd()
                break
            }
            rows.append(CSVTable.Row(cells: cells, line: rowLine))
        }
        // Trailing blank lines are not rows; a spreadsheet or an editor adds them freely.
        while let last = rows.last, last.cells.count == 1, last.cells[0].text.isEmpty { rows.removeLast() }
        return rows
    }

    private mutating func readCell(field: Int) throws -> CSVCell {
        let startLine = line
        let startColumn = column
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            advance()
            var content: [UInt8] = []
            while true {
                guard index < bytes.count else {
                    throw CSVError.unclosedQuote(source: source, line: startLine, column: startColumn)
                }
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        content.append(b)
                        advance()
                        advance()
                        continue
                    }
                    advance()
                    break
                }
                content.append(b)
                if content.count > limits.maximumCellBytes {
                    throw CSVError.cellTooLong(
                        source: source, line: startLine, column: startColumn, limit: limits.maximumCellBytes)
                }
                advance()
            }
            // Spaces after the closing quote are harmless padding; anything else is a mistake.
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { advance() }
            if index < bytes.count, bytes[index] != delimiter, !isLineEnd(bytes[index]) {
                var end = index + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                throw CSVError.textAfterClosingQuote(
                    source: source, line: line, column: column, found: String(decoding: bytes[index..<end], as: UTF8.self))
            }
            let text = CSVReader.removingFormulaGuard(String(decoding: content, as: UTF8.self))
            return CSVCell(text: text, line: startLine, column: startColumn, field: field)
        }
        let begin = index
        while index < bytes.count, bytes[index] != delimiter, !isLineEnd(bytes[index]) {
            advance()
            if index - begin > limits.maximumCellBytes {
                throw CSVError.cellTooLong(source: source, line: startLine, column: startColumn, limit: limits.maximumCellBytes)
            }
        }
        let text = CSVReader.removingFormulaGuard(String(decoding: bytes[begin..<index], as: UTF8.self))
        return CSVCell(text: text, line: startLine, column: startColumn, field: field)
    }

    private func isLineEnd(_ b: UInt8) -> Bool { b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") }

    private mutating func consumeLineEnd() {
        guard index < bytes.count else { return }
        if bytes[index] == UInt8(ascii: "\r") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        } else if bytes[index] == UInt8(ascii: "\n") {
            index += 1
        }
        position.startLine()
    }

    private mutating func advance() {
        let b = bytes[index]
        index += 1
        // A lone CR ends a line as LF and CRLF do, so cells after a quoted cell holding old-Mac
        // line breaks keep their true line numbers.
        position.step(over: b, next: index < bytes.count ? bytes[index] : nil)
    }
}
