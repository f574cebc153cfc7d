import TrustModel

/// The decision between options in words: how each option moves the board's measures from the
/// first option's, on the same futures, and where the options cannot be told apart (the paired
/// 95% interval of the difference holds zero).
package enum DecisionWording {
    /// "Compared with the base, grow-to-12-by-2031 makes it 36.6 points more likely (±0.6) that the
    /// centre runs out of reserves in some year, and leaves trust reserves in 2031/32 £1.9m lower
    /// (±£40k); grow-to-5-by-2028 is within the base's intervals on every measure." The ± is the
    /// difference's standard error, as everywhere in the pack.
    package static func sentence(_ comparison: ScenarioComparison) -> String {
        guard comparison.entries.count > 1 else { return "" }
        let scenario = comparison.entries[0].result.scenario
        let first = name(comparison.entries[0].name)
        var clauses: [String] = []
        var within: [String] = []
        var same: [String] = []
        for entry in comparison.entries.indices.dropFirst() {
            let differences = comparison.differences[entry]
            let apart = differences.indices.filter { !isClose(differences[$0]) }
            let option = name(comparison.entries[entry].name)
            if !apart.isEmpty {
                let effects = mentioned(apart, of: comparison.measures).map {
                    effect(differences[$0], of: comparison.measures[$0], scenario: scenario)
                }
                clauses.append("\(option) \(spokenList(effects))")
            } else if differences.allSatisfy({ $0.value == 0 && $0.standardError == 0 }) {
                same.append(option)
            } else {
                within.append(option)
            }
        }
        if !within.isEmpty {
            clauses.append(
                "\(spokenList(within)) \(within.count == 1 ? "is" : "are") within \(possessive(first)) intervals on every measure")
        }
        if !same.isEmpty {
            clauses.append(
                "\(spokenList(same)) \(same.count == 1 ? "gives" : "give") the same figures as \(first) in every future")
        }
        return "Compared with \(first), " + clauses.joined(separator: "; ") + "."
    }

    /// For each option that differs from the first on some measures but not on others, the
    /// measures it cannot be told apart on: "grow-to-5-by-2028 and the base are too close to tell
    /// apart on the chance an academy is in cumulative deficit in some year: …".
    package static func closeCalls(_ comparison: ScenarioComparison) -> [String] {
        guard comparison.entries.count > 1 else { return [] }
        let scenario = comparison.entries[0].result.scenario
        let first = name(comparison.entries[0].name)
        return comparison.entries.indices.dropFirst().compactMap { entry in
            let differences = comparison.differences[entry]
            let close = differences.indices.filter { isClose(differences[$0]) }
            guard !close.isEmpty, close.count < differences.count else { return nil }
            let exact = close.filter { differences[$0].standardError == 0 }
            let within = close.filter { differences[$0].standardError != 0 }
            let option = name(comparison.entries[entry].name)
            var parts: [String] = []
            if !within.isEmpty {
                let what = within.map { subject(comparison.measures[$0], scenario: scenario) }
                parts.append(
                    "\(option) and \(first) are too close to tell apart on \(spokenList(what)): "
                        + "the paired 95% interval of the difference includes zero")
            }
            if !exact.isEmpty {
                let what = exact.map { subject(comparison.measures[$0], scenario: scenario) }
                parts.append("\(option) and \(first) agree exactly, future by future, on \(spokenList(what))")
            }
            return parts.joined(separator: "; ") + ", so on \(close.count == 1 ? "this" : "these") the choice rests on other grounds."
        }
    }

    /// Whether the paired 95% interval of a difference holds zero: the options cannot be told
    /// apart on it. An exact difference (no spread between the paired futures) is close only at zero.
    package static func isClose(_ difference: Estimate) -> Bool {
        difference.standardError == 0 ? difference.value == 0 : difference.interval95.contains(0)
    }

    /// The differences a sentence names: the first chance that moves and the first other figure
    /// that moves, or the first two that move when they are all of one kind.
    static func mentioned(_ apart: [Int], of measures: [Measure]) -> [Int] {
        let chance = apart.first { if case .probability = measures[$0] { true } else { false } }
        let figure = apart.first { if case .probability = measures[$0] { false } else { true } }
        if let chance, let figure { return [chance, figure] }
        return Array(apart.prefix(2))
    }

    /// "makes it 36.6 points more likely (±0.6) that the centre runs out of reserves in some year",
    /// "leaves trust reserves in 2031/32 £1.9m lower (±£40k)".
    static func effect(_ difference: Estimate, of measure: Measure, scenario: Scenario) -> String {
        let size = magnitude(abs(difference.value), of: measure)
        let error = difference.standardError == 0 ? "" : " (±\(magnitude(difference.standardError, of: measure)))"
        switch measure {
        case .probability(let event):
            let direction = difference.value > 0 ? "more" : "less"
            return "makes it \(size) \(direction) likely\(error) that \(happening(event, scenario: scenario))"
        case .mean, .percentile:
            let direction = difference.value > 0 ? "higher" : "lower"
            return "leaves \(subject(measure, scenario: scenario)) \(size) \(direction)\(error)"
        }
    }

    /// A difference's size without its sign: "36.6 points", "£1.9m", "0.4".
    static func magnitude(_ x: Double, of measure: Measure) -> String {
        switch MeasureWording.unit(measure) {
        case .money: return NumberText.shortMoney(x)
        case .percent: return NumberText.fixed(x * 100, decimals: 1) + " points"
        case .number: return NumberText.fixed(x, decimals: 1)
        }
    }

    /// What a measure is about, in a sentence: "the chance the centre runs out of reserves in some
    /// year", "trust reserves in 2031/32", "the median of trust reserves in 2031/32".
    static func subject(_ measure: Measure, scenario: Scenario) -> String {
        let phrase = MeasureWording.phrase(measure, scenario: scenario)
        switch measure {
        case .probability(let event): return "the chance \(happening(event, scenario: scenario))"
        case .mean: return "\(phrase.what) in \(phrase.year)"
        case .percentile(let p, _): return "the \(MeasureWording.percentileName(p)) of \(phrase.what) in \(phrase.year)"
        }
    }

    /// An event as something that happens: "the centre runs out of reserves in some year",
    /// "an academy is in cumulative deficit in 2031/32".
    static func happening(_ event: OutputEvent, scenario: Scenario) -> String {
        let when: String
        switch event.output.year {
        case .anyYear: when = "in some year"
        case .everyYear: when = "in every year"
        default: when = "in \(MeasureWording.year(event.output, scenario: scenario))"
        }
        return "\(plainWords(event, scenario: scenario)) \(when)"
    }

    /// The board's words for the events it asks about; any other event as the tables write it.
    static func plainWords(_ event: OutputEvent, scenario: Scenario) -> String {
        let target = NumberText.fixed(scenario.trust.trustReserveTargetPercent, decimals: 0)
        switch MeasureWording.eventWords(event) {
        case "any academy in deficit": return "an academy is in cumulative deficit (reserves below £0)"
        case "any academy in in-year deficit": return "an academy spends more than its income (an in-year deficit)"
        case "any academy below target": return "an academy's reserves are below its target"
        case "any academy above staff cap": return "an academy's staff costs are above the cap"
        case "trust below target": return "trust reserves are below the trust's \(target)% target"
        default:
            if event.output.figure == .trust(.centralReserves), event.comparison == .below, event.threshold == 0 {
                return "the centre runs out of reserves"
            }
            return MeasureWording.eventWords(event)
        }
    }

    /// "the base" for the scenario file itself; a variant, option or file by its name.
    static func name(_ entry: String) -> String { entry == "base" ? "the base" : entry }

    static func possessive(_ name: String) -> String { name + (name.hasSuffix("s") ? "'" : "'s") }
}
