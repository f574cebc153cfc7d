import TrustModel

extension OutputVocabulary {
    /// The vocabulary as help text, for the experiments' `--help`.
    package static let helpText = """
        Outputs are named FIGURE@YEAR, e.g. central.reserves@2029 (the school year 2029/30), \
        trust.reserves@end (the last year, the default) or trust.reservesPercent@start. Figures: \
        \(figures.map(\.name).joined(separator: ", ")). Events compare an output with a number: \
        "central.reserves@end < 0", "trust.reservesPercent@2030 >= 5%", "risk.losses > 250k"; or are \
        named: "any academy in deficit" (reserves below £0), "any academy in in-year deficit" (spending above income), "any academy below target", "any academy above staff cap", \
        "trust below target" (each may take @YEAR). Measures: P(event), mean(output), median(output), \
        P90(output). Numbers may be written 250k, 1.2m, £100,000 or 10%.
        """
}
