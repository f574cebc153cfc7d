import JSONDocument
import Reports

/// One measured rate of the draw sections: what ran, on how many threads, how many draws a second.
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

/// A part of `matrisk bench`: a table for people (text and CSV) and the same figures for
/// programs (JSON), with notes on how to read them.
struct BenchSection: Sendable, Equatable {
    var table: Table
    var json: JSONValue

    var id: String { table.id }

    /// A section of draw rates.
    init(id: String, title: String, rows: [BenchRow], notes: [String] = []) {
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
        self.init(table: table, json: .array(rows.map(\.jsonValue)))
    }

    init(table: Table, json: JSONValue) {
        self.table = table
        self.json = json
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

    /// JSON: one object with a member per section, each holding that section's figures.
    static func json(_ sections: [BenchSection]) -> String {
        JSONWriter.write(.object(sections.map { JSONValue.Member($0.id, $0.json) }))
    }

    /// CSV: each section's table, titled, one after another.
    static func csv(_ sections: [BenchSection]) -> String {
        Report(title: "", blocks: sections.map { .table($0.table) }).rendered(as: .csv)
    }
}
