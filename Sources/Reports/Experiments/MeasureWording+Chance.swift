import MonteCarlo
import TrustModel

extension MeasureWording {
    /// An estimate of `measure` over `trials` futures as a cell: a chance (`P(event)`) as every
    /// table writes one (``ChanceText``: "6.5% ±0.2%", a count of none or all as "under 0.1%" or
    /// "over 99.9%"), any other measure as ``cell(_:for:)``. Not for differences.
    package static func valueCell(_ estimate: Estimate, for measure: Measure, trials: Int) -> Cell {
        guard case .probability = measure, trials > 0 else { return cell(estimate, for: measure) }
        let events = Int((estimate.value * Double(trials)).rounded())
        return .chance(ProportionAccumulator(trials: trials, events: min(max(events, 0), trials)))
    }
}
