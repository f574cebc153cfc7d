import TrustModel

extension OutputVocabulary {
    /// The vocabulary as help text, for the experiments' `--help`.
    package static let helpText = """
        Outputs are named FIGURE@YEAR, e.g. central.reserves@2029 (the school year 2029/30), \
        trust.reserves@end (the last year, the default) or trust.reservesPercent@start. Figures: \
        \(figures.map(\.name).joined(separator: ", ")). Events compare an output with a number: \
        "central.reserves@end < 0", "trust.reservesPercent@2030 >= 5%", "risk.losses > 250k"; or are \
        named: "any academy in deficit", "any academy below target", "any academy above staff cap", \
        "trust below target" (each may take @YEAR). Over the years: an event @any happens in at least \
        one year, @all in every year ("central.reserves@any < 0"); min(FIGURE) and max(FIGURE) are each \
        future's lowest and highest value over the years (mean(min(central.reserves))). Measures: \
        P(event), mean(output), median(output), P90(output); each is shown with its Monte Carlo error. \
        Numbers may be written 250k, 1.2m, £100,000 or 10%.
        """
}
