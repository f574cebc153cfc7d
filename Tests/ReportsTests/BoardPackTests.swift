import Testing

@testable import Reports

/// The pack as a document: sections in the trustee's order whoever adds them, the places for
/// the decisions work, the appendix of long tables, and no way for text to become markup.
struct BoardPackTests {
    static func section(_ place: PackPlace, _ id: String) -> PackSection {
        PackSection(place: place, id: id, heading: "Heading \(id)", intro: ["About \(id)."])
    }

    @Test func sectionsKeepTheTrusteesOrderWhateverOrderTheyAreAddedIn() {
        var pack = BoardPack(cover: .init(title: "Trust", asOf: "22 November 2026", facts: []))
        pack.add(Self.section(.riskInMoney, "money"))
        pack.add(Self.section(.summary, "summary"))
        pack.add(Self.section(.outlook, "outlook"))
        // The decisions work adds its sections afterwards; they land at their marked places.
        pack.add(Self.section(.mitigationValue, "mitigations"))
        pack.add(Self.section(.variants, "variants"))
        pack.add(Self.section(.topSliceSweep, "sweep"))
        #expect(pack.sections.map(\.id) == ["summary", "outlook", "variants", "sweep", "money", "mitigations"])
        let html = pack.html
        let positions = ["summary", "outlook", "variants", "sweep", "money", "mitigations"].map {
            html.range(of: "<section id=\"\($0)\"")!.lowerBound
        }
        #expect(positions == positions.sorted())
        #expect(html.contains("<li><a href=\"#variants\">Heading variants</a></li>"))
    }

    @Test func longChartTablesGoToTheNumbersBehindTheCharts() {
        let points = (0..<40).map { LineChart.Point(x: Double($0) * 1_000, y: 1 - Double($0) / 40) }
        let curve = LineChart(
            title: "Curve", xTitle: "Loss", yTitle: "Chance", xAxis: .numeric(.money), yUnit: .percent(decimals: 2),
            series: [.init(name: "Losses", points: points)])
        var section = Self.section(.riskInMoney, "money")
        section.add(PackFigure(id: "curve", chart: curve, caption: "A curve.", table: .appendix))
        let pack = BoardPack(cover: .init(title: "Trust", asOf: "22 November 2026", facts: []), sections: [section])
        #expect(pack.printedSections.map(\.id) == ["money", "chart-data"])
        let html = pack.html
        #expect(html.contains("<a class=\"data-link\" href=\"#curve-data\">"))
        #expect(html.contains("<table id=\"curve-data\" class=\"data figure-data\" data-figure=\"curve\">"))
        #expect(html.components(separatedBy: "<tr>").count - 1 == 41)
    }

    @Test func sideBySideTablesGroupTheirColumnsUnderEachOption() {
        var table = Table(
            id: "options", title: "Options",
            columns: [
                .init("Measure", key: "measure"), .init("P50", key: "base"), .init("P50", key: "grow"),
                .init("Difference", key: "difference"),
            ])
        table.append([.text("Trust reserves"), .money(1_000_000), .money(900_000), .money(-100_000)])
        let packTable = PackTable.sideBySide(table, groups: [.init(title: "Base", span: 1), .init(title: "Grow to 5", span: 2)])
        var section = Self.section(.variants, "variants")
        section.add(.table(packTable))
        let html = BoardPack(cover: .init(title: "T", asOf: "1 January 2027", facts: []), sections: [section]).html
        #expect(html.contains("<table id=\"options\" class=\"data side-by-side\">"))
        #expect(
            html.contains(
                "<th scope=\"colgroup\" colspan=\"1\" class=\"group group-0\">Base</th><th scope=\"colgroup\" colspan=\"2\" class=\"group group-1\">Grow to 5</th>"
            ))
        #expect(html.contains("<td class=\"num\"><span class=\"fig\">\u{2212}£100,000</span></td>"))
    }

    @Test func everyPieceOfTextIsEscapedAndNothingRunsOrIsFetched() {
        var table = Table(id: "t", title: "<i>caption</i>", columns: [.init("<b>", key: "b"), .init("RAG", key: "rag")])
        table.append([.text("<script>alert(1)</script>"), .text("<red>")])
        var section = PackSection(place: .summary, id: "summary", heading: "<h1>", intro: ["\"quoted\" & 'single'"])
        section.add(.points(["<img src=x onerror=alert(1)>"]))
        section.add(.table(PackTable(table)))
        let pack = BoardPack(
            cover: .init(title: "<Trust>", asOf: "22 November 2026", facts: [.init("<k>", "<v>")]), sections: [section],
            colophon: "<footer>")
        let html = pack.html
        for raw in ["<script", "<img", "<Trust>", "<b>", "<i>", "<red>", "<k>", "<v>", "<footer>"] {
            #expect(!html.contains(raw), "\(raw)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;"))
        for fetch in ["http:", "https:", "src=\"", "<link", "@import", "@font-face"] { #expect(!html.contains(fetch), "\(fetch)") }
    }

    @Test func ragCellsAreWordsAsWellAsColours() {
        #expect(
            PackTableHTML.ragMarkup("amber → red") == "<span class=\"rag rag-amber\">Amber</span> → <span class=\"rag rag-red\">Red</span>")
        #expect(PackTableHTML.ragMarkup("<b>") == "&lt;b&gt;")
        #expect(PackTableHTML.moveMarkup("▲ up 4, worse") == "<span class=\"move-up\">▲ up 4, worse</span>")
    }
}
