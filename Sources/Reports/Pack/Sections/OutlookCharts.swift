import MonteCarlo
import TrustModel

/// The outlook's charts, each made from the simulation's percentiles and probabilities.
enum OutlookCharts {
    /// The percentiles of `metric` in every year.
    static func steps(_ result: SimulationResult, _ metric: TrustMetric) -> [FanChart.Step] {
        result.years.map { year in
            let s = year.summary(metric)
            func p(_ q: Double) -> Double { s.percentile(q) ?? s.mean }
            return FanChart.Step(label: year.label, p5: p(0.05), p25: p(0.25), p50: p(0.5), p75: p(0.75), p95: p(0.95))
        }
    }

    /// Trust reserves in pounds, because that is how a budget paper states them, with the target
    /// in pounds as the target percentage of each year's median income. (Drawn as a percentage
    /// of income the target would be a flat line, but trustees would lose the £ they plan in;
    /// the chance of meeting the target, future by future, is in the key chances table.)
    static func trustReserves(_ result: SimulationResult) -> FanChart {
        let share = result.scenario.trust.trustReserveTargetPercent / 100
        let targets = result.years.map { share * ($0.summary(.trustIncome).percentile(0.5) ?? 0) }
        let percent = NumberText.fixed(result.scenario.trust.trustReserveTargetPercent, decimals: 0)
        return FanChart(
            title: "Trust reserves", valueTitle: "Trust reserves at the end of the year", unit: .money,
            steps: steps(result, .trustReserves),
            references: [.init(label: "Target: \(percent)% of median income", values: targets, isTarget: true)])
    }

    static func centralReserves(_ result: SimulationResult) -> FanChart {
        FanChart(
            title: "Central reserves", valueTitle: "Central reserves at the end of the year", unit: .money,
            steps: steps(result, .centralReserves),
            references: [.init(label: "£0", values: Array(repeating: 0, count: result.years.count), isTarget: false)])
    }

    /// Academies in deficit as chances rather than a fan of the count: with a handful of academies
    /// the count's percentiles are whole numbers that jump between 0, 1 and 2 and draw a jagged
    /// fan, while a chance per academy says which school drives the risk. The chance that any
    /// academy is in deficit carries its 95% interval.
    static func deficitChances(_ result: SimulationResult) -> LineChart {
        let labels = result.years.map(\.label)
        var series = result.academies.map { academy in
            LineChart.Series(
                name: academy.name,
                points: academy.years.enumerated().compactMap { index, year in
                    year.trialsPresent > 0 ? LineChart.Point(x: Double(index), y: year.inDeficit.estimate, chance: year.inDeficit) : nil
                })
        }
        series.insert(
            LineChart.Series(
                name: "At least one academy",
                points: result.years.map { year in
                    let interval = year.anyAcademyInDeficit.wilsonInterval()
                    return LineChart.Point(
                        x: Double(year.index), y: year.anyAcademyInDeficit.estimate, low: interval.lowerBound, high: interval.upperBound,
                        chance: year.anyAcademyInDeficit)
                }), at: 0)
        return LineChart(
            title: "Chance of ending the year in cumulative deficit", xTitle: "School year", yTitle: "Chance of reserves below £0",
            xAxis: .categories(labels), yUnit: .percent(decimals: 1), series: series, yRange: 0...1)
    }
}
