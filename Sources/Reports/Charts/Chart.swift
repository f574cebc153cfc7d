/// A chart the board pack can show: drawn as inline SVG and, from the very same values, as a
/// table. A chart and its table therefore never disagree: neither is computed from the other's
/// output, both read one value.
///
/// Every mark carries its numbers in `data-` attributes (raw, unrounded to the table's
/// precision), so a test, or a reader's tool, can check the picture against the table.
package protocol Chart: Sendable {
    /// The chart's title, as the figure caption and the SVG `<title>` give it.
    var title: String { get }
    /// What the chart shows in sentences, with its key numbers: the SVG `<desc>`, read by
    /// screen readers and shown when the picture cannot be.
    var textAlternative: String { get }
    /// The chart as an `<svg>` element; `id` must be unique in the page.
    func svg(id: String) -> String
    /// The numbers behind the chart.
    func table(id: String) -> Table
}

/// Raw numbers in `data-` attributes: four decimals, enough to check a table rounded to
/// pounds or to a hundredth of a percent.
func dataNumber(_ value: Double) -> String { Markup.number(value, decimals: 4) }
