import MonteCarlo

/// Lines through points, one per series, each optionally with a shaded 95% interval, and
/// dashed threshold lines across or up the plot. Used for the chance each academy is in
/// deficit by year, the loss exceedance curve, and (issue 5) the top-slice sweep curve: x the
/// top-slice %, y a probability with its interval, a line at the board's target.
///
/// Series differ by colour, dash and marker shape, and are named at their right-hand end, so
/// no legend lookup and no colour vision is needed.
package struct LineChart: Chart, Equatable {
    /// The horizontal axis: named steps (school years) or numbers (a top-slice %, £ of loss).
    package enum XAxis: Sendable, Equatable {
        /// Points' `x` are indices into these labels.
        case categories([String])
        case numeric(ChartUnit)
    }

    /// One point: `x` an index into the categories or a number, `y` the value.
    package struct Point: Sendable, Equatable {
        package var x: Double
        package var y: Double
        /// A 95% interval around `y`, drawn as a band when the series shows intervals.
        package var low: Double?
        package var high: Double?
        /// The count behind a chance, so the chart's table writes it as every other table does
        /// (``ChanceText``).
        package var chance: ProportionAccumulator?

        package init(x: Double, y: Double, low: Double? = nil, high: Double? = nil, chance: ProportionAccumulator? = nil) {
            self.x = x
            self.y = y
            self.low = low
            self.high = high
            self.chance = chance
        }
    }

    /// One line, named at its right-hand end.
    package struct Series: Sendable, Equatable {
        package var name: String
        package var points: [Point]

        package init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }

        var hasIntervals: Bool { points.contains { $0.low != nil && $0.high != nil } }
    }

    /// A dashed line at a value of either axis: a target probability, a reserve, a contingency.
    package struct Threshold: Sendable, Equatable {
        /// `y`: a line across the plot at a value; `x`: a line up it.
        package enum Axis: Sendable, Equatable { case x, y }
        package var label: String
        package var value: Double
        package var axis: Axis
        /// A target or limit the board set (vermillion) rather than a marker for reference (grey).
        package var isTarget: Bool

        package init(label: String, value: Double, axis: Axis, isTarget: Bool) {
            self.label = label
            self.value = value
            self.axis = axis
            self.isTarget = isTarget
        }
    }

    package var title: String
    package var xTitle: String
    package var yTitle: String
    package var xAxis: XAxis
    package var yUnit: ChartUnit
    package var series: [Series]
    package var thresholds: [Threshold]
    /// The vertical range to show at least (0…1 for probabilities); nil to fit the data.
    package var yRange: ClosedRange<Double>?
    /// Extra sentences for the text alternative.
    package var summary: String

    package init(
        title: String, xTitle: String, yTitle: String, xAxis: XAxis, yUnit: ChartUnit, series: [Series],
        thresholds: [Threshold] = [], yRange: ClosedRange<Double>? = nil, summary: String = ""
    ) {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.xAxis = xAxis
        self.yUnit = yUnit
        self.series = series
        self.thresholds = thresholds
        self.yRange = yRange
        self.summary = summary
    }

    func xLabel(_ x: Double) -> String {
        switch xAxis {
        case .categories(let labels):
            let index = Int(x.rounded())
            return labels.indices.contains(index) ? labels[index] : ""
        case .numeric(let unit): return unit.label(x)
        }
    }

    func xCell(_ x: Double) -> Cell {
        switch xAxis {
        case .categories: return .text(xLabel(x))
        case .numeric(let unit): return unit.cell(x)
        }
    }

    package var textAlternative: String {
        var parts = ["\(yTitle) against \(xTitle.lowercased())."]
        for s in series {
            guard let first = s.points.first, let last = s.points.last else { continue }
            parts.append("\(s.name): \(yUnit.label(first.y)) at \(xLabel(first.x)), \(yUnit.label(last.y)) at \(xLabel(last.x)).")
        }
        for t in thresholds {
            let unitLabel = t.axis == .y ? yUnit.label(t.value) : xLabel(t.value)
            parts.append("Dashed line: \(t.label) (\(unitLabel)).")
        }
        if !summary.isEmpty { parts.append(summary) }
        return parts.joined(separator: " ")
    }

    package func svg(id: String) -> String {
        LineChartDrawing(chart: self).svg(id: id)
    }
}
