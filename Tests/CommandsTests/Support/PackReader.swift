import Foundation

/// Reads back a board pack's HTML the way a test needs it: its outline (headings, figures,
/// tables with their row counts), each table's cells as text, and each chart's `data-` numbers.
/// The pack is regular, machine-written HTML, so a few patterns are enough.
struct PackReader {
    let html: String

    /// One table: its id, the figure it belongs to, its caption, its column headings and its rows.
    struct TableText {
        var id: String
        var figure: String?
        var caption: String
        var headings: [String]
        var rows: [[String]]
    }

    // MARK: - Outline

    /// "h2 Summary", "figure fan-trust-reserves fan", "table key-chances 4: The key chances…", in document order.
    var outline: [String] {
        let pattern = try! Regex(
            #"<(h[123])[^>]*>(.*?)</h[123]>|<figure id="([^"]+)-figure"|<table id="([^"]+)"[^>]*>(.*?)</table>|<p class="empty-table" id="([^"]+)">"#
        )
        .dotMatchesNewlines()
        var lines: [String] = []
        for match in html.matches(of: pattern) {
            if let level = match.output[1].substring {
                lines.append("\(level) \(Self.text(String(match.output[2].substring!)))")
            } else if let figure = match.output[3].substring {
                let kind = chartKind(String(figure)) ?? "?"
                lines.append("figure \(figure) \(kind)")
            } else if let id = match.output[4].substring {
                let table = Self.table(id: String(id), body: String(match.output[5].substring!), tag: String(match.output[0].substring!))
                lines.append("table \(id) \(table.rows.count): \(table.caption)")
            } else if let empty = match.output[6].substring {
                lines.append("table \(empty) 0")
            }
        }
        return lines
    }

    /// How many inline SVG charts the pack has.
    var chartCount: Int { html.components(separatedBy: "<svg ").count - 1 }

    // MARK: - Tables

    var tables: [TableText] {
        let pattern = try! Regex(#"<table id="([^"]+)"[^>]*>(.*?)</table>"#).dotMatchesNewlines()
        return html.matches(of: pattern).map {
            Self.table(id: String($0.output[1].substring!), body: String($0.output[2].substring!), tag: String($0.output[0].substring!))
        }
    }

    static func table(id: String, body: String, tag: String) -> TableText {
        let figure = tag.firstMatch(of: try! Regex(#"^<table[^>]*data-figure="([^"]+)""#))?.output[1].substring.map(String.init)
        let caption =
            body.firstMatch(of: try! Regex(#"<caption>(.*?)</caption>"#).dotMatchesNewlines())?.output[1].substring.map { text(String($0)) }
            ?? ""
        let rowPattern = try! Regex(#"<tr>(.*?)</tr>"#).dotMatchesNewlines()
        let cellPattern = try! Regex(#"<t[hd][^>]*>(.*?)</t[hd]>"#).dotMatchesNewlines()
        let parts = body.components(separatedBy: "<tbody>")
        let head = parts.first ?? ""
        let rows = parts.count > 1 ? parts[1] : ""
        let headingRows = head.matches(of: rowPattern).map { row in
            row.output[1].substring!.matches(of: cellPattern).map { text(String($0.output[1].substring!)) }
        }
        return TableText(
            id: id, figure: figure, caption: caption, headings: headingRows.last ?? [],
            rows: rows.matches(of: rowPattern).map { row in
                row.output[1].substring!.matches(of: cellPattern).map { text(String($0.output[1].substring!)) }
            })
    }

    // MARK: - Charts

    /// The `<svg>` with this id.
    func svg(_ id: String) -> String? {
        guard let start = html.range(of: "<svg id=\"\(id)\"") else { return nil }
        guard let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// "fan", "line", "bar" or "heat".
    func chartKind(_ id: String) -> String? {
        svg(id)?.firstMatch(of: try! Regex(#"class="chart chart-(\w+)""#))?.output[1].substring.map(String.init)
    }

    /// Every mark's `data-` attributes, in drawing order.
    func data(ofChart id: String) -> [[String: String]] {
        guard let svg = svg(id) else { return [] }
        let marks = try! Regex(#"<g class="datum"([^>]*)>"#)
        let attribute = try! Regex(#"data-([a-z0-9]+)="([^"]*)""#)
        return svg.matches(of: marks).map { mark in
            var values: [String: String] = [:]
            for pair in mark.output[1].substring!.matches(of: attribute) {
                values[String(pair.output[1].substring!)] = Self.unescape(String(pair.output[2].substring!))
            }
            return values
        }
    }

    // MARK: - Text

    /// Markup removed and entities turned back into characters.
    static func text(_ markup: String) -> String {
        unescape(markup.replacing(try! Regex("<[^>]+>"), with: "")).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// "£1,234,567", "−£3,104" (a true minus, as the pack prints it), "£42,013 ±£150" (the
    /// estimate before the ±) as a number of pounds.
    static func pounds(_ text: String) -> Double? {
        let first = text.components(separatedBy: " ±").first ?? text
        let negative = first.hasPrefix("-") || first.hasPrefix("\u{2212}")
        guard let value = Double(first.filter { $0.isNumber || $0 == "." }) else { return nil }
        return negative ? -value : value
    }

    /// A printed number as its value: a percentage as a fraction, pounds as pounds.
    static func value(_ text: String) -> Double? {
        fraction(text) ?? pounds(text)
    }

    /// "63.1%" or "0.10% ±0.03%" as a fraction; a chance no trial saw ("under 0.1%") as 0, and
    /// one every trial saw ("over 99.9%") as 1.
    static func fraction(_ text: String) -> Double? {
        if text.hasPrefix("under ") && text.hasSuffix("%") { return 0 }
        if text.hasPrefix("over ") && text.hasSuffix("%") { return 1 }
        let first = (text.components(separatedBy: " ±").first ?? text).replacingOccurrences(of: "\u{2212}", with: "-")
        guard first.hasSuffix("%"), let value = Double(first.dropLast()) else { return nil }
        return value / 100
    }
}
