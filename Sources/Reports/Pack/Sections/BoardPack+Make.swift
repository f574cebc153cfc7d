import RiskRegister
import TrustModel

extension BoardPack {
    /// The pack of `inputs`, in the trustee's order. The options side by side appear when the
    /// inputs carry a comparison, the sweep when they carry one, and the risk sections and the
    /// value of each mitigation when the scenario names registers.
    package static func make(_ inputs: PackInputs) -> BoardPack {
        let analysis = inputs.registers.map {
            RegisterAnalysis(
                registers: $0, previous: inputs.previous, scenario: inputs.scenario, variants: inputs.variants.map(\.scenario),
                asOf: inputs.asOf)
        }
        var pack = BoardPack(
            cover: cover(inputs, analysis: analysis),
            colophon: "Made by matrisk from the files named on the cover. To make this pack again: \(inputs.command)")
        if let decision = inputs.decision, decision.entries.count > 1 {
            pack.add(DecisionSection.make(decision, breaks: inputs.optionStress))
            for (number, entry) in decision.entries.enumerated().dropFirst() { pack.add(OptionSection.make(entry, number: number + 1)) }
        }
        var summary = SummarySection.make(inputs, registers: analysis)
        if let decision = inputs.decision, decision.entries.count > 1 {
            summary.intro.insert(
                "This summary and the finances year by year are of \(DecisionWording.name(decision.entries[0].name)), the first option; "
                    + "each other option has a page of its own after them, and the registers, shared by every option, come once.", at: 0)
        }
        pack.add(summary)
        pack.add(AssumptionsSection.make(inputs))
        pack.add(OutlookSection.make(inputs))
        if let comparison = inputs.comparison, comparison.entries.count > 1 { pack.add(VariantsSection.make(comparison)) }
        if let sweep = inputs.sweep {
            let first = inputs.decision?.entries.first?.name ?? "base"
            pack.add(SweepSection.make(sweep, scenario: inputs.scenario, first: first, options: inputs.optionSweeps))
        }
        if let sensitivity = inputs.sensitivity { pack.add(SensitivitySection.make(sensitivity, scenario: inputs.scenario)) }
        if let stress = inputs.stress { pack.add(StressSection.make(stress, scenario: inputs.scenario)) }
        if let analysis {
            pack.add(RiskRegistersSection.make(analysis))
            pack.add(RollUpSection.make(analysis))
            pack.add(GovernanceSection.make(analysis))
            pack.add(MovementSection.make(analysis, previousName: inputs.previousName))
        }
        pack.add(RiskInMoneySection.make(inputs))
        if !inputs.mitigationValues.isEmpty { pack.add(MitigationValueSection.make(inputs.mitigationValues, scenario: inputs.scenario)) }
        return pack
    }

    static func cover(_ inputs: PackInputs, analysis: RegisterAnalysis?) -> Cover {
        var facts = [Cover.Fact("Scenario", inputs.scenarioFile + (inputs.variant.map { ", variant \($0)" } ?? ""))]
        if let analysis {
            let open = analysis.registers.risks.filter(\.isOpen).count
            var registers =
                "the trust register and \(plural(analysis.registers.academies.count, "academy register")), \(plural(open, "open risk"))"
            if !analysis.scope.joining.isEmpty {
                registers += "; the registers of \(plural(analysis.scope.joining.count, "kind")) of joining school are counted apart"
            }
            facts.append(Cover.Fact("Registers", registers))
            facts.append(Cover.Fact("Earlier snapshot", inputs.previousName ?? "none given"))
        } else {
            facts.append(Cover.Fact("Registers", "none named by the scenario"))
        }
        if let decision = inputs.decision, decision.entries.count > 1 {
            facts.insert(Cover.Fact("Options", decision.entries.map(\.name).joined(separator: ", ")), at: 1)
        }
        let result = inputs.result
        let reading = [
            "Each of the \(NumberText.grouped(result.trials)) simulated futures is one way the next \(result.scenario.years) school years could go: "
                + "the economy, pupil numbers, which schools join and which risks strike are drawn afresh in each.",
            "A chance such as 23.4% (±0.4%) is the share of futures in which something happens; the ± is its standard error, "
                + "how far the figure could move if the futures were simulated again.",
            "The median (P50) is the middle future; P5 to P95 is the range holding 90% of futures, P25 to P75 the middle half. "
                + "The scenario's money is at \(result.scenario.yearLabel(0)) prices; results are in each year's pounds, grown with the simulated funding, pay and prices.",
        ]
        return Cover(title: inputs.scenario.name, asOf: inputs.asOf.longText, facts: facts, reading: reading)
    }
}
