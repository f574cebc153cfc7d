import MonteCarlo
import TrustModel

/// `matrisk sensitivity`: the tornado, as text bars for people and a table for machines.
package enum SensitivityReport {
    package static func make(_ sensitivity: Sensitivity, scenario: Scenario, limit: Int = 10) -> Report {
        let measure = sensitivity.measure
        let subject = MeasureWording.subject(measure, scenario: scenario)
        var report = Report(title: "\(scenario.name): what moves \(subject)")
        report.add(.paragraph(introduction(sensitivity, scenario: scenario)))
        if let reading = reading(sensitivity, subject: subject) { report.add(.paragraph(reading)) }
        report.add(.figure(lines: bars(sensitivity, limit: limit), table: table(sensitivity, scenario: scenario)))
        for correlation in scenario.economy.correlations {
            report.add(
                .paragraph(
                    "\(correlation.first.title) and \(correlation.second.title.lowercased()) move together in this scenario "
                        + "(rank correlation \(NumberText.fixed(correlation.rank, decimals: 2))), so each one's bar and index carry some of the other's effect, "
                        + "and the indices may add up to more than 100%."
                ))
        }
        return report
    }

    /// What the figures are, in words.
    static func introduction(_ sensitivity: Sensitivity, scenario: Scenario) -> String {
        let left =
            sensitivity.unreachable == 0
            ? ""
            : " The \(NumberText.grouped(sensitivity.unreachable)) draws that cannot move it (later years, another academy's, "
                + "or an academy's risks for the centre) are left out."
        return "Over all \(NumberText.grouped(scenario.trials)) futures it is "
            + "\(TextRenderer.text(MeasureWording.cell(sensitivity.overall, for: sensitivity.measure))). "
            + "Each input is one of the model's random draws, named by the year whose figures it first moves "
            + "(an economy or pupil-number draw moves the year after the one it is drawn for)." + left
            + " The inputs are sorted by their index: the share of the spread (variance) of the output that each explains on its own, "
            + "± its Monte Carlo standard error. The bar is the swing: the output where the input is at its high end (its 90th percentile "
            + "or above) less where it is at its low end (its 10th or below); for a join, going ahead less not; for a risk that seldom strikes, "
            + "striking less not. ρ is the rank correlation."
    }

    /// "Pay award, 2027/28 explains 41% ±3% of the spread in …": the largest index in a sentence.
    static func reading(_ sensitivity: Sensitivity, subject: String) -> String? {
        guard let first = sensitivity.bars.first, first.index.value > 0 else { return nil }
        let total = sensitivity.bars.reduce(0) { $0 + $1.index.value }
        return "\(first.input.title) explains \(indexText(first.index)) of the spread in \(subject). "
            + "On their own the \(NumberText.grouped(sensitivity.bars.count)) inputs explain \(NumberText.percent(total, decimals: 0)) of it "
            + "added up; the rest comes from inputs acting together."
    }

    /// An index with its error at the error's first digit: "41% ±3%", "0.4% ±0.2%".
    static func indexText(_ index: FirstOrderIndex) -> String {
        let decimals = index.standardError >= 0.005 ? 0 : 1
        return NumberText.percent(index.value, decimals: decimals) + " ±" + NumberText.percent(index.standardError, decimals: decimals)
    }

    /// A value of `measure` without an uncertainty, as its estimates are written: £1,250, 23.4%, 2.5.
    static func value(_ x: Double, _ measure: Measure) -> String {
        switch MeasureWording.unit(measure) {
        case .money: return NumberText.money(x)
        case .percent: return NumberText.percent(x)
        case .number(let decimals): return NumberText.fixed(x, decimals: decimals)
        }
    }

    /// The first `limit` bars that show anything: a swing or an index above 0.
    static func shown(_ sensitivity: Sensitivity, limit: Int) -> [Sensitivity.Bar] {
        sensitivity.bars.prefix(limit).filter { $0.swing != 0 || $0.index.value > 0 }
    }

    /// A text tornado: one bar per input in the order of their index, scaled to the largest swing.
    static func bars(_ sensitivity: Sensitivity, limit: Int) -> [String] {
        let shown = shown(sensitivity, limit: limit)
        guard !shown.isEmpty else { return ["No input moves it."] }
        let largest = shown.map { abs($0.swing) }.max() ?? 0
        let nameWidth = min(56, shown.map(\.input.title.count).max() ?? 0)
        let swings = shown.map { ($0.swing >= 0 ? "+" : "-") + value(abs($0.swing), sensitivity.measure) }
        let swingWidth = swings.map(\.count).max() ?? 0
        return zip(shown, swings).map { bar, swing in
            let length = largest > 0 ? max(1, Int((abs(bar.swing) / largest * 30).rounded())) : 1
            let name = TextMeasure.truncated(bar.input.title, to: nameWidth)
            let padded = name + String(repeating: " ", count: nameWidth - name.count)
            let symbol = bar.swing >= 0 ? "█" : "░"
            let drawn = String(repeating: symbol, count: length) + String(repeating: " ", count: 31 - length)
            let figure = String(repeating: " ", count: swingWidth - swing.count) + swing
            return
                "  \(padded)  \(drawn) \(figure)  ρ \(NumberText.fixed(bar.rankCorrelation, decimals: 2))  explains \(indexText(bar.index))"
        } + [
            "",
            "  █ the output rises with the input; ░ it falls. \(sensitivity.bars.count - shown.count) inputs not shown explain less on their own.",
        ]
    }

    /// A figure of `measure` as a table cell: pounds, a percentage or a number.
    static func cell(_ x: Double, _ measure: Measure) -> Cell {
        switch MeasureWording.unit(measure) {
        case .money: return .money(x)
        case .percent: return .percent(x, decimals: 2)
        case .number(let d): return .number(x, decimals: d)
        }
    }

    static func table(_ sensitivity: Sensitivity, scenario: Scenario) -> Table {
        let measure = sensitivity.measure
        var table = Table(
            id: "tornado", title: "Inputs by first-order index",
            columns: [
                .init("Input", key: "input"), .init("Id", key: "id"), .init("Measured as", key: "summary"),
                .init("First-order index", key: "index"), .init("Index standard error", key: "indexStandardError"),
                .init("Low end (P10)", key: "lowInput"), .init("High end (P90)", key: "highInput"),
                .init("Output at low end", key: "lowOutput"), .init("Output at high end", key: "highOutput"),
                .init("Swing", key: "swing"), .init("Rank correlation", key: "rankCorrelation"),
            ])
        func cell(_ x: Double) -> Cell { Self.cell(x, measure) }
        for bar in sensitivity.bars {
            table.append([
                .text(bar.input.title), .text(bar.input.id), .text(bar.input.summary),
                .number(bar.index.value, decimals: 4), .number(bar.index.standardError, decimals: 4),
                .number(bar.lowInput, decimals: 2), .number(bar.highInput, decimals: 2),
                cell(bar.lowOutput), cell(bar.highOutput), cell(bar.swing), .number(bar.rankCorrelation, decimals: 3),
            ])
        }
        return table
    }
}
