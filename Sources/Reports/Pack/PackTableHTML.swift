/// Writes a table of the pack: a caption, column headings with `scope`, the first column as
/// row headings, numbers right-aligned, the same cell text as the command line prints, and
/// red, amber and green written as words beside their colour.
enum PackTableHTML {
    /// The table as HTML, marked with the id of the chart it belongs to, if any.
    static func render(_ packTable: PackTable) -> String {
        let figure = packTable.figure
        let table = packTable.table
        let e = Markup.escape
        guard !table.rows.isEmpty else {
            return "<p class=\"empty-table\" id=\"\(e(table.id))\"><strong>\(e(table.title)):</strong> none.</p>\n"
                + table.notes.map { "<p class=\"table-note\">\(e($0))</p>\n" }.joined()
        }
        let numeric = TextRenderer.numericColumns(table)
        var classes = ["data"]
        if packTable.style == .sideBySide { classes.append("side-by-side") }
        // Nine or more columns get a slightly smaller type so they fit A4's width.
        if table.columns.count >= 9 { classes.append("wide") }
        var attributes: [(String, String)] = [("id", table.id), ("class", classes.joined(separator: " "))]
        if let figure {
            attributes.append(("data-figure", figure))
            attributes[1].1 += " figure-data"
        }
        // A short table is kept on one page, its caption with it; a long one may break, its
        // headings repeated on each page.
        var out =
            "<div class=\"table-wrap\(table.rows.count <= 15 ? " short" : "")\"><table\(Markup.attributes(attributes))>\n<caption>\(e(table.title))</caption>\n<thead>\n"
        if !packTable.groups.isEmpty {
            out += "<tr><td></td>"
            for (index, group) in packTable.groups.enumerated() {
                out += "<th scope=\"colgroup\" colspan=\"\(group.span)\" class=\"group group-\(index)\">\(e(group.title))</th>"
            }
            out += "</tr>\n"
        }
        out += "<tr>"
        for (i, column) in table.columns.enumerated() {
            out += "<th scope=\"col\"\(numeric[i] ? " class=\"num\"" : "")>\(e(column.heading))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        // Row headings that are codes (HIL-01, 2026/27) stay on one line.
        let codes = table.rows.allSatisfy { TextRenderer.text($0[0]).count <= 10 }
        for row in table.rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let text = TextRenderer.text(cell)
                let content =
                    switch table.columns[i].key {
                    case "rag": ragMarkup(text)
                    case "move": moveMarkup(text)
                    default: flagMarkup(text)
                    }
                if i == 0 {
                    let classes = (numeric[i] ? ["num"] : []) + (codes ? ["code"] : [])
                    out += "<th scope=\"row\"\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(content)</th>"
                } else {
                    out += "<td\(numeric[i] ? " class=\"num\"" : "")>\(content)</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        for note in table.notes { out += "<p class=\"table-note\">\(PrintedFigures.html(note))</p>\n" }
        return out
    }

    /// "amber → red" with each band as a tinted word; text that is not a band is escaped as it is.
    static func ragMarkup(_ text: String) -> String {
        let bands = ["green", "amber", "red"]
        let parts = text.components(separatedBy: " → ")
        guard parts.allSatisfy({ bands.contains($0) }) else { return Markup.escape(text) }
        return parts.map { "<span class=\"rag rag-\($0)\">\($0.prefix(1).uppercased() + $0.dropFirst())</span>" }.joined(separator: " → ")
    }

    /// "▲ up 4, worse" and "▼ down 4, better" tinted; the words carry the meaning without colour.
    static func moveMarkup(_ text: String) -> String {
        if text.hasPrefix("▲") { return "<span class=\"move-up\">\(Markup.escape(text))</span>" }
        if text.hasPrefix("▼") { return "<span class=\"move-down\">\(Markup.escape(text))</span>" }
        return Markup.escape(text)
    }

    /// The roll-up's UNDER-RATED flag stands out; any other text is escaped as it is.
    static func flagMarkup(_ text: String) -> String {
        text == "UNDER-RATED" ? "<strong class=\"flag\">UNDER-RATED</strong>" : PrintedFigures.html(text)
    }
}
