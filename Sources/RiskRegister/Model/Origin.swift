/// Where a record was read: a file and the line (and, for one value, the column) to look at.
package struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var column: Int?

    package init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }

    /// `file:line` or `file:line:column`.
    package var description: String {
        column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
    }
}

/// Where a risk or mitigation was read, with the place of each of its values, so a finding
/// about one value can point at its cell.
///
/// An origin is bookkeeping, not content: two records that say the same thing are equal
/// wherever they were read (a register exported and re-imported is the same register), so
/// every origin compares equal to every other.
package struct Origin: Sendable, Hashable {
    /// The record as a whole: its row, or its object in a JSON file.
    package var location: SourceLocation?
    /// The cell of each value, keyed by field name (`"residualLikelihood"`).
    package var cells: [String: SourceLocation]
    /// True when the register had no ID column and matrisk made the id from the row's place,
    /// so the id may change as rows move (``RegisterDiff`` matches such risks by title).
    package var idIsGenerated: Bool

    package init(location: SourceLocation? = nil, cells: [String: SourceLocation] = [:], idIsGenerated: Bool = false) {
        self.location = location
        self.cells = cells
        self.idIsGenerated = idIsGenerated
    }

    /// The place of one field's value, or of the record when that value has no cell of its own.
    package func location(of field: String) -> SourceLocation? {
        cells[field] ?? location
    }

    package static func == (lhs: Origin, rhs: Origin) -> Bool { true }
    package func hash(into hasher: inout Hasher) {}
}
