/// Drawing a fan chart: the legend above, the bands from the outside in, the reference lines,
/// then the median with a dot per year that carries the year's numbers.
extension FanChart {
    package func svg(id: String) -> String {
        let width = 720.0
        let height = 235.0
        var values = steps.flatMap { [$0.p5, $0.p95] } + references.flatMap(\.values)
        if values.isEmpty { values = [0] }
        let legend = legendItems
        let legendRows = LegendItem.rows(legend, width: width - 10)
        var frame = PlotFrame(left: 0, top: Double(legendRows) * 20 + 40, right: width - 16, bottom: height - 34)
        // The value axis runs down the frame's height, which leaving room for its tick labels does not change.
        let scale = LinearScale(covering: values, from: frame.bottom, to: frame.top, whole: unit.wholeTicks, minimumSpan: unit.minimumSpan)
        frame.left = (scale.ticks.map { TextMeasure.width(unit.tickLabel($0), fontSize: 13) }.max() ?? 30) + 16
        let years = CategoryScale(labels: steps.map(\.label), from: frame.left, to: frame.right)

        var canvas = SVGCanvas(width: width, height: height)
        LegendItem.draw(legend, x: 4, y: 18, maxX: width - 6, on: &canvas)
        frame.drawValueAxis(scale, unit: unit, title: valueTitle, on: &canvas)
        frame.drawCategoryAxis(years, title: nil, on: &canvas)

        func band(_ low: KeyPath<Step, Double>, _ high: KeyPath<Step, Double>, style: String) {
            let upper = steps.indices.map { (years.position($0), scale.position(steps[$0][keyPath: high])) }
            let lower = steps.indices.reversed().map { (years.position($0), scale.position(steps[$0][keyPath: low])) }
            canvas.path(upper + lower, closed: true, style: style)
        }
        band(\.p5, \.p95, style: "band-outer")
        band(\.p25, \.p75, style: "band-inner")
        for reference in references {
            let points = reference.values.indices.map { (years.position($0), scale.position(reference.values[$0])) }
            canvas.path(points, closed: false, style: reference.isTarget ? "ref" : "ref-neutral")
            let end = points[points.count - 1]
            canvas.text(
                reference.label, x: frame.right, y: end.1 - 7, anchor: "end",
                style: reference.isTarget ? "ref-label" : "ref-neutral-label")
        }
        canvas.path(steps.indices.map { (years.position($0), scale.position(steps[$0].p50)) }, closed: false, style: "median")
        for (index, step) in steps.enumerated() {
            var data: [(String, String)] = [
                ("class", "datum"), ("data-label", step.label), ("data-p5", dataNumber(step.p5)), ("data-p25", dataNumber(step.p25)),
                ("data-p50", dataNumber(step.p50)), ("data-p75", dataNumber(step.p75)), ("data-p95", dataNumber(step.p95)),
            ]
            for (r, reference) in references.enumerated() { data.append(("data-reference\(r)", dataNumber(reference.values[index]))) }
            canvas.open(data)
            canvas.element(
                "circle",
                [
                    ("cx", Markup.number(years.position(index))), ("cy", Markup.number(scale.position(step.p50))),
                    ("r", "4"), ("class", "median-dot"),
                ])
            canvas.close()
        }
        // The last median is labelled, so the line's end value reads without the table.
        if let last = steps.last {
            canvas.text(
                unit.label(last.p50), x: years.position(steps.count - 1) - 8, y: scale.position(last.p50) - 9,
                anchor: "end", style: "value-label")
        }
        return canvas.svg(id: id, title: title, description: textAlternative, kind: "fan")
    }

    /// The bands and the median; reference lines are named where they are drawn instead.
    private var legendItems: [LegendItem] {
        [
            LegendItem(swatch: .box(style: "legend-swatch-outer"), label: "90% of futures (P5–P95)"),
            LegendItem(swatch: .box(style: "legend-swatch-inner"), label: "Middle half (P25–P75)"),
            LegendItem(swatch: .line(style: "median"), label: "Median"),
        ]
    }
}
