import TrustModel

/// `matrisk stress --find`: the reverse stress test in the sentence a board reads ("The centre
/// runs out of reserves in 2031/32 in most futures if pay awards run 1.80 points (±0.10) above
/// the assumption …"), how it was judged and confirmed, and every shock tried.
package enum ShockReport {
    package static func make(_ finding: ShockFinding, scenario: Scenario) -> Report {
        let event = "\(MeasureWording.eventWords(finding.event)) (\(MeasureWording.year(finding.event.output, scenario: scenario)))"
        var report = Report(title: "\(scenario.name): how large a shock makes \(event) likely")
        let measure = finding.target.measure
        let unshocked = chance(finding.unshocked, measure)
        let clause = eventClause(finding.event, scenario: scenario)
        let happening = clause.capitalisedFirst
        let most = mostFutures(finding.target.value)
        switch finding.outcome {
        case .found(let solution):
            let inputs = inputsSentence(finding.shock, amount: solution.value, uncertainty: solution.valueUncertainty)
            report.add(
                .paragraph(
                    "\(happening) \(most) if \(inputs) (\(chance(solution.estimate, measure)) of futures at that shock; \(unshocked) with none)."
                ))
            report.add(.paragraph(judgement(finding, trials: scenario.trials)))
            report.add(.paragraph(SolveReport.confirmationSentence(solution, confirmation: chance(solution.confirmation, measure))))
        case .alreadyLikely:
            report.add(
                .paragraph(
                    "\(happening) \(most) already, with no shock: \(unshocked) of futures. There is no shock to find; ask about a "
                        + "rarer event, or draw the line higher with --above."))
        case .outOfReach(let reach, let estimate, let refusal):
            let directions = spokenList(finding.shock.inputs.map { "\(name($0).words) \($0.direction == .up ? "up" : "down")" })
            let line = NumberText.percent(finding.target.value, decimals: 0)
            var sentence =
                "No shock up to \(amount(reach, finding.shock.unit)) (\(directions)) takes the chance that "
                + "\(clause) above \(line): at that shock it is "
                + "\(chance(estimate, measure)) (\(unshocked) with none)."
            if let refusal { sentence += " A larger shock is refused: \(refusal)" }
            report.add(.paragraph(sentence + " Widen --range, or shock more inputs."))
        }
        report.add(triedTable(finding, scenario: scenario))
        return report
    }

    /// The event as something that happens: the board's words where it has them ("the centre runs
    /// out of reserves in 2031/32"), else "the event 'central reserves < £100k' happens in 2031/32".
    static func eventClause(_ event: OutputEvent, scenario: Scenario) -> String {
        let happening = DecisionWording.happening(event, scenario: scenario)
        let words = MeasureWording.eventWords(event)
        guard DecisionWording.plainWords(event, scenario: scenario) == words else { return happening }
        return "the event '\(words)' happens" + happening.dropFirst(words.count)
    }

    /// How "most futures" was judged, and what the ± is.
    static func judgement(_ finding: ShockFinding, trials: Int) -> String {
        let line = NumberText.percent(finding.target.value, decimals: 0)
        let most = finding.target.value == 0.5 ? "\"Most futures\" means more than \(line) of them" : "The line is \(line) of futures"
        return "\(most) even allowing for Monte Carlo error: the chance's one-sided 95% lower bound is above \(line), the rule solve "
            + "judges a target by. Every shock is run on the same \(NumberText.grouped(trials)) futures (common random numbers), so "
            + "the chance moves only with the shock; the ± on the shock is its own Monte Carlo uncertainty."
    }

    static func triedTable(_ finding: ShockFinding, scenario: Scenario) -> Table {
        let measure = finding.target.measure
        var tried = Table(
            id: "shocks", title: "Shocks tried (on seed \(scenario.seed), \(NumberText.grouped(scenario.trials)) trials each)",
            columns: [
                .init("Shock (\(unitWords(finding.shock.unit)))", key: "shock"),
                .init(MeasureWording.label(measure, scenario: scenario), key: "estimate"),
            ])
        for (shock, estimate) in finding.tried {
            tried.append([.number(shock, decimals: finding.shock.unit == .money ? 0 : 3), MeasureWording.cell(estimate, for: measure)])
        }
        return tried
    }

    /// "pay awards run 1.80 points (±0.10) above the assumption and the funding (GAG) uplift runs
    /// 1.80 points below it".
    static func inputsSentence(_ shock: ScenarioShock, amount value: Double, uncertainty: Double?) -> String {
        let size = amount(value, shock.unit)
        let error = uncertainty.map { " (±\(SolveReport.significant($0)))" } ?? ""
        let clauses = shock.inputs.enumerated().map { index, input in
            let (words, verb) = name(input)
            let side = input.direction == .up ? "above" : "below"
            return "\(words) \(verb) \(size)\(index == 0 ? error : "") \(side) \(index == 0 ? "the assumption" : "it")"
        }
        return spokenList(clauses)
    }

    /// A trustee's name for an input and the verb it takes; the path for a field without one.
    static func name(_ input: ScenarioShock.Input) -> (words: String, verb: String) {
        switch input.path.description {
        case "economy.payAwardPercent": return ("pay awards", "run")
        case "economy.fundingUpliftPercent": return ("the funding (GAG) uplift", "runs")
        case "economy.nonPayInflationPercent": return ("non-pay inflation", "runs")
        case "economy.payGrantCoveragePercent": return ("the share of pay awards funded by grant", "runs")
        default: return (input.title.map(MeasureWording.lowercased) ?? input.path.description, "is")
        }
    }

    /// "1.80 points", "£25,000", "0.050".
    static func amount(_ value: Double, _ unit: ParameterUnit) -> String {
        switch unit {
        case .percent: return "\(NumberText.fixed(value, decimals: 2)) points"
        case .money: return NumberText.money(value)
        case .probability: return NumberText.fixed(value, decimals: 3)
        case .count, .number: return NumberText.fixed(value, decimals: 2)
        }
    }

    static func unitWords(_ unit: ParameterUnit) -> String {
        switch unit {
        case .percent: return "points"
        case .money: return "£"
        case .probability: return "chance"
        case .count: return "count"
        case .number: return "amount"
        }
    }

    /// "in most futures" for the 50% line, "in more than 70% of futures" for another.
    static func mostFutures(_ line: Double) -> String {
        line == 0.5 ? "in most futures" : "in more than \(NumberText.percent(line, decimals: 0)) of futures"
    }

    static func chance(_ estimate: Estimate, _ measure: Measure) -> String {
        TextRenderer.text(MeasureWording.cell(estimate, for: measure))
    }
}
