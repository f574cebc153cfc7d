/// A table as the pack prints it: a ``Table`` (the same value the command line prints) and,
/// for comparisons, headings that group its columns.
package struct PackTable: Sendable, Equatable {
    /// A heading over several adjacent columns: a variant's name over its P50 and its
    /// difference from the base.
    package struct ColumnGroup: Sendable, Equatable {
        package var title: String
        package var span: Int

        package init(title: String, span: Int) {
            self.title = title
            self.span = span
        }
    }

    /// How the table is set.
    package enum Style: Sendable, Equatable {
        case standard
        /// Options side by side: the first column names the measure and stays bold, groups are
        /// ruled off from each other, and the first group (the base) is shaded.
        case sideBySide
    }

    package var table: Table
    /// Empty for a plain table; otherwise spans adding up to the number of columns.
    package var groups: [ColumnGroup]
    package var style: Style
    /// The figure whose numbers these are, when they are a chart's: printed compactly and marked
    /// with the figure's id, so a reader (or a test) can pair the two.
    package var figure: String?

    package init(_ table: Table, figure: String? = nil) {
        self.table = table
        self.groups = []
        self.style = .standard
        self.figure = figure
    }

    /// ISSUE 5 HOOK: the variants side by side. `groups` cover the columns after the first (the
    /// measure), one group per option; for example "Base" over [P50], then "grow-to-5" over
    /// [P50, difference, 95% interval].
    package static func sideBySide(_ table: Table, groups: [ColumnGroup]) -> PackTable {
        precondition(groups.map(\.span).reduce(0, +) == table.columns.count - 1, "groups must cover every column after the first")
        var packTable = PackTable(table)
        packTable.groups = groups
        packTable.style = .sideBySide
        return packTable
    }
}
