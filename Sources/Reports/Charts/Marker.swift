/// Point markers in shapes that tell series apart without colour: circle, square, triangle,
/// diamond, then round again.
enum Marker {
    static func draw(shape: Int, x: Double, y: Double, size: Double, style: String, on canvas: inout SVGCanvas) {
        let s = size
        switch shape % 4 {
        case 1: canvas.rect(x - s * 0.9, y - s * 0.9, s * 1.8, s * 1.8, style: style)
        case 2: canvas.path([(x, y - s * 1.15), (x + s, y + s * 0.75), (x - s, y + s * 0.75)], closed: true, style: style)
        case 3: canvas.path([(x, y - s * 1.2), (x + s * 1.1, y), (x, y + s * 1.2), (x - s * 1.1, y)], closed: true, style: style)
        default:
            canvas.element("circle", [("cx", Markup.number(x)), ("cy", Markup.number(y)), ("r", Markup.number(s)), ("class", style)])
        }
    }
}
