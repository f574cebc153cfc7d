/// A place in a text file, as an editor shows it: 1-based line and column.
///
/// Columns count characters (Unicode scalars), not bytes, so a `£` earlier on the line
/// does not shift the column a person sees in their editor.
package struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    package var description: String { "\(line):\(column)" }
}
