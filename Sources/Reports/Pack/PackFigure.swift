/// A chart in the pack with its caption, its text alternative and the table of its numbers,
/// all made from one ``Chart`` value when the figure is made, so they cannot drift apart.
package struct PackFigure: Sendable, Equatable {
    /// Where the table of the chart's numbers is printed.
    package enum TablePlacement: Sendable, Equatable {
        /// Right under the chart.
        case beside
        /// In "The numbers behind the charts" at the end, linked from the caption: for long
        /// tables (a 60-point curve) that would bury the section's argument.
        case appendix
        /// Not printed: the chart shows every number as text already (a heat map's counts).
        case none
    }

    /// Unique in the pack; the SVG's id and the anchor of its table.
    package var id: String
    package var title: String
    /// A sentence under the title saying what to read from the chart.
    package var caption: String
    package var svg: String
    package var table: Table
    package var tablePlacement: TablePlacement
    /// For small multiples: drawn at a third of the page's width.
    package var isSmall: Bool

    /// The figure of `chart`: its SVG and its table made now, from the same value.
    package init(id: String, chart: some Chart, caption: String, table placement: TablePlacement = .beside, isSmall: Bool = false) {
        var table = chart.table(id: id + "-data")
        table.title = chart.title + ": the numbers"
        self.init(id: id, chart: chart, caption: caption, numbers: table, placement: placement, isSmall: isSmall)
    }

    /// The figure of `chart` with a table of its numbers laid out by the caller (one that also
    /// carries other columns, such as ``SimulationTables/topRisks(_:)``); the caller draws the
    /// chart from that table's values, so they agree.
    package init(id: String, chart: some Chart, caption: String, table: Table) {
        self.init(id: id, chart: chart, caption: caption, numbers: table, placement: .beside, isSmall: false)
    }

    private init(id: String, chart: some Chart, caption: String, numbers table: Table, placement: TablePlacement, isSmall: Bool) {
        self.id = id
        self.title = chart.title
        self.caption = caption
        self.svg = chart.svg(id: id)
        self.table = table
        self.tablePlacement = placement
        self.isSmall = isSmall
    }
}
