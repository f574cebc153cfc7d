import TrustModel

/// `matrisk sensitivity`: the tornado, as text bars for people and a table for machines.
package enum SensitivityReport {
    package static func make(_ sensitivity: Sensitivity, scenario: Scenario, limit: Int = 15) -> Report {
        let measure = sensitivity.measure
        var report = Report(title: "\(scenario.name): what moves \(MeasureWording.subject(measure, scenario: scenario))")
        report.add(
            .paragraph(
                "Over all \(NumberText.grouped(scenario.trials)) futures it is \(TextRenderer.text(MeasureWording.cell(sensitivity.overall, for: measure))). "
                    + "Each bar is the difference between the futures where an input is at its high end (at or above its 90th percentile) "
                    + "and those where it is at its low end (at or below its 10th); ρ is the rank correlation. Inputs that never vary have no bar."
            ))
        report.add(.figure(lines: bars(sensitivity, limit: limit), table: table(sensitivity, scenario: scenario)))
        for correlation in scenario.economy.correlations {
            report.add(
                .paragraph(
                    "\(correlation.first.title) and \(correlation.second.title.lowercased()) move together in this scenario "
                        + "(rank correlation \(NumberText.fixed(correlation.rank, decimals: 2))), so each one's bar carries some of the other's effect."
                ))
        }
        return report
    }

    /// A value of `measure` without an uncertainty, as its estimates are written: £1,250, 23.4%, 2.5.
    static func value(_ x: Double, _ measure: Measure) -> String {
        switch MeasureWording.unit(measure) {
        case .money: return NumberText.money(x)
        case .percent: return NumberText.percent(x)
        case .number(let decimals): return NumberText.fixed(x, decimals: decimals)
        }
    }

    /// A text tornado: one bar per input, longest first, scaled to the largest swing.
    static func bars(_ sensitivity: Sensitivity, limit: Int) -> [String] {
        let shown = sensitivity.bars.prefix(limit).filter { $0.swing != 0 }
        guard let largest = shown.map({ abs($0.swing) }).max(), largest > 0 else { return ["No input moves it."] }
        let nameWidth = min(48, shown.map(\.input.title.count).max() ?? 0)
        return shown.map { bar in
            let length = max(1, Int((abs(bar.swing) / largest * 30).rounded()))
            let name = TextMeasure.truncated(bar.input.title, to: nameWidth)
            let padded = name + String(repeating: " ", count: nameWidth - name.count)
            let symbol = bar.swing >= 0 ? "█" : "░"
            let sign = bar.swing >= 0 ? "+" : "-"
            let swing = sign + value(abs(bar.swing), sensitivity.measure)
            return
                "  \(padded)  \(String(repeating: symbol, count: length))\(String(repeating: " ", count: 31 - length)) \(swing)  ρ \(NumberText.fixed(bar.rankCorrelation, decimals: 2))"
        } + [
            "",
            "  █ the output rises with the input; ░ it falls. \(sensitivity.bars.count - shown.count) inputs not shown have a smaller or no swing.",
        ]
    }

    static func table(_ sensitivity: Sensitivity, scenario: Scenario) -> Table {
        let measure = sensitivity.measure
        var table = Table(
            id: "tornado", title: "Inputs by swing",
            columns: [
                .init("Input", key: "input"), .init("Id", key: "id"), .init("Measured as", key: "summary"),
                .init("Low end (P10)", key: "lowInput"), .init("High end (P90)", key: "highInput"),
                .init("Output at low end", key: "lowOutput"), .init("Output at high end", key: "highOutput"),
                .init("Swing", key: "swing"), .init("Rank correlation", key: "rankCorrelation"),
            ])
        let unit = MeasureWording.unit(measure)
        func cell(_ x: Double) -> Cell {
            switch unit {
            case .money: return .money(x)
            case .percent: return .percent(x, decimals: 2)
            case .number(let d): return .number(x, decimals: d)
            }
        }
        for bar in sensitivity.bars {
            table.append([
                .text(bar.input.title), .text(bar.input.id), .text(bar.input.summary),
                .number(bar.lowInput, decimals: 2), .number(bar.highInput, decimals: 2),
                cell(bar.lowOutput), cell(bar.highOutput), cell(bar.swing), .number(bar.rankCorrelation, decimals: 3),
            ])
        }
        return table
    }
}
