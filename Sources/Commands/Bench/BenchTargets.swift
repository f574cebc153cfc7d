import JSONDocument
import Reports

/// Issue 7's targets for the canonical trust on this 2-core machine, each beside what was
/// measured: checked only at the canonical size, where they were set.
struct BenchTargets {
    struct Target: Sendable {
        var name: String
        var measured: String
        var limit: String
        var met: Bool
    }

    var targets: [Target] = []

    mutating func wallTime(_ run: TrustRun) {
        targets.append(
            Target(
                name: "canonical run on \(run.threads) threads", measured: "\(NumberText.fixed(run.seconds, decimals: 2)) s",
                limit: "under 10 s", met: run.seconds < 10))
    }

    mutating func memory(_ runs: [TrustRun], limitMegabytes: Int) {
        let peak = runs.map(\.peakResidentBytes).max() ?? 0
        targets.append(
            Target(
                name: "peak memory at \(NumberText.grouped(runs.first?.trials ?? 0)) trials", measured: Self.megabytes(peak),
                limit: "under \(NumberText.grouped(limitMegabytes)) MB", met: peak < limitMegabytes << 20))
    }

    mutating func scaling(_ runs: [TrustRun]) {
        let costs = runs.map(\.nanosecondsPerAcademyYear)
        guard let low = costs.min(), let high = costs.max(), let first = runs.first, let last = runs.last else { return }
        targets.append(
            Target(
                name: "cost per academy-year, \(first.academies) to \(last.academies) academies",
                measured: "\(NumberText.fixed(high / low, decimals: 2))× from least to most", limit: "within 1.5×", met: high / low <= 1.5))
    }

    mutating func speedUp(one: TrustRun, many: TrustRun) {
        let speedUp = one.seconds / many.seconds
        targets.append(
            Target(
                name: "\(many.threads) threads against 1", measured: "\(NumberText.fixed(speedUp, decimals: 2))× faster",
                limit: "at least 1.8×", met: speedUp >= 1.8))
    }

    var section: BenchSection {
        var table = Table(
            id: "targets", title: "Targets (issue 7, a 2-core machine, release build)",
            columns: [
                Table.Column("target", key: "target"), Table.Column("measured", key: "measured"),
                Table.Column("limit", key: "limit"), Table.Column("met", key: "met"),
            ])
        for target in targets {
            table.append([.text(target.name), .text(target.measured), .text(target.limit), .text(target.met ? "yes" : "NO")])
        }
        let json = JSONValue.array(
            targets.map { target in
                .object([
                    JSONValue.Member("target", .string(target.name)), JSONValue.Member("measured", .string(target.measured)),
                    JSONValue.Member("limit", .string(target.limit)), JSONValue.Member("met", .bool(target.met)),
                ])
            })
        return BenchSection(table: table, json: json)
    }

    static func megabytes(_ bytes: Int) -> String { "\(NumberText.grouped((bytes + 524_288) >> 20)) MB" }
}
