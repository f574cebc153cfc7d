import MonteCarlo
import RiskRegister
import TrustModel

/// The one-page summary: the simulation's plain sentences (the same ``Headlines`` that
/// `matrisk simulate` prints), the key chances year by year with their standard errors, and
/// what the registers say, in sentences.
enum SummarySection {
    static func make(_ inputs: PackInputs, registers: RegisterAnalysis?) -> PackSection {
        let result = inputs.result
        var section = PackSection(
            place: .summary, id: "summary", heading: "Summary",
            intro: [SimulationTables.runLine(result)]
                + (result.precision.map { [PrecisionWording.sentence($0, trials: result.trials)] } ?? []))
        section.add(.points(Headlines.sentences(for: result)))
        section.add(.table(PackTable(keyChances(result))))
        if let registers {
            section.add(.subheading("The risk registers"))
            section.add(.points(registerSentences(registers, previousName: inputs.previousName)))
        } else {
            section.add(
                .paragraph(
                    "The scenario names no risk registers, so this pack has no risk section; add a \"registers\" field to the scenario to include them."
                ))
        }
        return section
    }

    /// The chances that matter, a row each, a column per year: the same estimates as the
    /// probabilities table of `matrisk simulate --format csv`.
    static func keyChances(_ result: SimulationResult) -> Table {
        let trust = result.scenario.trust
        let pooled = trust.fundingModel == .pooled
        let target = NumberText.fixed(trust.trustReserveTargetPercent, decimals: 0)
        let cap = NumberText.fixed(trust.staffCostCapPercent, decimals: 0)
        var events: [(String, KeyPath<YearOutcome, ProportionAccumulator>)] = []
        if !pooled {
            events.append(("Central reserves below £0", \.centralReservesBelowZero))
            events.append(("At least one academy's reserves below £0 (cumulative deficit)", \.anyAcademyInDeficit))
            events.append(("At least one academy spending more than its income (in-year deficit)", \.anyAcademyInYearDeficit))
        }
        events.append(("Trust reserves at or above the \(target)% target", \.trustReservesAtTarget))
        events.append(("An academy's staff costs above \(cap)% of its income", \.anyAcademyAboveStaffCap))
        var table = Table(
            id: "key-chances", title: "The key chances, year by year (± one standard error)",
            columns: [.init("Chance that", key: "event")] + result.years.map { .init($0.label, key: $0.label) })
        for (name, path) in events {
            table.append([.text(name)] + result.years.map { SimulationTables.estimate($0[keyPath: path]) })
        }
        return table
    }

    /// What the registers say, in the order a board acts on it.
    static func registerSentences(_ analysis: RegisterAnalysis, previousName: String?) -> [String] {
        let map = analysis.trustWide(.residual)
        let academies = analysis.registers.academies.count
        var sentences = [
            "The trust register and \(plural(academies, "academy register")) hold \(plural(map.total, "open risk")); after controls, "
                + "\(map.total(in: .red)) are red, \(map.total(in: .amber)) amber and \(map.total(in: .green)) green."
        ]
        let underRated = analysis.rollUp.lines.filter(\.underRated).map(\.trustRisk.id)
        sentences.append(
            underRated.isEmpty
                ? "No trust risk is scored lower by the board than by one of its academies."
                : "The board scores \(spokenList(underRated)) lower than at least one academy does: the board should look again at \(underRated.count == 1 ? "that score" : "those scores")."
        )
        let candidates = analysis.rollUp.escalationCandidates.map(\.id)
        if !candidates.isEmpty {
            sentences.append(
                "\(plural(candidates.count, "academy risk")) (\(spokenList(candidates))) \(candidates.count == 1 ? "is" : "are") scored \(analysis.policy.escalationThreshold) or more with no trust risk to roll up to: the board should see \(candidates.count == 1 ? "it" : "them")."
            )
        }
        let above = analysis.findings(.aboveAppetite).count
        let reviews = analysis.findings(.reviewOverdue).count
        let actions = analysis.findings(.mitigationPastDue).count
        sentences.append(
            "As of \(analysis.asOf.longText), \(plural(above, "risk")) \(above == 1 ? "is" : "are") above the board's appetite, "
                + "\(plural(reviews, "review")) \(reviews == 1 ? "is" : "are") overdue and \(plural(actions, "action")) \(actions == 1 ? "is" : "are") past \(actions == 1 ? "its" : "their") due date."
        )
        if let diff = analysis.diff, let previousName {
            let up = diff.scoreMoves.filter { $0.stage == .residual && $0.isUp }.count
            let down = diff.scoreMoves.filter { $0.stage == .residual && !$0.isUp }.count
            sentences.append(
                "Since the earlier snapshot (\(previousName)): \(plural(diff.added.count, "risk")) added, \(diff.closed.count) closed; "
                    + "\(plural(up, "residual score")) rose and \(down) fell.")
        }
        return sentences
    }
}
