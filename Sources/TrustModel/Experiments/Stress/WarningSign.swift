import MonteCarlo

/// A monitored figure crossing its line as an early warning of a failure: in the failing
/// futures, the first year it crossed and how many years before the failure that was, and how
/// often it crossed in the futures that did not fail (false alarms).
package struct WarningSign: Sendable, Equatable {
    /// The line: a trust-wide figure compared with a threshold in any year.
    package var sign: OutputEvent
    /// Failing futures in which it crossed at least one year before the failure.
    package var warned: ProportionAccumulator
    /// In those, how many years before the failure it first crossed.
    package var yearsAhead: MeanAccumulator
    /// Futures that did not fail in which it crossed in some year.
    package var falseAlarms: ProportionAccumulator

    /// The lines watched by default, each the model's own figure against the trust's policy:
    /// the centre's in-year balance below £0, central reserves below £0 (the centre has no
    /// reserve target of its own), trust reserves below the trust's target share of income,
    /// staff costs above the staff-cost cap, and any academy in in-year deficit. A line that is
    /// the condition itself is left out.
    static func defaults(for scenario: Scenario, condition: OutputEvent) -> [OutputEvent] {
        let percent = scenario.trust.staffCostCapPercent
        let cap = percent == percent.rounded() ? String(Int(percent)) : String(percent)
        let lines = [
            "central.balance@any < 0", "central.reserves@any < 0", "trust below target@any", "academies.staffCostRatio@any > \(cap)%",
            "any academy in in-year deficit@any",
        ]
        return lines.compactMap { try? OutputVocabulary.event($0, scenario: scenario) }.filter {
            $0.output.figure != condition.output.figure || $0.comparison != condition.comparison || $0.threshold != condition.threshold
        }
    }

    /// The sign's figures from `crossed[year][trial]` (it crossed its line that year), each
    /// failing trial's failure year (nil for a trial that did not fail).
    init(sign: OutputEvent, crossed: [[Bool]], failureYear: [Int?]) {
        self.sign = sign
        var warned = ProportionAccumulator()
        var ahead = MeanAccumulator()
        var alarms = ProportionAccumulator()
        for (trial, failure) in failureYear.enumerated() {
            let first = crossed.indices.first { crossed[$0][trial] }
            if let failure {
                let early = first.map { $0 < failure } ?? false
                warned.add(early)
                if early, let first { ahead.add(Double(failure - first)) }
            } else {
                alarms.add(first != nil)
            }
        }
        self.warned = warned
        yearsAhead = ahead
        falseAlarms = alarms
    }
}
