import JSONDocument
import Reports

/// Timed runs of the canonical trust as a table and as JSON, in the same figures.
enum TrustRunTable {
    static func table(_ runs: [TrustRun], id: String, title: String, notes: [String] = []) -> Table {
        var table = Table(
            id: id, title: title,
            columns: [
                Table.Column("academies", key: "academies"), Table.Column("years", key: "years"),
                Table.Column("trials", key: "trials"), Table.Column("threads", key: "threads"),
                Table.Column("wall s", key: "seconds"), Table.Column("trials/s", key: "trialsPerSecond"),
                Table.Column("academy-years/s", key: "academyYearsPerSecond"),
                Table.Column("ns per academy-year", key: "nanosecondsPerAcademyYear"),
                Table.Column("peak MB", key: "peakResidentMegabytes"),
            ],
            notes: notes)
        for run in runs {
            table.append([
                .integer(run.academies), .integer(run.years), .integer(run.trials), .integer(run.threads),
                .number(run.seconds, decimals: 2), .number(run.trialsPerSecond.rounded(), decimals: 0),
                .number(run.academyYearsPerSecond.rounded(), decimals: 0), .number(run.nanosecondsPerAcademyYear, decimals: 1),
                .number(Double(run.peakResidentBytes) / 1_048_576, decimals: 0),
            ])
        }
        return table
    }

    /// The runs as JSON: every figure of the table, unrounded.
    static func json(_ runs: [TrustRun]) -> JSONValue {
        .array(
            runs.map { run in
                .object([
                    JSONValue.Member("academies", .integer(run.academies)),
                    JSONValue.Member("years", .integer(run.years)),
                    JSONValue.Member("trials", .integer(run.trials)),
                    JSONValue.Member("threads", .integer(run.threads)),
                    JSONValue.Member("seconds", .number(run.seconds)),
                    JSONValue.Member("trialsPerSecond", .number(run.trialsPerSecond)),
                    JSONValue.Member("academyYearsPerSecond", .number(run.academyYearsPerSecond)),
                    JSONValue.Member("nanosecondsPerAcademyYear", .number(run.nanosecondsPerAcademyYear)),
                    JSONValue.Member("peakResidentBytes", .integer(run.peakResidentBytes)),
                    JSONValue.Member("resultDigest", .string(run.resultDigest)),
                ])
            })
    }
}
