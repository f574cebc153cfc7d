import MonteCarlo
import TrustModel

/// Three to six plain sentences a trustee can read aloud, each with its uncertainty:
/// "In 2029/30 there is a 23% (±0.4%) chance that central reserves are below zero."
package enum Headlines {
    package static func sentences(for result: SimulationResult) -> [String] {
        var sentences: [String] = []
        let years = result.years
        let last = result.lastYear
        let pooled = result.scenario.trust.fundingModel == .pooled
        let n = NumberText.grouped(result.trials)

        if !pooled {
            sentences.append(centralSentence(years, trials: n))
            sentences.append(deficitSentence(result, trials: n))
        }

        let reserves = last.summary(.trustReserves)
        sentences.append(
            "By \(last.label) the trust's reserves are most likely about \(NumberText.shortMoney(reserves.percentile(0.5) ?? 0)) (the median), "
                + "with 90% of futures between \(NumberText.shortMoney(reserves.percentile(0.05) ?? 0)) and \(NumberText.shortMoney(reserves.percentile(0.95) ?? 0))."
        )

        sentences.append(targetSentence(result))

        if !result.risk.risks.isEmpty {
            let r = result.risk
            sentences.append(
                "Register risks cost \(NumberText.shortMoney(r.annualLoss.mean)) a year on average; the risk-based reserve, "
                    + "\(NumberText.shortMoney(r.riskBasedReserve)), covers the worst year of the horizon in 95% of futures.")
        }
        return sentences
    }

    /// The chance central reserves are below zero at the end of the plan, and when it first
    /// becomes more likely than not (or when it peaks, if earlier).
    static func centralSentence(_ years: [YearOutcome], trials n: String) -> String {
        let last = years[years.count - 1]
        guard years.contains(where: { $0.centralReservesBelowZero.events > 0 }) else {
            return "Central reserves stay above zero in every year of all \(n) simulated futures."
        }
        var sentence = "In \(last.label) there is a \(chance(last.centralReservesBelowZero)) chance that central reserves are below zero"
        if let first = years.first(where: { $0.centralReservesBelowZero.estimate > 0.5 }) {
            sentence += first.index < last.index ? "; they are more likely than not below zero from \(first.label)" : ""
        } else if let peak = years.max(by: { $0.centralReservesBelowZero.estimate < $1.centralReservesBelowZero.estimate }),
            peak.index < last.index, peak.centralReservesBelowZero.estimate > last.centralReservesBelowZero.estimate
        {
            sentence += ", down from \(chance(peak.centralReservesBelowZero)) in \(peak.label)"
        }
        return sentence + "."
    }

    /// The years each kind of academy deficit is likeliest, and the most exposed academy at the end.
    static func deficitSentence(_ result: SimulationResult, trials n: String) -> String {
        let years = result.years
        let cumulative = peak(years, \.anyAcademyInDeficit)
        let inYear = peak(years, \.anyAcademyInYearDeficit)
        guard cumulative != nil || inYear != nil else {
            return "No academy spends more than its income, or has reserves below £0, in any year of the \(n) futures."
        }
        var parts: [String] = []
        if let cumulative {
            parts.append(
                "The chance that at least one academy's reserves are below £0 (a cumulative deficit) is highest in \(cumulative.label): \(chance(cumulative.anyAcademyInDeficit))"
            )
        } else {
            parts.append("No academy's reserves fall below £0 in any of the \(n) futures")
        }
        if let inYear {
            parts.append(
                "the chance that at least one spends more than its income in the year (an in-year deficit) is highest in \(inYear.label): \(chance(inYear.anyAcademyInYearDeficit))"
            )
        } else {
            parts.append("no academy spends more than its income in any year")
        }
        var sentence = parts.joined(separator: "; ") + "."
        if let exposed = mostExposed(result) { sentence += " " + exposed }
        return sentence
    }

    /// The year in which `chance` is highest, if it ever happens.
    static func peak(_ years: [YearOutcome], _ chance: KeyPath<YearOutcome, ProportionAccumulator>) -> YearOutcome? {
        guard let peak = years.max(by: { $0[keyPath: chance].estimate < $1[keyPath: chance].estimate }), peak[keyPath: chance].events > 0
        else { return nil }
        return peak
    }

    /// The academy with the largest expected cumulative deficit in the last year (ties to the
    /// larger chance, then the id), or, when none has one, the largest expected in-year deficit.
    static func mostExposed(_ result: SimulationResult) -> String? {
        let last = result.years.count - 1
        let label = result.years[last].label
        for (path, words) in [
            (\AcademyYear.expectedDeficit, "reserves below £0 by"), (\AcademyYear.expectedInYearDeficit, "an in-year deficit of"),
        ] {
            let ranked = result.academies.filter { $0.years[last][keyPath: path].mean > 0 }.sorted {
                ($0.years[last][keyPath: path].mean, $0.years[last].inDeficit.estimate, $1.id)
                    > ($1.years[last][keyPath: path].mean, $1.years[last].inDeficit.estimate, $0.id)
            }
            guard let academy = ranked.first else { continue }
            let year = academy.years[last]
            let condition = academy.isJoin ? " if it joins" : ""
            return
                "Ranked by expected deficit (£), \(academy.name) is the most exposed in \(label)\(condition): \(words) \(NumberText.shortMoney(year[keyPath: path].mean)) on average over the futures, "
                + "with a \(chance(year.inDeficit)) chance of a cumulative and \(chance(year.inYearDeficit)) of an in-year deficit."
        }
        return nil
    }

    /// When trust reserves reach the target, or how their chance of meeting it moves.
    static func targetSentence(_ result: SimulationResult) -> String {
        let target = NumberText.fixed(result.scenario.trust.trustReserveTargetPercent, decimals: 0) + "%"
        let first = result.years[0]
        let last = result.lastYear
        let atStart = first.trustReservesAtTarget.estimate > 0.5
        let atEnd = last.trustReservesAtTarget.estimate > 0.5
        switch (atStart, atEnd) {
        case (false, true):
            // The last year meets it, so some year is the first to.
            let reached = result.years.first { $0.trustReservesAtTarget.estimate > 0.5 } ?? last
            return
                "Trust reserves first meet the \(target) target in more than half of the futures in \(reached.label), and in \(last.label) in \(chance(last.trustReservesAtTarget)) of them."
        case (true, true):
            return
                "Trust reserves meet the \(target) target in most futures throughout: \(chance(last.trustReservesAtTarget)) of them in \(last.label)."
        case (true, false):
            return
                "Trust reserves meet the \(target) target in \(chance(first.trustReservesAtTarget)) of futures in \(first.label), but in only \(chance(last.trustReservesAtTarget)) by \(last.label)."
        case (false, false):
            return
                "Trust reserves stay below the \(target) target in most futures: \(chance(last.trustReservesAtTarget)) of futures meet it in \(last.label)."
        }
    }

    /// "23.4% (±0.4%)": the digits the tables show (``ChanceText``), so a trustee reading a
    /// sentence aloud never finds another figure for the same chance in the table below it.
    static func chance(_ p: ProportionAccumulator) -> String {
        ChanceText.spoken(p)
    }
}
