/// A fan chart: how a figure's spread of outcomes widens year by year. The light band holds
/// 90% of the simulated futures (P5 to P95), the dark band the middle half (P25 to P75), and
/// the line is the median; reference lines (a reserve target, £0) are dashed and labelled.
package struct FanChart: Chart, Equatable {
    /// One year's percentiles.
    package struct Step: Sendable, Equatable {
        package var label: String
        package var p5: Double
        package var p25: Double
        package var p50: Double
        package var p75: Double
        package var p95: Double

        package init(label: String, p5: Double, p25: Double, p50: Double, p75: Double, p95: Double) {
            self.label = label
            self.p5 = p5
            self.p25 = p25
            self.p50 = p50
            self.p75 = p75
            self.p95 = p95
        }
    }

    /// A dashed line across the fan: one value per step (a target that grows with income) or
    /// the same value throughout (£0).
    package struct Reference: Sendable, Equatable {
        package var label: String
        package var values: [Double]
        /// A target or limit the board set (drawn in vermillion) rather than a neutral line such as £0.
        package var isTarget: Bool

        package init(label: String, values: [Double], isTarget: Bool) {
            self.label = label
            self.values = values
            self.isTarget = isTarget
        }
    }

    package var title: String
    /// The vertical axis: what is measured, such as "Trust reserves at the end of the year".
    package var valueTitle: String
    package var unit: ChartUnit
    package var steps: [Step]
    package var references: [Reference]

    package init(title: String, valueTitle: String, unit: ChartUnit, steps: [Step], references: [Reference] = []) {
        precondition(references.allSatisfy { $0.values.count == steps.count }, "a reference needs a value per step")
        self.title = title
        self.valueTitle = valueTitle
        self.unit = unit
        self.steps = steps
        self.references = references
    }

    package var textAlternative: String {
        guard let first = steps.first, let last = steps.last else { return "\(title): no data." }
        var text =
            "\(valueTitle) by school year. The median goes from \(unit.label(first.p50)) in \(first.label) to "
            + "\(unit.label(last.p50)) in \(last.label). In \(last.label), 90% of futures lie between \(unit.label(last.p5)) "
            + "and \(unit.label(last.p95)), and half between \(unit.label(last.p25)) and \(unit.label(last.p75))."
        for reference in references {
            text += " Dashed line: \(reference.label), \(unit.label(reference.values[reference.values.count - 1])) in \(last.label)."
        }
        return text
    }

    package func table(id: String) -> Table {
        var columns: [Table.Column] = [
            .init("Year", key: "year"), .init("P5", key: "p5"), .init("P25", key: "p25"), .init("Median", key: "p50"),
            .init("P75", key: "p75"), .init("P95", key: "p95"),
        ]
        // A line at one value throughout (£0) is named on the chart; a column repeating it says nothing.
        let varying = references.enumerated().filter { _, r in r.values.contains { $0 != r.values[0] } }
        columns += varying.map { .init($1.label, key: "reference\($0)") }
        var table = Table(id: id, title: title, columns: columns)
        for (index, step) in steps.enumerated() {
            table.append(
                [.text(step.label)] + [step.p5, step.p25, step.p50, step.p75, step.p95].map(unit.cell)
                    + varying.map { unit.cell($1.values[index]) })
        }
        return table
    }
}
