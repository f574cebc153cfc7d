import RiskRegister
import TrustModel

/// The value of each mitigation: what it saves a year against what it costs, as a bar chart of
/// net value with the 95% interval of the saving, and the full table.
enum MitigationValueSection {
    /// Bars drawn for at most this many mitigations; the table lists them all.
    static let barLimit = 20

    static func make(_ values: [MitigationValue], scenario: Scenario) -> PackSection {
        let (simulated, paying) = RiskReport.simulatedAndPaying(values)
        let isSilent = { (value: MitigationValue) in value.avoidedPerYear.maximum == 0 && value.avoidedPerYear.minimum == 0 }
        let silent = simulated.filter(isSilent)
        var section = PackSection(
            place: .mitigationValue, id: "mitigation-value", heading: "The value of each mitigation",
            intro: [
                "Each mitigation is valued by simulating the register's risks with and without it on the same futures: the loss it "
                    + "avoids a year, less what it costs a year."
            ])
        section.add(
            .points([
                RiskReport.mitigationSentence(valued: simulated.count, paying: paying.count),
                "\(silent.count) record no reduction in their risks' chance or cost on the register, so the simulation can give them no value: "
                    + "their worth (assurance, compliance) is not in pounds, or the register should say how much they reduce the risk.",
            ]))
        // A mitigation that neither saves nor costs anything has no bar to draw. Every one that pays
        // for itself is drawn, since those are the ones a board keeps; the rest of the bars go to those
        // with the most at stake, and all are drawn best first.
        let drawn = simulated.filter { !isSilent($0) || $0.costPerYear > 0 }
            .sorted { (rank($0).pays, rank($0).stake, $1.mitigation.id) > (rank($1).pays, rank($1).stake, $0.mitigation.id) }
            .prefix(barLimit)
            .sorted { ($0.netPerYear, $1.mitigation.id) > ($1.netPerYear, $0.mitigation.id) }
        let bars = drawn.map { value in
            let interval = value.avoidedInterval
            return BarChart.Bar(
                label: "\(value.mitigation.id) \(value.mitigation.title)", value: value.netPerYear,
                low: interval.lowerBound - value.costPerYear, high: interval.upperBound - value.costPerYear)
        }
        section.add(
            PackFigure(
                id: "bar-mitigation-net",
                chart: BarChart(
                    title: "Net value of each mitigation a year", labelTitle: "Mitigation", valueTitle: "Loss avoided less cost, a year",
                    unit: .money, bars: bars),
                caption:
                    "Right of zero, a mitigation saves more than it costs; left, it costs more than the losses it avoids. Whiskers are "
                    + "the 95% interval of the saving."
                    + (simulated.count > barLimit
                        ? " Every mitigation that pays for itself is drawn, then those with the most at stake, \(bars.count) in all; the table lists every one."
                        : ""),
                table: .appendix))
        section.add(RiskReport.values(values, scenario: scenario))
        return section
    }

    /// Paying mitigations before the rest, then the size of the net value either way.
    private static func rank(_ value: MitigationValue) -> (pays: Int, stake: Double) {
        (value.netPerYear > 0 ? 1 : 0, abs(value.netPerYear))
    }
}
