import MonteCarlo
import RiskRegister
import TrustModel

/// What the simulation assumes, in words: the economy's uncertain inputs, the trust's policy
/// and central costs, each academy's budget, the schools that may join, how register risks
/// become money, and the seed that makes the numbers reproducible.
enum AssumptionsSection {
    static func make(_ inputs: PackInputs) -> PackSection {
        let scenario = inputs.scenario
        let sampling =
            scenario.sampling == .latinHypercube
            ? "Each year's economy is drawn by Latin hypercube sampling, which spreads the draws evenly over each input's range."
            : "Each year's economy is drawn independently for each future."
        var section = PackSection(
            place: .assumptions, id: "assumptions", heading: "What the simulation assumes",
            intro: [
                "\(NumberText.grouped(scenario.trials)) futures of \(scenario.years) school years each, \(scenario.yearLabel(0)) to "
                    + "\(scenario.yearLabel(scenario.years - 1)), with seed \(scenario.seed): the same file, seed and number of futures give exactly these numbers again. "
                    + sampling + " Money is at \(scenario.yearLabel(0)) prices; the model grows it with each year's draws."
            ])
        section.add(.table(PackTable(AssumptionTables.economy(scenario.economy))))
        if !scenario.economy.correlations.isEmpty {
            let pairs = scenario.economy.correlations.map {
                "\($0.first.title.lowercased()) and \($0.second.title.lowercased()) (rank correlation \(NumberText.fixed($0.rank, decimals: 2)))"
            }
            section.add(.paragraph("Inputs that move together: " + spokenList(pairs) + "."))
        }
        section.add(.table(PackTable(AssumptionTables.trust(scenario))))
        section.add(.table(PackTable(AssumptionTables.academies(scenario))))
        if scenario.growth.isEmpty {
            section.add(.paragraph("No school joins in this scenario."))
        } else {
            section.add(.table(PackTable(AssumptionTables.joins(scenario))))
        }
        if !scenario.templates.isEmpty {
            for table in AssumptionTables.templates(scenario, variants: inputs.variants) { section.add(.table(PackTable(table))) }
        }
        section.add(.subheading("Risks as money"))
        section.add(.paragraph(riskEvents(inputs)))
        if !inputs.result.notes.isEmpty { section.add(.points(inputs.result.notes.map(\.sentence))) }
        return section
    }

    /// How the register's risks take part in the simulation.
    static func riskEvents(_ inputs: PackInputs) -> String {
        let settings = inputs.scenario.riskEvents
        let count = inputs.result.risk.risks.count
        var text =
            "\(plural(count, "register risk")) with money attached strike at random, each with its annual chance and a £ range "
            + "(PERT from its minimum to its maximum, most likely its likely figure), after the mitigations in place or due reduce them. "
        text +=
            settings.unquantified == .fromScores
            ? "Risks without £ figures are valued from their residual scores by the scenario's table. "
            : "Risks without £ figures take no part. "
        if !settings.exclude.isEmpty {
            let named = settings.exclude.map { id in inputs.registers?.risk(id: id).map { "\(id) (\($0.title))" } ?? id }
            text += "Left out because the finance model already simulates them: " + spokenList(named) + "."
        }
        return text
    }
}
