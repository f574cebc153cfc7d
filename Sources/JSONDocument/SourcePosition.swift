/// A place in a text file, as an editor shows it: 1-based line and column.
///
/// Columns count characters (Unicode scalars), not bytes, so a `£` earlier on the line
/// does not shift the column a person sees in their editor.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
