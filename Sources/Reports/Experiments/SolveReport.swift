import TrustModel

/// `matrisk solve`: the answer in a sentence, its uncertainty, the confirmation run, and every
/// value tried.
package enum SolveReport {
    package static func make(_ solution: TargetSolution, scenario: Scenario) -> Report {
        var report = Report(title: "\(scenario.name): solving for \(solution.parameter)")
        let measure = solution.target.measure
        let value = NumberText.fixed(solution.value, decimals: 2)
        let estimate = TextRenderer.text(MeasureWording.cell(solution.estimate, for: measure))
        let confirmation = TextRenderer.text(MeasureWording.cell(solution.confirmation, for: measure))
        let range =
            "\(NumberText.fixed(solution.range.lowerBound, decimals: 2)) to \(NumberText.fixed(solution.range.upperBound, decimals: 2))"
        switch solution.outcome {
        case .found:
            var sentence =
                "The \(solution.largest ? "largest" : "smallest") \(solution.parameter) that meets \(solution.target) is \(value)"
            if let uncertainty = solution.valueUncertainty {
                sentence += " (±\(significant(uncertainty)) from Monte Carlo error)"
            }
            sentence +=
                ": there the estimate is \(estimate), within the target even allowing for Monte Carlo error (its one-sided 95% bound)."
            report.add(.paragraph(sentence))
            report.add(.paragraph(confirmationSentence(solution, confirmation: confirmation)))
        case .noValueMeets:
            report.add(
                .paragraph(
                    "No value of \(solution.parameter) from \(range) meets \(solution.target): at \(value), the best end of the range, "
                        + "the estimate is \(estimate). Widen --range, or ask for a different target."))
        }
        var tried = Table(
            id: "evaluations", title: "Values tried (on seed \(scenario.seed), \(NumberText.grouped(scenario.trials)) trials each)",
            columns: [
                .init("\(solution.parameter)", key: "value"), .init(MeasureWording.label(measure, scenario: scenario), key: "estimate"),
            ])
        for (value, estimate) in solution.evaluations.sorted(by: { $0.value < $1.value }) {
            tried.append([.number(value, decimals: 3), MeasureWording.cell(estimate, for: measure)])
        }
        report.add(tried)
        return report
    }

    /// The confirmation judged as the search judged every value: by its one-sided 95% bound.
    static func confirmationSentence(_ solution: TargetSolution, confirmation: String) -> String {
        let side = solution.target.comparison == .below || solution.target.comparison == .atMost ? "upper" : "lower"
        let bound = "its one-sided 95% \(side) bound, \(boundText(solution.confirmationBound, solution.target.measure)),"
        let seed = "on a fresh seed (\(solution.confirmationSeed))"
        let moved = solution.firstRefused.map { refused in
            "The search's first answer, \(NumberText.fixed(refused.value, decimals: 2)), was refused \(seed): there the estimate is "
                + "\(TextRenderer.text(MeasureWording.cell(refused.confirmation, for: solution.target.measure))) and its bound misses the "
                + "target, so the search went on, on that seed, to the first value that meets the target on both seeds. "
        }
        return solution.confirmed
            ? (moved ?? "")
                + "Confirmed \(moved == nil ? seed : "on that seed"): \(confirmation); \(bound) meets the target, the rule the search used."
            : "Not confirmed: \(seed) the estimate is \(confirmation), and \(bound) misses the target, the rule the search used; "
                + "run again with more --trials."
    }

    /// A bound on `measure` to one more decimal place than its estimates, so that a bound just inside
    /// a target does not print as the target itself.
    static func boundText(_ x: Double, _ measure: Measure) -> String {
        switch MeasureWording.unit(measure) {
        case .money: return NumberText.money(x)
        case .percent: return NumberText.percent(x, decimals: 2)
        case .number(let decimals): return NumberText.fixed(x, decimals: decimals + 1)
        }
    }

    /// Enough decimal places to show the first significant digit (0.0048 → "0.005").
    static func significant(_ value: Double) -> String {
        var decimals = 2
        while decimals < 6, value > 0, value * NumberText.pow10(decimals) < 1 { decimals += 1 }
        return NumberText.fixed(value, decimals: decimals)
    }
}
