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

        sentences.append(reservesSentence(last))
        sentences.append(targetSentence(result.years, targetPercent: result.scenario.trust.trustReserveTargetPercent))

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
            let when = years.count == 1 ? "in \(last.label)" : "in every year"
            return "Central reserves stay above zero \(when) in all \(n) simulated futures."
        }
        var sentence = "In \(last.label) there is a \(chance(last.centralReservesBelowZero)) chance that central reserves are below zero"
        if let from = lastRun(years, where: { $0.centralReservesBelowZero.estimate > 0.5 }), from.index < last.index {
            sentence += "; they are more likely than not below zero from \(from.label)"
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
                "The chance that at least one academy's reserves are below £0 (a cumulative deficit) \(highest(years, \.anyAcademyInDeficit, at: cumulative))"
            )
        } else {
            parts.append("No academy's reserves fall below £0 in any of the \(n) futures")
        }
        if let inYear {
            parts.append(
                "the chance that at least one spends more than its income in the year (an in-year deficit) \(highest(years, \.anyAcademyInYearDeficit, at: inYear))"
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

    /// "is highest in 2027/28: 23.4% (±0.4%)", naming every year that reads the same as the peak,
    /// or "is more than 98.1% in every year" when all do.
    static func highest(_ years: [YearOutcome], _ path: KeyPath<YearOutcome, ProportionAccumulator>, at peak: YearOutcome) -> String {
        let text = chance(peak[keyPath: path])
        let tied = years.filter { chance($0[keyPath: path]) == text }
        if years.count == 1 { return "is \(text) in \(peak.label)" }
        if tied.count == years.count { return "is \(text) in every year" }
        return "is highest in \(spokenList(tied.map(\.label))): \(text)"
    }

    /// The academy with the largest expected cumulative deficit in the last year (ties to the
    /// larger chance, then the id), or, when none has one, the largest expected in-year deficit.
    /// Academies whose figures read the same are named together, as equally exposed.
    static func mostExposed(_ result: SimulationResult) -> String? {
        mostExposed(result.academies, label: result.lastYear.label)
    }

    static func mostExposed(_ academies: [AcademyOutcome], label: String) -> String? {
        for (path, words) in [
            (\AcademyYear.expectedDeficit, "reserves below £0 by"), (\AcademyYear.expectedInYearDeficit, "an in-year deficit of"),
        ] {
            let ranked = academies.filter { ($0.years.last?[keyPath: path].mean ?? 0) > 0 }.sorted {
                let (a, b) = ($0.years[$0.years.count - 1], $1.years[$1.years.count - 1])
                return (a[keyPath: path].mean, a.inDeficit.estimate, $1.id) > (b[keyPath: path].mean, b.inDeficit.estimate, $0.id)
            }
            func figures(_ academy: AcademyOutcome) -> String {
                let year = academy.years[academy.years.count - 1]
                return "\(words) \(NumberText.shortMoney(year[keyPath: path].mean)) on average over the futures, "
                    + "with a \(chance(year.inDeficit)) chance of a cumulative and \(chance(year.inYearDeficit)) of an in-year deficit."
            }
            guard let top = ranked.first else { continue }
            let tied = ranked.filter { figures($0) == figures(top) }
            if tied.count > 1 {
                let names = tied.map { $0.name + ($0.isJoin ? " (if it joins)" : "") }
                return
                    "Ranked by expected deficit (£), \(spokenList(names)) are equally the most exposed in \(label): each has \(figures(top))"
            }
            let condition = top.isJoin ? " if it joins" : ""
            return "Ranked by expected deficit (£), \(top.name) is the most exposed in \(label)\(condition): \(figures(top))"
        }
        return nil
    }

    /// When trust reserves meet the target in most futures (a chance over a half), or how their
    /// chance of meeting it moves. "Throughout" is said only when every year of the plan meets it.
    static func targetSentence(_ years: [YearOutcome], targetPercent: Double) -> String {
        let target = NumberText.fixed(targetPercent, decimals: 0) + "%"
        let last = years[years.count - 1]
        let meets = { (year: YearOutcome) in year.trustReservesAtTarget.estimate > 0.5 }
        let atLast = chance(last.trustReservesAtTarget)
        guard let firstMet = years.first(where: meets) else {
            return "Trust reserves stay below the \(target) target in most futures: \(atLast) of futures meet it in \(last.label)."
        }
        if !meets(last) {
            return
                "Trust reserves meet the \(target) target in \(chance(firstMet.trustReservesAtTarget)) of futures in \(firstMet.label), but in \(only(last.trustReservesAtTarget)) by \(last.label)."
        }
        let later = years.filter { $0.index > firstMet.index }
        guard let lowest = later.filter({ !meets($0) }).min(by: { $0.trustReservesAtTarget.estimate < $1.trustReservesAtTarget.estimate })
        else {
            if years.count == 1 { return "Trust reserves meet the \(target) target in \(atLast) of futures in \(last.label)." }
            if firstMet.index > 0 {
                return
                    "Trust reserves first meet the \(target) target in more than half of the futures in \(firstMet.label), and in \(last.label) in \(atLast) of them."
            }
            return "Trust reserves meet the \(target) target in most futures throughout: \(atLast) of them in \(last.label)."
        }
        let from = lastRun(years, where: meets) ?? last
        let again = from.index == last.index ? "in \(last.label)" : "from \(from.label)"
        return
            "Trust reserves meet the \(target) target in most futures in \(firstMet.label) and again \(again), but not in every year: "
            + "in \(lowest.label) \(only(lowest.trustReservesAtTarget)) of futures meet it, and in \(last.label) \(atLast) do."
    }

    /// The median of trust reserves in the last year and the range holding 90% of futures, or
    /// the one figure when the range's ends round to it.
    static func reservesSentence(_ last: YearOutcome) -> String {
        let reserves = last.summary(.trustReserves)
        let (median, low, high) = (reserves.percentile(0.5) ?? 0, reserves.percentile(0.05) ?? 0, reserves.percentile(0.95) ?? 0)
        let words = [median, low, high].map(NumberText.shortMoney)
        if words[1] == words[2] {
            return
                "By \(last.label) the trust's reserves are about \(words[0]) in at least 90% of futures (their 5th and 95th percentiles round to \(words[1]))."
        }
        return
            "By \(last.label) the trust's reserves are most likely about \(words[0]) (the median), with 90% of futures between \(words[1]) and \(words[2])."
    }

    /// The first year of the run of years, up to the last, in which `holds` holds for every year;
    /// nil when it does not hold in the last.
    static func lastRun(_ years: [YearOutcome], where holds: (YearOutcome) -> Bool) -> YearOutcome? {
        guard let beforeRun = years.lastIndex(where: { !holds($0) }) else { return years.first }
        return beforeRun + 1 < years.count ? years[beforeRun + 1] : nil
    }

    /// "only 23.4% (±0.4%)", or "less than 0.1%" (never "only less than").
    static func only(_ p: ProportionAccumulator) -> String {
        p.events == 0 ? chance(p) : "only " + chance(p)
    }

    /// "23.4% (±0.4%)": the digits the tables show (``ChanceText``), so a trustee reading a
    /// sentence aloud never finds another figure for the same chance in the table below it.
    static func chance(_ p: ProportionAccumulator) -> String {
        ChanceText.spoken(p)
    }
}
