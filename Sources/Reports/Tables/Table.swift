/// A titled table of results: the unit every command prints, whatever the format.
///
/// `id` names the table in machine output (the CSV file name under `--out`, the JSON key);
/// `title` is what a person reads above it.
public struct Table: Sendable, Equatable {
    /// A column: its heading for people and its key for JSON.
    public struct Column: Sendable, Equatable {
        public var heading: String
        public var key: String

        public init(_ heading: String, key: String) {
            self.heading = heading
            self.key = key
        }
    }

    public var id: String
    public var title: String
    public var columns: [Column]
    public var rows: [[Cell]]
    /// Sentences printed under the table in text (and carried in JSON).
    public var notes: [String]

    public init(id: String, title: String, columns: [Column], rows: [[Cell]] = [], notes: [String] = []) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row of \(row.count) cells in table '\(id)' of \(columns.count) columns")
        rows.append(row)
    }
}
