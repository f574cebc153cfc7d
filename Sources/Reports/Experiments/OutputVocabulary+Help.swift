import TrustModel

extension OutputVocabulary {
    /// The vocabulary as help text, for the experiments' `--help`.
    package static let helpText = """
        Outputs are named FIGURE@YEAR, e.g. central.reserves@2029 (the school year 2029/30), \
        trust.reserves@end (the last year, the default) or trust.reservesPercent@start. Figures: \
        \(figures.map { "\($0.name) (\($0.meaning))" }.joined(separator: "; ")). Events compare an output with a number: \
        "central.reserves@end < 0", "trust.reservesPercent@2030 >= 5%", "risk.losses > 250k"; or are \
        named: "any academy in deficit" (reserves below £0), "any academy in in-year deficit" (spending above \
        income), "any academy below target", "any academy above staff cap", \
        "trust below target" (each may take @YEAR). Over the years: an event @any happens in at least \
        one year, @all in every year ("central.reserves@any < 0"); min(FIGURE) and max(FIGURE) are each \
        future's lowest and highest value over the years (mean(min(central.reserves))). Measures: \
        P(event) (the share of futures in which the event holds, with its standard error; none or all of \
        them reads "under 0.1%" or "over 99.9%", the Wilson 95% bound), mean(output) (the average over \
        futures, with its standard error), median(output) (the middle future), P90(output) (the amount 90% \
        of futures are at or below). Numbers may be written 250k, 1.2m, £100,000 or 10%. \
        \(RiskMeasureNames.definitions)
        """
}
