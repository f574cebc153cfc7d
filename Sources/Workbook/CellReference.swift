/// A cell's row and column in a sheet, both from 1, read from an A1-style reference (`C7`,
/// `$C$7`).
struct CellReference: Sendable, Hashable {
    var row: Int
    var column: Int

    /// `C7` → row 7, column 3; nil for anything else, or for a row or column beyond what any
    /// spreadsheet has (1,048,576 rows, 16,384 columns).
    init?(_ text: some StringProtocol) {
        var column = 0
        var row = 0
        var sawDigit = false
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit: column = column * 26 + Int(byte) - 64
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit: column = column * 26 + Int(byte) - 96
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte) - 48
            default: return nil
            }
            if column > Self.maximumColumn || row > Self.maximumRow { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.row = row
        self.column = column
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384
}

/// A rectangle of cells (`A1:C3`), as a merged range is written.
struct CellRange: Sendable, Hashable {
    var first: CellReference
    var last: CellReference

    /// `A1:C3` (or a single cell `B2`); nil when it is neither.
    init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":")
        guard parts.count == 1 || parts.count == 2, let a = CellReference(parts[0]), let b = CellReference(parts[parts.count - 1]) else {
            return nil
        }
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    init(first: CellReference, last: CellReference) {
        self.first = first
        self.last = last
    }
}
