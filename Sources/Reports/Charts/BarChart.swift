/// Horizontal bars from a zero line, one per labelled item, each with its value written at its
/// end and optionally a 95% interval as a whisker. Negative values run left of zero, hatched
/// as well as coloured, so a loss reads as one without colour.
///
/// Used for risks by expected loss a year; in issue 5 for the net value of each mitigation
/// (negative when it costs more than it saves) and for a tornado of what moves an outcome most.
package struct BarChart: Chart, Equatable {
    /// One bar: its label, its value and optionally a 95% interval (`low`, `high`).
    package struct Bar: Sendable, Equatable {
        package var label: String
        package var value: Double
        package var low: Double?
        package var high: Double?

        package init(label: String, value: Double, low: Double? = nil, high: Double? = nil) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
        }
    }

    package var title: String
    /// What the bars are (the table's first column): "Risk", "Mitigation".
    package var labelTitle: String
    /// What the values are: "Expected loss a year".
    package var valueTitle: String
    package var unit: ChartUnit
    package var bars: [Bar]
    /// Extra sentences for the text alternative.
    package var summary: String

    package init(title: String, labelTitle: String, valueTitle: String, unit: ChartUnit, bars: [Bar], summary: String = "") {
        self.title = title
        self.labelTitle = labelTitle
        self.valueTitle = valueTitle
        self.unit = unit
        self.bars = bars
        self.summary = summary
    }

    var hasIntervals: Bool { bars.contains { $0.low != nil && $0.high != nil } }

    package var textAlternative: String {
        var text = "Bar chart of \(valueTitle.lowercased()) for \(bars.count) item\(bars.count == 1 ? "" : "s"): "
        text += bars.map { "\($0.label) \(unit.label($0.value))" }.joined(separator: "; ") + "."
        if hasIntervals { text += " Whiskers show 95% intervals." }
        return summary.isEmpty ? text : text + " " + summary
    }

    package func table(id: String) -> Table {
        var columns: [Table.Column] = [.init(labelTitle, key: "label"), .init(valueTitle, key: "value")]
        if hasIntervals { columns += [.init("95% low", key: "low"), .init("95% high", key: "high")] }
        var table = Table(id: id, title: title, columns: columns)
        for bar in bars {
            var cells: [Cell] = [.text(bar.label), unit.cell(bar.value)]
            if hasIntervals { cells += [bar.low.map(unit.cell) ?? .empty, bar.high.map(unit.cell) ?? .empty] }
            table.append(cells)
        }
        return table
    }
}
