import JSONDocument
import Reports

/// One measured rate: what ran, on how many threads, how many draws a second.
struct BenchRow: Sendable, Equatable {
    var name: String
    var threads: Int
    var drawsPerSecond: Double

    /// `{"name": …, "threads": …, "drawsPerSecond": …}`, as `--format json` lists it.
    var jsonValue: JSONValue {
        .object([
            JSONValue.Member("name", .string(name)),
            JSONValue.Member("threads", .integer(threads)),
            JSONValue.Member("drawsPerSecond", .number(drawsPerSecond.rounded())),
        ])
    }
}

/// A part of `matrisk bench`: a titled list of rows with notes, measured by one function.
/// New benchmarks (a large scenario, say) are new sections; the output forms stay the same.
struct BenchSection: Sendable, Equatable {
    var id: String
    var title: String
    var rows: [BenchRow]
    var notes: [String] = []

    var table: Table {
        var table = Table(
            id: id, title: title,
            columns: [
                Table.Column("workload", key: "name"),
                Table.Column("threads", key: "threads"),
                Table.Column("million draws/s", key: "drawsPerSecond"),
                Table.Column("ns per draw", key: "nanosecondsPerDraw"),
            ],
            notes: notes)
        for row in rows {
            table.append([
                .text(row.name), .integer(row.threads),
                .number(row.drawsPerSecond / 1e6, decimals: 1), .number(1e9 / row.drawsPerSecond, decimals: 2),
            ])
        }
        return table
    }
}

/// The forms `matrisk bench` prints its sections in.
enum BenchOutput {
    /// Text: a report with a paragraph on how the figures were taken and a table a section.
    static func report(_ sections: [BenchSection], method: String) -> Report {
        var report = Report(title: "matrisk bench")
        report.add(.paragraph(method))
        for section in sections { report.add(section.table) }
        return report
    }

    /// JSON: one top-level list of `{name, threads, drawsPerSecond}`, every section's rows in order.
    static func json(_ sections: [BenchSection]) -> String {
        JSONWriter.write(.array(sections.flatMap(\.rows).map(\.jsonValue)))
    }

    /// CSV: one table of every row, with the section it belongs to.
    static func csv(_ sections: [BenchSection]) -> String {
        var table = Table(
            id: "bench", title: "",
            columns: [
                Table.Column("section", key: "section"), Table.Column("name", key: "name"),
                Table.Column("threads", key: "threads"), Table.Column("drawsPerSecond", key: "drawsPerSecond"),
            ])
        for section in sections {
            for row in section.rows {
                table.append([.text(section.id), .text(row.name), .integer(row.threads), .number(row.drawsPerSecond.rounded(), decimals: 0)])
            }
        }
        return Report(title: "", blocks: [.table(table)]).rendered(as: .csv)
    }
}
