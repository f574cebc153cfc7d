import MonteCarlo
import TrustModel

/// The words of a reverse stress test (``Stress``): the condition, an input's value in its own
/// units, a box's limits and the sentences that open the report and the pack's section.
package enum StressWording {
    /// "central reserves < £0 in any year".
    package static func condition(_ stress: Stress, scenario: Scenario) -> String {
        "\(MeasureWording.eventWords(stress.condition)) in \(MeasureWording.year(stress.condition.output, scenario: scenario))"
    }

    /// A value of `input` in its own units: a percentage for the economy and pupil numbers, pounds for a risk's loss.
    static func value(_ x: Double, of input: PrimaryInput) -> String {
        switch input.kind {
        case .economy, .rollChange: return NumberText.fixed(x, decimals: 1) + "%"
        case .risk: return NumberText.shortMoney(x)
        case .join: return NumberText.percent(x, decimals: 0)
        }
    }

    /// What an input's lift counts: "joins", "strikes", "above 4.3%".
    static func mark(_ input: OverrepresentedInput) -> String {
        switch input.mark {
        case .joins: return "joins"
        case .strikes: return "strikes"
        case .upperTercile(let tercile): return "above " + value(tercile, of: input.input)
        }
    }

    /// One limit of a box: "Pay award, 2028/29 at least 5.0%", "Castle Secondary joins".
    static func limit(_ limit: DiscoveredBox.Limit) -> String {
        let title = limit.input.title
        switch limit.reading {
        case .joins: return title
        case .doesNotJoin: return title.hasSuffix(" joins") ? String(title.dropLast(6)) + " does not join" : "not: \(title)"
        case .strikes: return "\(title) (strikes)"
        case .doesNotStrike: return "\(title) (does not strike)"
        case .range(let lower?, let upper?):
            return "\(title)\(costs(limit)) between \(value(lower, of: limit.input)) and \(value(upper, of: limit.input))"
        case .range(let lower?, nil): return "\(title)\(costs(limit)) at least \(value(lower, of: limit.input))"
        case .range(nil, let upper?): return "\(title)\(costs(limit)) at most \(value(upper, of: limit.input))"
        case .range(nil, nil): return title
        }
    }

    /// ", costing" after a risk's title, whose value is its loss.
    static func costs(_ limit: DiscoveredBox.Limit) -> String {
        limit.input.kind == .risk ? ", costing" : ""
    }

    /// A box's limits joined: "A, B and C".
    package static func limits(_ box: DiscoveredBox) -> String {
        spokenList(box.limits.map(limit))
    }

    /// "Central reserves < £0 in any year happens in 12.3% ±0.3% of the 10,000 futures (1,234)."
    static func opening(_ stress: Stress, scenario: Scenario) -> String {
        let what = condition(stress, scenario: scenario).capitalisedFirst
        let futures = NumberText.grouped(stress.failing.trials)
        if stress.failing.events == 0 {
            return "\(what) happens in none of the \(futures) futures (the chance is \(ChanceText.spoken(stress.failing))), "
                + "so there are no failing futures to describe: no input, kind of future or warning sign can be read from them."
        }
        if stress.failing.events == stress.failing.trials {
            return "\(what) happens in every one of the \(futures) futures (the chance is \(ChanceText.spoken(stress.failing))), "
                + "so there are no other futures to set them against: no input or kind of future tells them apart."
        }
        return "\(what) happens in \(ChanceText.spoken(stress.failing)) of the \(futures) futures "
            + "(\(NumberText.grouped(stress.failing.events)) of them, the failing futures)."
    }

    /// The most over-represented inputs in a sentence each.
    static func inputs(_ stress: Stress, count: Int = 3) -> [String] {
        stress.inputs.prefix(count).map { input in
            switch input.mark {
            case .joins, .strikes:
                let verb = input.mark == .joins ? "joins" : "strikes"
                let title =
                    input.mark == .joins && input.input.title.hasSuffix(" joins")
                    ? String(input.input.title.dropLast(6)) : input.input.title
                return "\(title) \(verb) in \(ChanceText.spoken(input.markedFailing)) of the failing futures against "
                    + "\(NumberText.percent(input.markedOverall.estimate, decimals: 0)) of all futures (lift \(lift(input.lift)))."
            case .upperTercile:
                return "\(input.input.title) averaged \(value(input.failingMean, of: input.input)) in the failing futures against "
                    + "\(value(input.overallMean, of: input.input)) overall; it was \(mark(input)) (its top third) in "
                    + "\(ChanceText.spoken(input.markedFailing)) of them (lift \(lift(input.lift)))."
            }
        }
    }

    /// "1.70 ±0.04", "0.912 ±0.004": to the place of the error's first digit.
    static func lift(_ lift: Estimate) -> String {
        let decimals = lift.standardError >= 0.005 ? 2 : 3
        return NumberText.fixed(lift.value, decimals: decimals) + " ±" + NumberText.fixed(lift.standardError, decimals: decimals)
    }
}
