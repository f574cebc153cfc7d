/// One entry of a legend drawn above the plot: a swatch (a filled box or a line) and its words.
struct LegendItem: Sendable {
    enum Swatch: Sendable {
        case box(style: String)
        case line(style: String)
    }

    var swatch: Swatch
    var label: String

    /// Draws `items` in a row from `x`, wrapping to a second row when they run past `maxX`;
    /// returns the y of the last row's baseline.
    @discardableResult
    static func draw(_ items: [LegendItem], x: Double, y: Double, maxX: Double, on canvas: inout SVGCanvas) -> Double {
        var cursor = x
        var row = y
        for item in items {
            let width = 28 + TextMeasure.width(item.label, fontSize: 13) + 12
            if cursor + width > maxX, cursor > x {
                cursor = x
                row += 20
            }
            switch item.swatch {
            case .box(let style): canvas.rect(cursor, row - 10, 22, 12, style: style)
            case .line(let style):
                canvas.element(
                    "line",
                    [
                        ("x1", Markup.number(cursor)), ("y1", Markup.number(row - 4)),
                        ("x2", Markup.number(cursor + 22)), ("y2", Markup.number(row - 4)), ("class", style),
                    ])
            }
            canvas.text(item.label, x: cursor + 28, y: row)
            cursor += width
        }
        return row
    }

    /// The height a row of `items` needs within `width`, so a chart can leave room for it.
    static func rows(_ items: [LegendItem], width: Double) -> Int {
        var cursor = 0.0
        var rows = 1
        for item in items {
            let w = 28 + TextMeasure.width(item.label, fontSize: 13) + 12
            if cursor + w > width, cursor > 0 {
                rows += 1
                cursor = 0
            }
            cursor += w
        }
        return rows
    }
}
