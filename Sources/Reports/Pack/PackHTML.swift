/// Writes a ``BoardPack`` as one HTML document. Every piece of text goes through
/// ``Markup/escape(_:)``; the only markup not built here is the charts' SVG, which is built
/// the same way. Nothing is fetched and nothing runs: the file opens offline, anywhere.
enum PackHTML {
    static func render(_ pack: BoardPack) -> String {
        let sections = pack.printedSections
        var out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e("Board pack: \(pack.cover.title), as of \(pack.cover.asOf)"))</title>\n"
        out += "<style>\n\(PackStyle.css(asOf: pack.cover.asOf))</style>\n</head>\n<body>\n<main>\n"
        out += cover(pack.cover, sections: sections)
        for section in sections { out += render(section) }
        if !pack.colophon.isEmpty { out += "<footer class=\"colophon\"><p>\(t(pack.colophon))</p></footer>\n" }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func e(_ text: String) -> String { Markup.escape(text) }

    /// Text between tags: escaped, with its signed figures set as print sets them.
    static func t(_ text: String) -> String { PrintedFigures.html(text) }

    static func cover(_ cover: BoardPack.Cover, sections: [PackSection]) -> String {
        var out = "<header class=\"cover\">\n<p class=\"eyebrow\">Board pack: risks and scenarios</p>\n"
        out += "<h1>\(e(cover.title))</h1>\n<p class=\"as-of\">As of \(e(cover.asOf))</p>\n<dl class=\"facts\">\n"
        for fact in cover.facts { out += "<dt>\(e(fact.label))</dt><dd>\(t(fact.value))</dd>\n" }
        out += "</dl>\n<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n"
        for section in sections { out += "<li><a href=\"#\(e(section.id))\">\(e(section.heading))</a></li>\n" }
        out += "</ol>\n</nav>\n"
        if !cover.reading.isEmpty {
            out +=
                "<div class=\"reading\">\n<h2>How to read this pack</h2>\n" + cover.reading.map { "<p>\(t($0))</p>\n" }.joined()
                + "</div>\n"
        }
        out += "</header>\n"
        return out
    }

    static func render(_ section: PackSection) -> String {
        var out = "<section id=\"\(e(section.id))\" class=\"pack-section\">\n<h2>\(e(section.heading))</h2>\n"
        for sentence in section.intro { out += "<p>\(t(sentence))</p>\n" }
        for block in section.blocks {
            switch block {
            case .paragraph(let text): out += "<p>\(t(text))</p>\n"
            case .points(let items): out += "<ul class=\"points\">\n" + items.map { "<li>\(t($0))</li>\n" }.joined() + "</ul>\n"
            case .subheading(let text): out += "<h3>\(e(text))</h3>\n"
            case .figure(let figure): out += render(figure)
            case .figureRow(let figures):
                // Small multiples three to a row; full-size figures (the trust-wide heat maps) in pairs.
                let kind = figures.allSatisfy(\.isSmall) ? "figure-row" : "figure-row pair"
                out += "<div class=\"\(kind)\">\n" + figures.map(render).joined() + "</div>\n"
            case .table(let table): out += PackTableHTML.render(table)
            }
        }
        return out + "</section>\n"
    }

    static func render(_ figure: PackFigure) -> String {
        var out = "<figure id=\"\(e(figure.id))-figure\" class=\"\(figure.isSmall ? "figure small" : "figure")\">\n"
        out += "<figcaption><span class=\"figure-title\">\(e(figure.title))</span>"
        if !figure.caption.isEmpty { out += " \(t(figure.caption))" }
        if figure.tablePlacement == .appendix {
            out += " <a class=\"data-link\" href=\"#\(e(figure.table.id))\">The numbers are in a table at the end.</a>"
        }
        out += "</figcaption>\n\(figure.svg)\n"
        if figure.tablePlacement == .beside { out += PackTableHTML.render(PackTable(figure.table, figure: figure.id)) }
        return out + "</figure>\n"
    }
}
