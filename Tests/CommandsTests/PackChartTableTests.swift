import Foundation
import Testing

/// "A chart and its table never disagree": every number drawn in the example pack's charts,
/// read from the SVG's `data-` attributes, is the number printed in the chart's table.
struct PackChartTableTests {
    @Test func theNumbersInEachChartAreTheNumbersInItsTable() throws {
        let reader = PackReader(html: ReportCommandTests.growthPack)
        let tables = reader.tables.filter { $0.figure != nil }
        // Eight charts of the base and the options, and two fans on each of the three other options' pages.
        #expect(tables.count == 14)
        var checked = 0
        for table in tables {
            let figure = try #require(table.figure)
            let marks = reader.data(ofChart: figure)
            switch reader.chartKind(figure) {
            case "fan":
                #expect(marks.count == table.rows.count && !marks.isEmpty, "\(figure)")
                for (mark, row) in zip(marks, table.rows) {
                    #expect(mark["label"] == row[0])
                    for (column, key) in ["p5", "p25", "p50", "p75", "p95"].enumerated() {
                        let drawn = try #require(Double(mark[key] ?? ""))
                        let printed = try #require(PackReader.pounds(row[column + 1]))
                        #expect(abs(drawn - printed) <= 0.5, "\(figure) \(row[0]) \(key): drawn \(drawn), printed \(printed)")
                        checked += 1
                    }
                }
            case "line":
                if table.headings.count == 2 {
                    // One series against amounts: the loss exceedance curve.
                    #expect(marks.count == table.rows.count && !marks.isEmpty)
                    for (mark, row) in zip(marks, table.rows) {
                        #expect(abs(Double(mark["x"]!)! - PackReader.pounds(row[0])!) <= 0.5)
                        #expect(abs(Double(mark["y"]!)! - PackReader.fraction(row[1])!) <= 0.0001)
                        checked += 2
                    }
                } else {
                    // Series by school year: each drawn point is in its series' column, in its year's row.
                    for mark in marks {
                        let column = try #require(table.headings.firstIndex(of: mark["series"]!), "\(mark)")
                        let row = table.rows[Int(Double(mark["x"]!)!)]
                        // Probabilities print to a tenth of a point, pounds to the pound.
                        let tolerance = row[column].hasSuffix("%") ? 0.00055 : 0.5
                        #expect(abs(Double(mark["y"]!)! - (try #require(PackReader.value(row[column])))) <= tolerance, "\(mark)")
                        if let low = mark["low"], let high = mark["high"] {
                            #expect(abs(Double(low)! - (try #require(PackReader.value(row[column + 1])))) <= tolerance)
                            #expect(abs(Double(high)! - (try #require(PackReader.value(row[column + 2])))) <= tolerance)
                        }
                        checked += 1
                    }
                    let empties = table.rows.flatMap { $0 }.filter(\.isEmpty).count
                    #expect(
                        marks.count + marks.filter { $0["low"] != nil }.count * 2 == table.rows.count * (table.headings.count - 1) - empties
                    )
                }
            case "bar":
                #expect(!marks.isEmpty && marks.count <= table.rows.count)
                // The risks' bars are drawn from the risks table (id, title, register, loss); other
                // bar charts print their own table (label, value, interval).
                let fromRisks = table.headings.first == "Risk" && table.headings.count > 3
                for (mark, row) in zip(marks, table.rows) {
                    #expect(mark["label"] == (fromRisks ? row[0] + " " + row[1] : row[0]))
                    let drawn = try #require(Double(mark["value"] ?? ""))
                    #expect(abs(drawn - (try #require(PackReader.pounds(row[fromRisks ? 3 : 1])))) <= 0.5, "\(mark)")
                    checked += 1
                }
            default:
                Issue.record("unexpected chart \(figure)")
            }
        }
        #expect(checked > 100)
        // Heat maps print their counts as text; each must be the count the cell carries.
        for id in ["heat-trust-residual", "heat-trust-inherent"] {
            let marks = reader.data(ofChart: id)
            #expect(marks.count == 25)
            let total = marks.reduce(0) { $0 + Int($1["count"]!)! }
            let caption = try #require(
                ReportCommandTests.growthPack.firstMatch(
                    of: try Regex("<figure id=\"\(id)-figure\".*?Trust-wide: (\\d+) open risks").dotMatchesNewlines()))
            #expect(total == Int(caption.output[1].substring!)!)
        }
    }
}
