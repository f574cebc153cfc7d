import TrustModel

/// `matrisk sweep`: each value of the field, with every measure and its standard error.
package enum SweepReport {
    package static func make(_ sweep: ParameterSweep, scenario: Scenario) -> Report {
        var report = Report(title: "\(scenario.name): sweeping \(sweep.parameter)")
        report.add(
            .paragraph(
                "\(sweep.parameter) from \(format(sweep.values.first ?? 0)) to \(format(sweep.values.last ?? 0)), each value run on the same "
                    + "\(NumberText.grouped(scenario.trials)) futures (seed \(scenario.seed)), so the curves move only with the field."))
        report.add(table(sweep, scenario: scenario))
        return report
    }

    package static func table(_ sweep: ParameterSweep, scenario: Scenario) -> Table {
        var table = Table(
            id: "sweep", title: "Each value of \(sweep.parameter) (± standard error)",
            columns: [.init("\(sweep.parameter)", key: "value")]
                + sweep.measures.map { .init(MeasureWording.label($0, scenario: scenario), key: $0.description) })
        for (v, value) in sweep.values.enumerated() {
            table.append(
                [.number(value, decimals: decimals(sweep.values))]
                    + sweep.measures.enumerated().map { MeasureWording.valueCell(sweep.estimates[v][$0], for: $1, trials: scenario.trials) }
            )
        }
        return table
    }

    /// Enough decimal places to tell the values apart (0.5 steps need one).
    static func decimals(_ values: [Double]) -> Int {
        (0...4).first { d in values.allSatisfy { abs($0 * NumberText.pow10(d) - ($0 * NumberText.pow10(d)).rounded()) < 1e-9 } } ?? 4
    }

    static func format(_ value: Double) -> String {
        NumberText.fixed(value, decimals: decimals([value]))
    }
}
