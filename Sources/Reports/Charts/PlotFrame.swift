/// The rectangle a chart plots in, inside its margins, and the axes around it: gridlines and
/// labelled ticks up the left, the categories or ticks along the bottom, and the axis titles.
///
/// Sizes are in viewBox units; charts are drawn 720 units wide and shown 180 mm wide on A4,
/// so a 13-unit label prints at about 9 pt.
struct PlotFrame: Sendable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }

    /// Horizontal gridlines with the value of each tick at the left, and the axis title above them.
    func drawValueAxis(_ scale: LinearScale, unit: ChartUnit, title: String, on canvas: inout SVGCanvas) {
        for tick in scale.ticks {
            let y = scale.position(tick)
            canvas.line(left, y, right, y, style: tick == 0 && scale.domain.lowerBound < 0 ? "zero" : "grid")
            canvas.text(unit.tickLabel(tick), x: left - 8, y: y + 4.5, anchor: "end", style: "tick")
        }
        canvas.text(title, x: left, y: top - 14, style: "axis-title")
    }

    /// The category labels (school years) under the plot, every one when they fit, else every
    /// second or third, always including the last.
    func drawCategoryAxis(_ scale: CategoryScale, title: String?, on canvas: inout SVGCanvas) {
        canvas.line(left, bottom, right, bottom, style: "axis")
        let widest = scale.labels.map { TextMeasure.width($0, fontSize: 13) }.max() ?? 0
        let every = max(1, Int((widest + 10) / max(1, scale.slot)) + 1)
        // Counted back from the last label, so the final year is always named.
        let last = scale.labels.count - 1
        for (index, label) in scale.labels.enumerated() where (last - index) % every == 0 {
            let x = scale.position(index)
            canvas.line(x, bottom, x, bottom + 5, style: "axis")
            canvas.text(label, x: x, y: bottom + 20, anchor: "middle", style: "tick")
        }
        if let title { canvas.text(title, x: (left + right) / 2, y: bottom + 40, anchor: "middle", style: "axis-title") }
    }

    /// Ticks along the bottom for a numeric horizontal axis, with vertical gridlines.
    func drawNumericAxis(_ scale: LinearScale, unit: ChartUnit, title: String, on canvas: inout SVGCanvas) {
        canvas.line(left, bottom, right, bottom, style: "axis")
        let ticks = scale.ticks
        let widest = ticks.map { TextMeasure.width(unit.tickLabel($0), fontSize: 13) }.max() ?? 0
        let spacing = ticks.count > 1 ? abs(scale.position(ticks[1]) - scale.position(ticks[0])) : width
        let every = max(1, Int((widest + 12) / max(1, spacing)) + 1)
        for (index, tick) in ticks.enumerated() {
            let x = scale.position(tick)
            canvas.line(x, top, x, bottom, style: tick == 0 && scale.domain.lowerBound < 0 ? "zero" : "grid")
            guard index % every == 0 else { continue }
            canvas.line(x, bottom, x, bottom + 5, style: "axis")
            canvas.text(unit.tickLabel(tick), x: x, y: bottom + 20, anchor: "middle", style: "tick")
        }
        canvas.text(title, x: (left + right) / 2, y: bottom + 40, anchor: "middle", style: "axis-title")
    }
}
