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

    /// The reserves of `slot` in `year` in the trials where it is in the trust, sorted.
    func reserves(slot: Int, year: Int, slots: Int, years: Int) -> [Double] {
        let stride = slots * years
        let here = slot * years + year
        return Swift.stride(from: here, to: present.count, by: stride).compactMap { present[$0] ? reserves[$0] : nil }.sorted()
    }

    /// The risk losses of `slot` in every year of every trial it is in the trust, sorted.
    func riskLosses(slot: Int, slots: Int, years: Int) -> [Double] {
        let stride = slots * years
        var values: [Double] = []
        for start in Swift.stride(from: slot * years, to: present.count, by: stride) {
            for i in start..<start + years where present[i] { values.append(riskLoss[i]) }
        }
        return values.sorted()
    }
}

extension [Double] {
    /// The median of values sorted ascending, nil for none.
    var median: Double? { isEmpty ? nil : Percentiles.of(sorted: self, at: 0.5) }
}
