import Foundation
import JSONDocument

/// Why an output name, event, measure or target on the command line cannot be read.
package enum OutputNameError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownFigure(String, suggestion: String?)
    case badYear(String, scenarioYears: String)
    case badNumber(String)
    case notAnEvent(String)
    case notATarget(String)
    /// A precision target without `±` (or `+-`, `+/-`) and a width after it.
    case notAPrecision(String)
    /// A precision target whose width is not a positive number.
    case badHalfWidth(String, found: String)
    case academyNotRecorded(String, known: [String])
    /// `@any` or `@all` on an output that is not compared in an event.
    case yearsNeedAnEvent(String)
    /// A year inside `min(…)` or `max(…)`, which take every year.
    case yearInsideExtreme(String)

    package var description: String {
        switch self {
        case .unknownFigure(let name, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "error: '\(name)' is not an output\(hint); the outputs are \(OutputVocabulary.figureList). See --help."
        case .badYear(let text, let years):
            return "error: '\(text)' is not a year of the scenario; use @end, @start or a year from \(years) (e.g. @2029 for 2029/30)."
        case .badNumber(let text):
            return "error: '\(text)' is not a number; write e.g. 0, -50000, 250k, 1.2m, £100,000 or 10%."
        case .notAnEvent(let text):
            return
                "error: '\(text)' is not an event; write an output, a comparison and a number, e.g. \"central.reserves@end < 0\", or \"any academy in deficit\"."
        case .notATarget(let text):
            return
                "error: '\(text)' is not a target; write e.g. \"P(central.reserves@end < 0) <= 10%\" or \"mean(trust.reserves@end) >= 500k\"."
        case .notAPrecision(let text):
            return "error: '\(text)' is not a precision target; write a measure, ± (or +- or +/-) and the widest 95% half-width "
                + "wanted, e.g. \"P(central.reserves@any < 0) ±0.5\" (in points) or \"mean(trust.reserves@end) ±£10k\"."
        case .badHalfWidth(let text, let found):
            return "error: '\(text)': the half-width after ± must be a number above zero, e.g. 0.5 (points, for a chance), "
                + "£10k or 2.5m (for money); found '\(found)'."
        case .yearsNeedAnEvent(let text):
            return "error: '\(text)': @any and @all say whether an event happens in any or in every year, so compare the output "
                + "with a number, e.g. \"P(central.reserves@any < 0)\"; for a figure over the years write min(central.reserves) "
                + "or max(central.reserves)."
        case .yearInsideExtreme(let text):
            return "error: '\(text)': min(…) and max(…) take a figure's lowest or highest value over every year, "
                + "so write the figure without a year, e.g. min(central.reserves)."
        case .academyNotRecorded(let id, let known):
            return "error: there is no academy '\(id)' in the scenario; its academies and joins are "
                + known.map { "'\($0)'" }.joined(separator: ", ") + "."
        }
    }
}

/// The names by which experiments refer to the simulation's outputs, and how to read them.
///
///     output  = figure ["@" year]            trust.reserves@end, central.reserves@2029
///             | ("min(" | "max(") figure ")"  each trial's lowest or highest value over the years
///     year    = "end" | "start" | 2029 | 2029/30 | "any" | "all"   (any and all in events only)
///     event   = output ("<" | "<=" | ">" | ">=") number   |   a named event
///     measure = "P(" event ")" | "mean(" output ")" | "median(" output ")" | "P" nn "(" output ")"
///     target  = measure ("<" | "<=" | ">" | ">=") number
///     number  = -50000 | 250k | 1.2m | £100,000 | 10%
package enum OutputVocabulary {
    /// Every figure, with what it is.
    package static let figures: [(name: String, meaning: String)] = [
        ("trust.reserves", "the trust's reserves: every academy's plus the centre's (£)"),
        ("trust.reservesPercent", "the trust's reserves as a share of its income (%)"),
        ("trust.income", "the trust's income (£)"),
        ("central.reserves", "the centre's reserves (£)"),
        (
            "central.balance",
            "the centre's in-year balance (£); under pooled funding, the pot's: the centre's income less its costs plus every academy's in-year balance"
        ),
        ("academies.reserves", "the academies' reserves added up, without the centre's (£)"),
        ("academies.count", "academies in the trust"),
        ("academies.pupils", "pupils in the trust"),
        ("academies.inDeficit", "academies in cumulative deficit: reserves below £0"),
        ("academies.inYearDeficit", "academies in in-year deficit: spending more than their income in the year"),
        ("academies.deficit", "the cumulative deficits added up: what academies' reserves are below £0 by (£)"),
        ("academies.inYearDeficitAmount", "the in-year deficits added up: what academies spent beyond their income (£)"),
        ("academies.belowTarget", "academies below their reserve target"),
        ("academies.aboveStaffCap", "academies whose staff costs are above the cap"),
        ("academies.staffCostRatio", "staff costs as a share of the academies' income (%)"),
        ("risk.losses", "the year's losses from register risks (£)"),
        ("academy.<id>.reserves", "one academy's reserves, e.g. academy.oak-primary.reserves (£)"),
    ]

    /// Events with names of their own.
    package static let namedEvents: [(name: String, meaning: String)] = [
        ("any academy in deficit", "academies.inDeficit > 0"),
        ("any academy in in-year deficit", "academies.inYearDeficit > 0"),
        ("any academy below target", "academies.belowTarget > 0"),
        ("any academy above staff cap", "academies.aboveStaffCap > 0"),
        ("trust below target", "trust.reservesPercent < the trust's reserve target"),
    ]

    static var figureList: String { figures.map(\.name).joined(separator: ", ") }

    // MARK: - Reading

    /// Reads an output name such as `central.reserves@2029`.
    package static func output(_ text: String, scenario: Scenario) throws -> OutputName {
        let trimmed = text.trimmingSpaces()
        for (head, year) in [("min(", OutputName.Year.lowest), ("max(", .highest)] where trimmed.lowercased().hasPrefix(head) {
            guard trimmed.hasSuffix(")") else { break }
            let inner = String(trimmed.dropFirst(head.count).dropLast())
            guard !inner.contains("@") else { throw OutputNameError.yearInsideExtreme(trimmed) }
            var output = try self.output(inner, scenario: scenario)
            output.year = year
            return output
        }
        let parts = trimmed.split(separator: "@", maxSplits: 1).map(String.init)
        let name = parts.first ?? ""
        let year = try parts.count > 1 ? self.year(parts[1], scenario: scenario) : .end
        if let metric = TrustMetric.allCases.first(where: { $0.outputName == name }) {
            return OutputName(figure: .trust(metric), year: year)
        }
        if name == "academies.reserves" { return OutputName(figure: .academiesReserves, year: year) }
        if name.hasPrefix("academy."), name.hasSuffix(".reserves"), name.count > "academy..reserves".count {
            let id = String(name.dropFirst("academy.".count).dropLast(".reserves".count))
            let known = scenario.academies.map(\.id) + scenario.growth.map(\.id)
            guard known.contains(id) else { throw OutputNameError.academyNotRecorded(id, known: known) }
            return OutputName(figure: .academyReserves(id: id), year: year)
        }
        let names = figures.map(\.name).filter { !$0.contains("<") }
        throw OutputNameError.unknownFigure(name, suggestion: Spelling.suggestion(for: name, among: names))
    }

    static func year(_ text: String, scenario: Scenario) throws -> OutputName.Year {
        let range = "\(scenario.yearLabel(0)) to \(scenario.yearLabel(scenario.years - 1))"
        switch text.lowercased() {
        case "end", "last": return .end
        case "start", "first": return .start
        case "any": return .anyYear
        case "all", "every": return .everyYear
        default:
            let first = text.split(separator: "/").first.map(String.init) ?? text
            guard let calendar = Int(first), (scenario.startYear..<scenario.startYear + scenario.years).contains(calendar) else {
                throw OutputNameError.badYear("@" + text, scenarioYears: range)
            }
            return .calendar(calendar)
        }
    }

    /// Reads an event such as `central.reserves@end < 0` or `any academy in deficit@2029`.
    package static func event(_ text: String, scenario: Scenario) throws -> OutputEvent {
        let trimmed = text.trimmingSpaces()
        let lower = trimmed.lowercased()
        for (name, _) in namedEvents where lower.hasPrefix(name) {
            let rest = trimmed.dropFirst(name.count)
            let year = try rest.hasPrefix("@") ? self.year(String(rest.dropFirst()), scenario: scenario) : .end
            guard rest.isEmpty || rest.hasPrefix("@") else { break }
            switch name {
            case "any academy in deficit":
                return OutputEvent(
                    output: OutputName(figure: .trust(.academiesInDeficit), year: year), comparison: .above, threshold: 0, text: trimmed)
            case "any academy in in-year deficit":
                return OutputEvent(
                    output: OutputName(figure: .trust(.academiesInYearDeficit), year: year), comparison: .above, threshold: 0, text: trimmed
                )
            case "any academy below target":
                return OutputEvent(
                    output: OutputName(figure: .trust(.academiesBelowTarget), year: year), comparison: .above, threshold: 0, text: trimmed)
            case "any academy above staff cap":
                return OutputEvent(
                    output: OutputName(figure: .trust(.academiesAboveStaffCap), year: year), comparison: .above, threshold: 0, text: trimmed
                )
            default:
                return OutputEvent(
                    output: OutputName(figure: .trust(.trustReservesPercent), year: year), comparison: .below,
                    threshold: scenario.trust.trustReserveTargetPercent / 100, text: trimmed)
            }
        }
        guard let (left, comparison, right) = split(trimmed) else { throw OutputNameError.notAnEvent(trimmed) }
        let output = try self.output(left, scenario: scenario)
        return OutputEvent(output: output, comparison: comparison, threshold: try number(right), text: trimmed)
    }

    /// Reads a measure: `P(event)`, `mean(output)`, `median(output)`, `P90(output)`; a bare event
    /// is its probability and a bare output its mean.
    package static func measure(_ text: String, scenario: Scenario) throws -> Measure {
        let trimmed = text.trimmingSpaces()
        if trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "(") {
            let head = trimmed[..<open].lowercased()
            let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            if head == "p" { return .probability(try event(inner, scenario: scenario)) }
            if head == "mean" { return .mean(try figure(inner, scenario: scenario)) }
            if head == "median" { return .percentile(0.5, try figure(inner, scenario: scenario)) }
            if head.hasPrefix("p"), let n = Int(head.dropFirst()), (1...99).contains(n) {
                return .percentile(Double(n) / 100, try figure(inner, scenario: scenario))
            }
        }
        if split(trimmed) != nil || namedEvents.contains(where: { trimmed.lowercased().hasPrefix($0.name) }) {
            return .probability(try event(trimmed, scenario: scenario))
        }
        return .mean(try figure(trimmed, scenario: scenario))
    }

    /// An output a mean or a percentile is taken of: one with a value in each trial, so not
    /// `@any` or `@all`, which belong to events.
    static func figure(_ text: String, scenario: Scenario) throws -> OutputName {
        let output = try self.output(text, scenario: scenario)
        guard !output.year.isOverEvents else { throw OutputNameError.yearsNeedAnEvent(text.trimmingSpaces()) }
        return output
    }

    /// Reads a target such as `P(central.reserves@end < 0) <= 10%`.
    package static func target(_ text: String, scenario: Scenario) throws -> Target {
        let trimmed = text.trimmingSpaces()
        guard let (left, comparison, right) = split(trimmed, outsideParentheses: true) else { throw OutputNameError.notATarget(trimmed) }
        let measure = try self.measure(left, scenario: scenario)
        return Target(measure: measure, comparison: comparison, value: try number(right), text: trimmed)
    }

    /// A number as people write it: 250k, 1.2m, £100,000, -5%, 0.1.
    package static func number(_ text: String) throws -> Double {
        var t = text.trimmingSpaces().replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "£", with: "")
        var scale = 1.0
        if t.hasSuffix("%") {
            scale = 0.01
            t.removeLast()
        } else if t.lowercased().hasSuffix("k") {
            scale = 1_000
            t.removeLast()
        } else if t.lowercased().hasSuffix("m") {
            scale = 1_000_000
            t.removeLast()
        }
        guard let value = Double(t), value.isFinite else { throw OutputNameError.badNumber(text.trimmingSpaces()) }
        return value * scale
    }

    /// Splits `a <= b` at its comparison (outside parentheses when asked).
    private static func split(_ text: String, outsideParentheses: Bool = false) -> (String, Comparison, String)? {
        let characters = Array(text)
        var depth = 0
        var found: (Int, Comparison)?
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            if c == "<" || c == ">", !outsideParentheses || depth == 0 {
                let wide = i + 1 < characters.count && characters[i + 1] == "="
                found = (i, c == "<" ? (wide ? .atMost : .below) : (wide ? .atLeast : .above))
                if !outsideParentheses { break }
                i += wide ? 1 : 0
            }
            i += 1
        }
        guard let (index, comparison) = found else { return nil }
        let width = comparison.rawValue.count
        let left = String(characters[..<index]).trimmingSpaces()
        let right = String(characters[(index + width)...]).trimmingSpaces()
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return (left, comparison, right)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
