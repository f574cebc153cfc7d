import TrustModel

/// Measures and outputs in words a trustee reads, and their values as table cells.
package enum MeasureWording {
    /// "Chance central reserves < £0 (2031/32)", "Trust reserves, mean (2031/32)".
    package static func label(_ measure: Measure, scenario: Scenario) -> String {
        switch measure {
        case .probability(let event):
            return "Chance \(eventWords(event)) (\(year(event.output, scenario: scenario)))"
        case .mean(let output):
            return "\(figureTitle(output)), mean (\(year(output, scenario: scenario)))"
        case .percentile(let p, let output):
            return "\(figureTitle(output)), \(percentileName(p)) (\(year(output, scenario: scenario)))"
        }
    }

    /// A measure in the parts sentences are built from, so that each sentence puts them in its
    /// own order ("the chance of central reserves < £0 in 2031/32") without cutting another's.
    package struct Phrase: Sendable, Equatable {
        /// What kind of figure the measure is.
        package enum Kind: Sendable, Equatable {
            case chance
            case mean
            /// "median", "P90".
            case percentile(String)
        }

        package var kind: Kind
        /// What it is of: "central reserves < £0" (an event), "trust reserves" (a figure).
        package var what: String
        /// The school year: "2031/32".
        package var year: String

        /// What a measure is about, inside a sentence: "the chance central reserves < £0 in 2031/32",
        /// "trust reserves in 2031/32 (the mean)".
        package var subject: String {
            switch kind {
            case .chance: return "the chance \(what) in \(year)"
            case .mean: return "\(what) in \(year) (the mean)"
            case .percentile(let name): return "\(what) in \(year) (the \(name))"
            }
        }
    }

    /// `measure` in parts: its kind, what it is of and its year.
    package static func phrase(_ measure: Measure, scenario: Scenario) -> Phrase {
        switch measure {
        case .probability(let event):
            return Phrase(kind: .chance, what: eventWords(event), year: year(event.output, scenario: scenario))
        case .mean(let output):
            return Phrase(kind: .mean, what: lowercased(figureTitle(output)), year: year(output, scenario: scenario))
        case .percentile(let p, let output):
            return Phrase(
                kind: .percentile(percentileName(p)), what: lowercased(figureTitle(output)), year: year(output, scenario: scenario))
        }
    }

    /// What a measure is about, inside a sentence: "trust reserves in 2031/32 (the mean)".
    package static func subject(_ measure: Measure, scenario: Scenario) -> String {
        phrase(measure, scenario: scenario).subject
    }

    /// "central reserves < £0", "any academy in deficit".
    static func eventWords(_ event: OutputEvent) -> String {
        if let named = OutputVocabulary.namedEvents.first(where: { event.text.lowercased().hasPrefix($0.name) }) { return named.name }
        return "\(lowercased(figureTitle(event.output))) \(event.comparison.rawValue) \(format(event.threshold, for: event.output))"
    }

    static func percentileName(_ p: Double) -> String {
        p == 0.5 ? "median" : "P\(Int((p * 100).rounded()))"
    }

    /// "Trust reserves" → "trust reserves" (an id such as "oak-primary reserves" is left alone).
    static func lowercased(_ title: String) -> String {
        guard let first = title.first, first.isUppercase else { return title }
        return first.lowercased() + title.dropFirst()
    }

    /// The figure's title: "Trust reserves", "Oak Primary's reserves".
    package static func figureTitle(_ output: OutputName) -> String {
        switch output.figure {
        case .trust(let metric): return metric.title
        case .academiesReserves: return "Academies' reserves (all)"
        case .academyReserves(let id): return "\(id) reserves"
        }
    }

    /// "2031/32"; "any year", "every year", "its lowest year", "its highest year" for the
    /// outputs over the years.
    package static func year(_ output: OutputName, scenario: Scenario) -> String {
        switch output.year {
        case .anyYear: return "any year"
        case .everyYear: return "every year"
        case .lowest: return "its lowest year"
        case .highest: return "its highest year"
        case .start, .end, .calendar: return output.yearIndex(in: scenario).map(scenario.yearLabel) ?? output.description
        }
    }

    /// A threshold as written for its figure: "£0", "5.0%", "2".
    package static func format(_ value: Double, for output: OutputName) -> String {
        if output.isMoney { return NumberText.shortMoney(value) }
        if output.isPercentage { return NumberText.percent(value) }
        return value == value.rounded() ? NumberText.grouped(value) : NumberText.fixed(value, decimals: 2)
    }

    /// How an estimate of `measure` is shown.
    package static func unit(_ measure: Measure) -> Cell.Unit {
        if measure.isFraction { return .percent }
        return measure.output.isMoney ? .money : .number(decimals: 1)
    }

    /// One end of an interval for `measure` as a cell, so the machine forms round it as they round
    /// the estimate (money to the penny, fractions to six places) rather than print every digit.
    package static func boundCell(_ value: Double, for measure: Measure) -> Cell {
        switch unit(measure) {
        case .money: return .money(value)
        case .percent: return .percent(value, decimals: 1)
        case .number(let decimals): return .number(value, decimals: decimals)
        }
    }

    /// An estimate of `measure` as a cell.
    package static func cell(_ estimate: Estimate, for measure: Measure) -> Cell {
        .estimate(estimate.value, standardError: estimate.standardError, unit: unit(measure))
    }

    /// "+£150k (−£20k to +£320k)" or "+3.2 points (2.1 to 4.3)": a difference with its 95% interval.
    /// One that is zero, with its whole interval, to the places shown reads "no difference (£0)"
    /// (or "no difference (exactly)" when every trial agrees to those places), never "£0 (£0 to £0)".
    package static func difference(_ estimate: Estimate, for measure: Measure) -> String {
        if estimate.standardError == 0 {
            return isZero(signed(estimate.value, for: measure)) ? "no difference (exactly)" : change(estimate, for: measure) + " (exactly)"
        }
        let interval = estimate.interval95
        let ends = [estimate.value, interval.lowerBound, interval.upperBound].map { signed($0, for: measure) }
        if ends.allSatisfy(isZero) { return "no difference (\(change(estimate, for: measure)))" }
        return "\(change(estimate, for: measure)) (\(ends[1]) to \(ends[2]))"
    }

    /// Whether a figure as written ("£0", "0.0", "-£0") shows no digit but zeros.
    static func isZero(_ written: String) -> Bool {
        written.allSatisfy { !$0.isNumber || $0 == "0" }
    }

    /// "+£150k" or "+3.2 points": a difference without its interval ("points" only where it has one,
    /// as ``difference(_:for:)`` writes an exact difference "+3.2 (exactly)").
    package static func change(_ estimate: Estimate, for measure: Measure) -> String {
        let points = estimate.standardError != 0 && unit(measure) == .percent ? " points" : ""
        return signed(estimate.value, for: measure) + points
    }

    /// A difference of `measure` with its sign: "+£150k", "-2.1"; one that rounds to zero has no sign.
    static func signed(_ x: Double, for measure: Measure) -> String {
        let magnitude: String
        switch unit(measure) {
        case .money: magnitude = NumberText.shortMoney(abs(x))
        case .percent: magnitude = NumberText.fixed(abs(x) * 100, decimals: 1)
        case .number: magnitude = NumberText.fixed(abs(x), decimals: 1)
        }
        return (isZero(magnitude) ? "" : x > 0 ? "+" : x < 0 ? "-" : "") + magnitude
    }
}
