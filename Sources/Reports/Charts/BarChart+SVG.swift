/// Drawing a bar chart: labels on the left, bars from the zero line (negative ones hatched),
/// whiskers for intervals, and each value written at the end of its bar.
extension BarChart {
    package func svg(id: String) -> String {
        let width = 720.0
        let rowHeight = 26.0
        let labels = bars.map { TextMeasure.truncated($0.label, to: 54) }
        let labelWidth = min(350, (labels.map { TextMeasure.width($0, fontSize: 13) }.max() ?? 40) + 14)
        let values: [Double] = bars.flatMap { bar -> [Double] in [bar.value, bar.low ?? bar.value, bar.high ?? bar.value] } + [0]
        let longestValue: Double = bars.map { TextMeasure.width(unit.label($0.value), fontSize: 13) }.max() ?? 40
        var frame = PlotFrame(
            left: labelWidth, top: 34, right: width - longestValue - 14, bottom: 34 + Double(max(1, bars.count)) * rowHeight)
        let hasNegative = values.contains { $0 < 0 }
        if hasNegative { frame.left += longestValue + 6 }
        let scale = LinearScale(covering: values, from: frame.left, to: frame.right, tickCount: 5, minimumSpan: unit.minimumSpan)
        let height = frame.bottom + 48

        var canvas = SVGCanvas(width: width, height: height)
        let hatch = id + "-hatch"
        canvas.raw(
            "<defs><pattern id=\"\(Markup.escape(hatch))\" width=\"7\" height=\"7\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"7\" height=\"7\" fill=\"#f6d5c2\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"7\" stroke=\"\(Palette.vermillion)\" stroke-width=\"3.5\"/></pattern></defs>")
        frame.drawNumericAxis(scale, unit: unit, title: valueTitle, on: &canvas)
        let zero = scale.position(0)
        canvas.line(zero, frame.top - 4, zero, frame.bottom, style: "zero")
        for (index, bar) in bars.enumerated() {
            let y = frame.top + Double(index) * rowHeight
            var data: [(String, String)] = [("class", "datum"), ("data-label", bar.label), ("data-value", dataNumber(bar.value))]
            if let low = bar.low, let high = bar.high { data += [("data-low", dataNumber(low)), ("data-high", dataNumber(high))] }
            canvas.open(data)
            canvas.text(labels[index], x: 4, y: y + rowHeight / 2 + 4.5)
            let end = scale.position(bar.value)
            if bar.value < 0 {
                canvas.rect(end, y + 5, zero - end, rowHeight - 10, style: "bar-neg", extra: [("fill", "url(#\(hatch))")])
            } else {
                canvas.rect(zero, y + 5, end - zero, rowHeight - 10, style: "bar-pos")
            }
            var labelX = bar.value < 0 ? min(end, zero) - 6 : max(end, zero) + 6
            if let low = bar.low, let high = bar.high {
                let l = scale.position(low)
                let h = scale.position(high)
                let mid = y + rowHeight / 2
                canvas.line(l, mid, h, mid, style: "whisker")
                canvas.line(l, mid - 5, l, mid + 5, style: "whisker")
                canvas.line(h, mid - 5, h, mid + 5, style: "whisker")
                labelX = bar.value < 0 ? min(labelX, l - 6) : max(labelX, h + 6)
            }
            canvas.text(
                unit.label(bar.value), x: labelX, y: y + rowHeight / 2 + 4.5, anchor: bar.value < 0 ? "end" : "start", style: "value-label")
            canvas.close()
        }
        canvas.text(labelTitle, x: 4, y: frame.top - 12, style: "axis-title")
        return canvas.svg(id: id, title: title, description: textAlternative, kind: "bar")
    }
}
