import MonteCarlo

/// Every trial's academy-years, kept whole so an academy's percentiles are exact: trial after
/// trial, and within a trial slot · years + year, as ``TrialOutcome`` lays them out.
struct AcademyYears: Sendable {
    var present: [Bool] = []
    var reserves: [Double] = []
    var riskLoss: [Double] = []

    mutating func append(_ later: AcademyYears) {
        present.append(contentsOf: later.present)
        reserves.append(contentsOf: later.reserves)
        riskLoss.append(contentsOf: later.riskLoss)
    }

    /// The reserves of `slot` in `year` in the trials where it is in the trust, in trial order.
    func reserves(slot: Int, year: Int, slots: Int, years: Int) -> [Double] {
        let stride = slots * years
        let here = slot * years + year
        return Swift.stride(from: here, to: present.count, by: stride).compactMap { present[$0] ? reserves[$0] : nil }
    }

    /// The risk losses of `slot` in every year of every trial it is in the trust, in trial order.
    func riskLosses(slot: Int, slots: Int, years: Int) -> [Double] {
        let stride = slots * years
        var values: [Double] = []
        for start in Swift.stride(from: slot * years, to: present.count, by: stride) {
            for i in start..<start + years where present[i] { values.append(riskLoss[i]) }
        }
        return values
    }
}

extension [Double] {
    /// The median of the values in any order, nil for none: by selection, the same value a
    /// sort would give (``Percentiles/of(rearranging:at:)``) without sorting every academy-year.
    var median: Double? {
        guard !isEmpty else { return nil }
        var values = self
        return Percentiles.of(rearranging: &values, at: [0.5])[0]
    }
}
