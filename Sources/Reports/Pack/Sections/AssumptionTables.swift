import MonteCarlo
import TrustModel

/// The tables of a scenario's inputs, each number with its unit, each uncertain input in words.
enum AssumptionTables {
    typealias Words = DistributionWording

    static func economy(_ economy: Economy) -> Table {
        var table = Table(
            id: "economy", title: "The economy, drawn afresh each year (the same for every academy)",
            columns: [
                .init("Input", key: "input"), .init("How it is drawn", key: "distribution"), .init("Average", key: "mean"),
                .init("90% of years between", key: "middle90"),
            ])
        for input in Economy.Input.allCases {
            let d = economy[input]
            table.append([
                .text(input.title), .text(Words.words(d, .percent)), .text(Words.value(d.mean, .percent)),
                .text(Words.middle90(d, .percent)),
            ])
        }
        return table
    }

    static func trust(_ scenario: Scenario) -> Table {
        let t = scenario.trust
        let percent = { (x: Double) in Words.value(x, .percent) }
        var table = Table(
            id: "trust-settings", title: "The trust's policy and its central team",
            columns: [
                .init("Setting", key: "setting"), .init("Value", key: "value"),
            ])
        func row(_ name: String, _ value: String) { table.append([.text(name), .text(value)]) }
        if t.fundingModel == .pooled {
            row("How the centre is funded", "GAG pooling: every academy's GAG goes into one pot")
        } else {
            row("How the centre is funded", "a top-slice of \(percent(t.topSlicePercent)) of each academy's GAG")
        }
        row("Central reserves at the start", NumberText.money(t.centralReserves))
        row("Central income of its own (services, grants)", NumberText.money(t.centralOtherIncome) + " a year")
        row("Central costs: core team", NumberText.money(t.centralCosts.fixed) + " a year")
        row("Central costs: per academy", NumberText.money(t.centralCosts.perAcademy) + " a year")
        row("Central costs: each school joining", NumberText.money(t.centralCosts.joiningCost) + " once")
        for step in t.centralCosts.steps {
            let lead = step.leadYears == 0 ? "" : ", in post \(plural(step.leadYears, "year")) ahead"
            row("Added capacity at \(step.atAcademies) academies", NumberText.money(step.cost) + " a year" + lead)
        }
        row("Share of central costs that is pay", percent(t.centralPaySharePercent))
        row("Academy reserve target", "\(percent(t.reserveTargetPercent)) of the academy's income")
        row("Trust reserve target", "\(percent(t.trustReserveTargetPercent)) of the trust's income")
        row("Staff-cost ceiling", "\(percent(t.staffCostCapPercent)) of an academy's income")
        row("How far staffing follows pupil numbers", "\(percent(t.staffingElasticity * 100)) of any change in pupils")
        row(
            "Deficit recovery",
            t.maxStaffCutPercent.map { "an academy in in-year deficit cuts staff costs by up to \(percent($0)) the next year" }
                ?? "none modelled")
        return table
    }

    static func academies(_ scenario: Scenario) -> Table {
        var table = Table(
            id: "academies-at-start", title: "The academies in \(scenario.yearLabel(0))",
            columns: [
                .init("Academy", key: "academy"), .init("Phase and type", key: "kind"), .init("Pupils (places)", key: "pupils"),
                .init("Yearly change in pupils", key: "rollChange"), .init("GAG per pupil", key: "fundingPerPupil"),
                .init("Lump sum", key: "lumpSum"), .init("Other income", key: "otherIncome"), .init("Staff costs", key: "staffCosts"),
                .init("Other costs", key: "nonStaffCosts"), .init("Reserves", key: "reserves"),
            ])
        for a in scenario.academies {
            table.append([
                .text(a.name), .text("\(a.phase.rawValue) \(a.type.rawValue)"),
                .text("\(NumberText.grouped(a.pupils)) (\(NumberText.grouped(a.capacity)))"),
                .text(Words.words(a.rollChangePercent, .percent)), .money(a.fundingPerPupil), .money(a.lumpSum), .money(a.otherIncome),
                .money(a.staffCosts), .money(a.nonStaffCosts), .money(a.reserves),
            ])
            if let deficit = a.structuralDeficit {
                table.notes.append(
                    "\(a.name) may carry a structural deficit: a \(NumberText.percent(deficit.probability, decimals: 0)) chance, "
                        + "\(Words.words(deficit.amount, .money)) in the first year, recovered over \(plural(deficit.recoveryYears, "year"))."
                )
            }
        }
        return table
    }

    static func joins(_ scenario: Scenario) -> Table {
        var table = Table(
            id: "planned-joins", title: "Schools planned to join",
            columns: [
                .init("School", key: "school"), .init("Joins for", key: "year"), .init("Kind", key: "template"),
                .init("Chance it goes ahead", key: "probability"),
            ])
        for join in scenario.growth {
            table.append([
                .text(join.name), .text(Scenario.schoolYear(join.year)), .text(join.template), .percent(join.probability.mean, decimals: 0),
            ])
        }
        return table
    }
}
