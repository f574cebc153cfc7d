import TrustModel

/// What moves one outcome most: the `sensitivity` command's tornado in the pack, the inputs
/// that explain most of the outcome's spread first, each bar the swing between the input's
/// high and low ends, and the same figures in a table.
enum SensitivitySection {
    /// Bars drawn and rows printed: a board reads about ten.
    static let barLimit = 10

    static func make(_ sensitivity: Sensitivity, scenario: Scenario) -> PackSection {
        let subject = MeasureWording.subject(sensitivity.measure, scenario: scenario)
        var section = PackSection(
            place: .sensitivity, id: "sensitivity", heading: "What moves \(subject)",
            intro: [SensitivityReport.introduction(sensitivity, scenario: scenario)])
        if let reading = SensitivityReport.reading(sensitivity, subject: subject) { section.add(.points([reading])) }
        let shown = Array(SensitivityReport.shown(sensitivity, limit: barLimit))
        guard !shown.isEmpty else {
            section.add(.points(["No input moves it."]))
            return section
        }
        let unit: ChartUnit =
            switch MeasureWording.unit(sensitivity.measure) {
            case .money: .money
            case .percent: .percent(decimals: 1)
            case .number(let decimals): .number(decimals: decimals, suffix: "")
            }
        section.add(
            PackFigure(
                id: "bar-sensitivity",
                chart: BarChart(
                    title: "Swing of \(subject) between each input's high and low ends", labelTitle: "Input",
                    valueTitle: "Swing", unit: unit,
                    bars: shown.map { BarChart.Bar(label: "\(SensitivityReport.indexText($0.index))  \($0.input.title)", value: $0.swing) }
                ),
                caption:
                    "Right of zero, the outcome is higher when the input is high; left, lower. Before each input, the share of the "
                    + "outcome's spread it explains on its own, ± its Monte Carlo error; the inputs are in that order.",
                table: .none))
        section.add(table(shown, sensitivity: sensitivity))
        return section
    }

    /// The bars drawn, as a table that fits the page: the command's CSV has every column.
    static func table(_ shown: [Sensitivity.Bar], sensitivity: Sensitivity) -> Table {
        var table = Table(
            id: "sensitivity-bars", title: "The inputs drawn",
            columns: [
                .init("Input", key: "input"), .init("Explains", key: "explains"), .init("Output at low end", key: "lowOutput"),
                .init("Output at high end", key: "highOutput"), .init("Swing", key: "swing"),
                .init("Rank correlation", key: "rankCorrelation"),
            ])
        for bar in shown {
            table.append([
                .text(bar.input.title), .text(SensitivityReport.indexText(bar.index)),
                SensitivityReport.cell(bar.lowOutput, sensitivity.measure),
                SensitivityReport.cell(bar.highOutput, sensitivity.measure), SensitivityReport.cell(bar.swing, sensitivity.measure),
                .number(bar.rankCorrelation, decimals: 2),
            ])
        }
        return table
    }
}
