import MonteCarlo
import TrustModel

/// One field (the top-slice) swept over a range on the same futures: the chances that matter
/// against it, with the board's 90%-confidence line, and where the money goes.
enum SweepSection {
    /// The chance the board accepts of central reserves below zero: "solvent with 90% confidence".
    static let tolerance = 0.10

    /// The sweep of the pack's scenario; with `options` (each other option's same sweep, on the
    /// same futures), a chart of every option's chance first, `first` naming the pack's scenario.
    static func make(_ sweep: ParameterSweep, scenario: Scenario, first: String = "", options: [PackInputs.OptionSweep] = []) -> PackSection
    {
        let name = sweep.parameter.description
        let unit = unit(of: sweep)
        var section = PackSection(
            place: .topSliceSweep, id: "sweep", heading: sweep.parameter.title ?? "Sweeping \(name)",
            intro: [
                "The scenario run at each value of \(name) from \(unit.label(sweep.values.first ?? 0)) to \(unit.label(sweep.values.last ?? 0)), "
                    + "every value on the same futures, so the curves move only with \(name)."
            ])
        let probabilities = sweep.measures.indices.filter { if case .probability = sweep.measures[$0] { true } else { false } }
        if let central = probabilities.first {
            let solvency = solvencySentence(sweep, measure: central, unit: unit, scenario: scenario)
            // Beside other options' curves, the sentence says whose values it reads.
            let whose = options.isEmpty ? "" : "For \(DecisionWording.name(first)), "
            section.add(.paragraph(whose.isEmpty ? solvency : whose + solvency.prefix(1).lowercased() + solvency.dropFirst()))
            if !options.isEmpty {
                let every = [PackInputs.OptionSweep(name: first, sweep: sweep)] + options
                section.add(optionsFigure(every, measure: central, unit: unit, scenario: scenario))
            }
        }
        if !probabilities.isEmpty {
            section.add(chancesFigure(sweep, measures: probabilities, unit: unit, scenario: scenario))
        }
        let money = sweep.measures.indices.filter { sweep.measures[$0].output.isMoney && !probabilities.contains($0) }
        if !money.isEmpty {
            section.add(moneyFigure(sweep, measures: money, unit: unit, scenario: scenario))
        }
        return section
    }

    /// From which value on the chance of `measure` (the first chance swept) stays within the
    /// board's limit to the end of the range, or that no value keeps it there. "From" is said only
    /// when every value after it stays within the limit too.
    static func solvencySentence(_ sweep: ParameterSweep, measure central: Int, unit: ChartUnit, scenario: Scenario) -> String {
        let chance = MeasureWording.phrase(sweep.measures[central], scenario: scenario)
        let within = { (index: Int) in sweep.estimates[index][central].value <= tolerance }
        let text = { (index: Int) in
            "\(NumberText.percent(sweep.estimates[index][central].value)) ± \(NumberText.percent(sweep.estimates[index][central].standardError))"
        }
        guard let first = sweep.values.indices.first(where: within) else {
            return "No value swept keeps \(chance.subject) at or below 10%."
        }
        let from = (sweep.values.indices.last { !within($0) }).map { $0 + 1 } ?? 0
        guard from < sweep.values.count else {
            let end = sweep.values.count - 1
            return "The chance of \(chance.what) in \(chance.year) is at most 10% at \(unit.label(sweep.values[first])) (\(text(first))) "
                + "but not from any value to the end of the range: at \(unit.label(sweep.values[end])) it is \(text(end))."
        }
        return "From \(unit.label(sweep.values[from])) the chance of \(chance.what) in \(chance.year) "
            + "is at most 10% (\(text(from)) there): "
            + "the centre stays solvent with 90% confidence. matrisk solve finds the value between the steps."
    }

    /// Each chance against the value swept, with its 95% interval and the board's 10% line.
    private static func chancesFigure(_ sweep: ParameterSweep, measures: [Int], unit: ChartUnit, scenario: Scenario) -> PackFigure {
        let name = sweep.parameter.description
        let series = lines(sweep, measures: measures) { value, e in
            LineChart.Point(x: value, y: e.value, low: max(0, e.interval95.lowerBound), high: min(1, e.interval95.upperBound))
        }
        return PackFigure(
            id: "line-sweep-chances",
            chart: LineChart(
                title: "Chances against \(name)", xTitle: name, yTitle: "Chance", xAxis: .numeric(unit),
                yUnit: .percent(decimals: 1),
                series: series,
                thresholds: [.init(label: "10%: solvent with 90% confidence", value: tolerance, axis: .y, isTarget: true)],
                yRange: 0...1),
            caption:
                "Each line is a chance in \(scenario.yearLabel(scenario.years - 1)), the end of the plan, with its 95% interval shaded; "
                + "the dashed line is the board's 10% limit.")
    }

    /// One chance against the value swept, a line for each option, and the board's 10% line:
    /// where each option becomes safe enough. Lines without bands, so that several options stay
    /// readable and their table fits the page; the caption gives the largest standard error.
    private static func optionsFigure(
        _ options: [PackInputs.OptionSweep], measure central: Int, unit: ChartUnit, scenario: Scenario
    ) -> PackFigure {
        let sweep = options[0].sweep
        let name = sweep.parameter.description
        let series = options.map { option in
            LineChart.Series(
                name: option.name,
                points: option.sweep.values.enumerated().map { v, value in
                    LineChart.Point(x: value, y: option.sweep.estimates[v][central].value)
                })
        }
        let largest = options.flatMap { $0.sweep.estimates.map { $0[central].standardError } }.max() ?? 0
        let chance = MeasureWording.phrase(sweep.measures[central], scenario: scenario)
        return PackFigure(
            id: "line-sweep-options",
            chart: LineChart(
                title: "\(shortName(sweep.measures[central])) against \(name), by option", xTitle: name, yTitle: "Chance",
                xAxis: .numeric(unit), yUnit: .percent(decimals: 1), series: series,
                thresholds: [.init(label: "10%: solvent with 90% confidence", value: tolerance, axis: .y, isTarget: true)],
                yRange: 0...1),
            caption:
                "For each option, \(chance.subject) at each value of \(name), every option on the same futures; "
                + "no point's standard error is above \(NumberText.percent(largest)). The dashed line is the board's 10% limit.")
    }

    /// The mean reserves that are money against the value swept: where the money ends up.
    private static func moneyFigure(_ sweep: ParameterSweep, measures: [Int], unit: ChartUnit, scenario: Scenario) -> PackFigure {
        let name = sweep.parameter.description
        let series = lines(sweep, measures: measures) { value, e in LineChart.Point(x: value, y: e.value) }
        return PackFigure(
            id: "line-sweep-money",
            chart: LineChart(
                title: "Where the money ends up against \(name)", xTitle: name, yTitle: "£ at the end of the plan",
                xAxis: .numeric(unit),
                yUnit: .money, series: series, thresholds: [.init(label: "£0", value: 0, axis: .y, isTarget: false)]),
            caption:
                "The mean reserves in \(scenario.yearLabel(scenario.years - 1)), the end of the plan: what the centre gains, the academies give up."
        )
    }

    /// A line for each of `measures`, named for it, with a point (made by `point` from the value
    /// and its estimate) at each value swept.
    private static func lines(
        _ sweep: ParameterSweep, measures: [Int], point: (Double, Estimate) -> LineChart.Point
    ) -> [LineChart.Series] {
        measures.map { m in
            LineChart.Series(
                name: shortName(sweep.measures[m]),
                points: sweep.values.enumerated().map { v, value in point(value, sweep.estimates[v][m]) })
        }
    }

    /// A line's name, short enough to sit at its right-hand end: "Central reserves < £0".
    static func shortName(_ measure: Measure) -> String {
        switch measure {
        case .probability(let event):
            return MeasureWording.eventWords(event).capitalisedFirst
        default: return MeasureWording.figureTitle(measure.output)
        }
    }

    /// How the swept values are written and drawn: a `…Percent` field as 4.5%, money as £250k,
    /// anything else as a plain number.
    static func unit(of sweep: ParameterSweep) -> ChartUnit {
        switch sweep.parameter.unit {
        case .percent: return .number(decimals: decimals(sweep.values), suffix: "%")
        case .money: return .money
        case .count, .probability, .number: return .number(decimals: decimals(sweep.values), suffix: "")
        }
    }

    static func decimals(_ values: [Double]) -> Int {
        min(2, SweepReport.decimals(values))
    }
}
