/// Builds one inline SVG element as text: shapes, lines and labels in the chart's own units
/// (its `viewBox`), every attribute escaped and every number written by ``Markup/number(_:decimals:)``.
///
/// Inline SVG in HTML5 needs no namespace, fonts come from the page (no external fonts), and
/// `role="img"` with `<title>` and `<desc>` gives screen readers the chart's text alternative.
struct SVGCanvas: Sendable {
    let width: Double
    let height: Double
    private(set) var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A self-closing element: `<line x1="0" …/>`.
    mutating func element(_ name: String, _ attributes: [(String, String)]) {
        body += "<\(name)\(Markup.attributes(attributes))/>"
    }

    /// Opens a group, `<g …>`; close it with ``close()``.
    mutating func open(_ attributes: [(String, String)] = []) {
        body += "<g\(Markup.attributes(attributes))>"
    }

    mutating func close() { body += "</g>" }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, style: String) {
        element("line", [("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("class", style)])
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, style: String, extra: [(String, String)] = []) {
        element("rect", [("x", n(x)), ("y", n(y)), ("width", n(max(0, w))), ("height", n(max(0, h))), ("class", style)] + extra)
    }

    /// A filled area or a line through points, as one path.
    mutating func path(_ points: [(Double, Double)], closed: Bool, style: String, extra: [(String, String)] = []) {
        guard let first = points.first else { return }
        var d = "M\(n(first.0)) \(n(first.1))"
        for point in points.dropFirst() { d += "L\(n(point.0)) \(n(point.1))" }
        if closed { d += "Z" }
        element("path", [("d", d), ("class", style)] + extra)
    }

    /// A label; `anchor` is start, middle or end.
    mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", style: String = "", extra: [(String, String)] = []
    ) {
        var attributes: [(String, String)] = [("x", n(x)), ("y", n(y))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if !style.isEmpty { attributes.append(("class", style)) }
        body += "<text\(Markup.attributes(attributes + extra))>\(Markup.escape(PrintedFigures.svg(content)))</text>"
    }

    /// Raw markup already built from escaped parts (pattern definitions).
    mutating func raw(_ markup: String) { body += markup }

    /// The finished `<svg>`: `id` keys its title and description for `aria-labelledby`.
    func svg(id: String, title: String, description: String, kind: String) -> String {
        let titleID = id + "-title"
        let descID = id + "-desc"
        return "<svg"
            + Markup.attributes([
                ("id", id), ("class", "chart chart-\(kind)"), ("viewBox", "0 0 \(n(width)) \(n(height))"),
                ("role", "img"), ("aria-labelledby", "\(titleID) \(descID)"),
            ]) + "><title id=\"\(Markup.escape(titleID))\">\(Markup.escape(title))</title>"
            + "<desc id=\"\(Markup.escape(descID))\">\(Markup.escape(description))</desc>" + body + "</svg>"
    }

    private func n(_ value: Double) -> String { Markup.number(value) }
}

/// Rough text widths for layout: the page's sans-serif font averages a little over half an
/// em per character. Charts use it to leave room for labels and to keep them apart; a label
/// a little longer than guessed only runs into the margin, which is left generous for it.
enum TextMeasure {
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.56
    }

    /// `text` cut to at most `limit` characters, ending in "…" when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(1, limit - 1))) + "…"
    }
}
