/// Draws a ``LineChart``: axes, interval bands under their lines, thresholds, markers that
/// carry each point's numbers, and each series' name at its right-hand end, nudged apart so
/// no two names overlap.
struct LineChartDrawing {
    let chart: LineChart
    let width = 720.0
    let height = 290.0

    func svg(id: String) -> String {
        let (frame, yScale) = plotFrame()
        var canvas = SVGCanvas(width: width, height: height)
        frame.drawValueAxis(yScale, unit: chart.yUnit, title: chart.yTitle, on: &canvas)
        let xPosition = drawXAxis(frame: frame, on: &canvas)
        drawIntervalBands(xPosition: xPosition, yScale: yScale, on: &canvas)
        drawThresholds(frame: frame, xPosition: xPosition, yScale: yScale, on: &canvas)
        let ends = drawSeries(xPosition: xPosition, yScale: yScale, on: &canvas)
        if chart.series.count > 1 {
            for end in Self.spread(ends, gap: 15, top: frame.top, bottom: frame.bottom) {
                canvas.text(TextMeasure.truncated(end.name, to: 24), x: frame.right + 8, y: end.y + 4.5, style: end.style + "-label")
            }
        }
        return canvas.svg(id: id, title: chart.title, description: chart.textAlternative, kind: "line")
    }

    /// The plot's frame and value scale: room on the left for the tick labels, and on the right
    /// for the series' names (when there are several) or half the last tick label of a numeric axis.
    private func plotFrame() -> (PlotFrame, LinearScale) {
        var yValues = chart.series.flatMap(\.points).flatMap { [$0.y, $0.low ?? $0.y, $0.high ?? $0.y] }
        yValues += chart.thresholds.filter { $0.axis == .y }.map(\.value)
        if let range = chart.yRange { yValues += [range.lowerBound, range.upperBound] }
        let labelled = chart.series.count > 1
        let nameWidth = labelled ? min(170, (chart.series.map { TextMeasure.width($0.name, fontSize: 13) }.max() ?? 0) + 14) : 0
        let isNumeric = if case .numeric = chart.xAxis { true } else { false }
        var frame = PlotFrame(left: 60, top: 44, right: width - max(isNumeric ? 26 : 16, 16 + nameWidth), bottom: height - 52)
        var yScale = LinearScale(
            covering: yValues, from: frame.bottom, to: frame.top, whole: chart.yUnit.wholeTicks, minimumSpan: chart.yUnit.minimumSpan)
        if let range = chart.yRange, yScale.domain.lowerBound < range.lowerBound || yScale.domain.upperBound > range.upperBound,
            yValues.allSatisfy({ range.contains($0) })
        {
            // A probability axis stops at 0% and 100% even when nice ticks would overshoot.
            yScale.domain = range
        }
        frame.left = (yScale.ticks.map { TextMeasure.width(chart.yUnit.tickLabel($0), fontSize: 13) }.max() ?? 30) + 16
        return (frame, yScale)
    }

    /// Draws the x axis, of categories or of numbers, and returns where an x value falls.
    private func drawXAxis(frame: PlotFrame, on canvas: inout SVGCanvas) -> (Double) -> Double {
        switch chart.xAxis {
        case .categories(let labels):
            let scale = CategoryScale(labels: labels, from: frame.left, to: frame.right)
            frame.drawCategoryAxis(scale, title: chart.xTitle, on: &canvas)
            return { scale.position(Int($0.rounded())) }
        case .numeric(let unit):
            let xs = chart.series.flatMap(\.points).map(\.x) + chart.thresholds.filter { $0.axis == .x }.map(\.value)
            let scale = LinearScale(
                covering: xs, from: frame.left, to: frame.right, tickCount: 6, whole: unit.wholeTicks, minimumSpan: unit.minimumSpan)
            frame.drawNumericAxis(scale, unit: unit, title: chart.xTitle, on: &canvas)
            return { scale.position($0) }
        }
    }

    /// Each series' interval (from its points' low to high) as a band under its line.
    private func drawIntervalBands(xPosition: (Double) -> Double, yScale: LinearScale, on canvas: inout SVGCanvas) {
        for (index, series) in chart.series.enumerated() where series.hasIntervals {
            let intervals = series.points.compactMap { point in
                point.low.flatMap { low in point.high.map { (x: xPosition(point.x), low: low, high: $0) } }
            }
            let upper = intervals.map { ($0.x, yScale.position($0.high)) }
            let lower = intervals.reversed().map { ($0.x, yScale.position($0.low)) }
            canvas.path(upper + lower, closed: true, style: Palette.seriesClass(index) + "-band")
        }
    }

    /// Each series' line and its points' markers, which carry the numbers; returns where each
    /// line ends, for its name.
    private func drawSeries(
        xPosition: (Double) -> Double, yScale: LinearScale, on canvas: inout SVGCanvas
    ) -> [(name: String, y: Double, style: String)] {
        var ends: [(name: String, y: Double, style: String)] = []
        let dodges = LineChart.dodges(chart.series.map { $0.points.map { (xPosition($0.x), yScale.position($0.y)) } })
        for (index, series) in chart.series.enumerated() {
            let style = Palette.seriesClass(index)
            let path = series.points.map { (xPosition($0.x) + dodges[index], yScale.position($0.y)) }
            var extra: [(String, String)] = []
            if let dash = Palette.dash(forSeries: index) { extra.append(("stroke-dasharray", dash)) }
            canvas.path(path, closed: false, style: style, extra: extra)
            let small = series.points.count > 20
            for point in series.points {
                var data: [(String, String)] = [
                    ("class", "datum"), ("data-series", series.name), ("data-x", dataNumber(point.x)),
                    ("data-y", dataNumber(point.y)),
                ]
                if let low = point.low, let high = point.high { data += [("data-low", dataNumber(low)), ("data-high", dataNumber(high))] }
                canvas.open(data)
                // A dense curve (a 60-point loss exceedance curve) reads as a line: its points keep
                // their numbers but draw no marker.
                Marker.draw(
                    shape: index, x: xPosition(point.x) + dodges[index], y: yScale.position(point.y), size: small ? 0 : 4.5,
                    style: style + "-mark", on: &canvas)
                canvas.close()
            }
            if let last = path.last { ends.append((series.name, last.1, style)) }
        }
        return ends
    }

    /// Threshold lines: across the plot for a y value, up it for an x value, each labelled; the
    /// labels of vertical lines sit inside the plot, one under another, on a white halo, so they
    /// never overlap each other or the axis title.
    private func drawThresholds(frame: PlotFrame, xPosition: (Double) -> Double, yScale: LinearScale, on canvas: inout SVGCanvas) {
        var stack = 0
        for threshold in chart.thresholds {
            let style = threshold.isTarget ? "ref" : "ref-neutral"
            let data: [(String, String)] = [
                ("class", "threshold"), ("data-label", threshold.label), ("data-value", dataNumber(threshold.value)),
            ]
            canvas.open(data)
            switch threshold.axis {
            case .y:
                let y = yScale.position(threshold.value)
                canvas.line(frame.left, y, frame.right, y, style: style)
                canvas.text(threshold.label, x: frame.right - 4, y: y - 6, anchor: "end", style: style + "-label")
            case .x:
                let x = xPosition(threshold.value)
                let labelY = frame.top + 16 + Double(stack) * 18
                canvas.line(x, frame.top, x, frame.bottom, style: style)
                let text = "\(threshold.label)"
                let fitsRight = x + 6 + TextMeasure.width(text, fontSize: 13) < width - 4
                canvas.text(
                    text, x: fitsRight ? x + 5 : x - 5, y: labelY, anchor: fitsRight ? "start" : "end", style: style + "-label halo")
                stack += 1
            }
            canvas.close()
        }
    }

    /// End labels moved apart to at least `gap` between baselines, keeping their order, and
    /// kept between `top` and `bottom`.
    static func spread(_ ends: [(name: String, y: Double, style: String)], gap: Double, top: Double, bottom: Double)
        -> [(name: String, y: Double, style: String)]
    {
        var sorted = ends.enumerated().sorted { ($0.element.y, $0.offset) < ($1.element.y, $1.offset) }.map(\.element)
        for i in sorted.indices.dropFirst() where sorted[i].y - sorted[i - 1].y < gap { sorted[i].y = sorted[i - 1].y + gap }
        if let last = sorted.last, last.y > bottom {
            let shift = last.y - bottom
            for i in sorted.indices { sorted[i].y -= shift }
            for i in sorted.indices.dropFirst() where sorted[i].y - sorted[i - 1].y < gap { sorted[i].y = sorted[i - 1].y + gap }
        }
        for i in sorted.indices where sorted[i].y < top { sorted[i].y = top }
        return sorted
    }
}
