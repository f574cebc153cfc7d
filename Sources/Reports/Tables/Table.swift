/// A titled table of results: the unit every command prints, whatever the format.
///
/// `id` names the table in machine output (the CSV file name under `--out`, the JSON key);
/// `title` is what a person reads above it.
package struct Table: Sendable, Equatable {
    /// A column: its heading for people and its key for JSON.
    package struct Column: Sendable, Equatable {
        package var heading: String
        package var key: String

        package init(_ heading: String, key: String) {
            self.heading = heading
            self.key = key
        }
    }

    package var id: String
    package var title: String
    package var columns: [Column]
    package var rows: [[Cell]]
    /// Sentences printed under the table in text (and carried in JSON).
    package var notes: [String]
    /// Whether text marks each estimate too imprecise to read as a fact (``Imprecision``), with
    /// a note under the table saying what the mark means.
    package var marksImprecision = false

    package init(id: String, title: String, columns: [Column], rows: [[Cell]] = [], notes: [String] = []) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    package mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row of \(row.count) cells in table '\(id)' of \(columns.count) columns")
        rows.append(row)
    }

    /// Which columns hold a Monte Carlo estimate in some row: spreadsheet forms give each of
    /// these a second column for the standard error.
    var estimateColumns: [Bool] {
        columns.indices.map { i in rows.contains { if case .estimate = $0[i].estimateForm { true } else { false } } }
    }
}
