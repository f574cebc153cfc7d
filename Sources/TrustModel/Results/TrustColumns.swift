/// Every trial's trust-wide figures, year by year, in trial order: the columns exact
/// percentiles and paired comparisons are taken from, kept as small as they can be kept exactly.
///
/// - Money, pupils and the staff-cost ratio: 8 bytes (a `Double`), as computed.
/// - Counts of academies (in the trust, in each kind of deficit, below target, above the staff cap): 2 bytes
///   (`UInt16`), exact because a scenario holds at most ``Scenario/maximumAcademies``.
/// - Trust reserves as a share of income: not stored; worked out from the reserves and income
///   columns by the same division the model makes, so every value is the same to the bit.
///
/// So a trial-year costs 9 × 8 + 5 × 2 = 82 bytes, against 120 for fifteen `Double`s: 82 MB for
/// 100,000 trials of 10 years, 820 MB for 1,000,000.
struct TrustColumns: Sendable {
    /// How each figure is kept.
    enum Storage: Sendable {
        /// In `amounts[index]`.
        case amount(Int)
        /// In `counts[index]`.
        case count(Int)
        /// Reserves ÷ income, from their columns.
        case reservesShareOfIncome
    }

    /// The figures stored, each kind in its order; the one figure in neither list, the trust's
    /// reserves as a share of its income, is worked out.
    static let amountMetrics: [TrustMetric] = [
        .trustReserves, .trustIncome, .centralReserves, .centralBalance, .pupils, .staffCostRatio, .riskLosses, .academiesDeficit,
        .academiesInYearDeficitAmount,
    ]
    static let countMetrics: [TrustMetric] = [
        .academies, .academiesInDeficit, .academiesInYearDeficit, .academiesBelowTarget, .academiesAboveStaffCap,
    ]

    /// How `metric` is kept.
    static func storage(of metric: TrustMetric) -> Storage {
        if let index = amountMetrics.firstIndex(of: metric) { return .amount(index) }
        if let index = countMetrics.firstIndex(of: metric) { return .count(index) }
        return .reservesShareOfIncome
    }

    /// Bytes a trial-year takes.
    static let bytesPerTrialYear = amountMetrics.count * MemoryLayout<Double>.stride + countMetrics.count * MemoryLayout<UInt16>.stride

    /// `amounts[i][year]` and `counts[i][year]`: one value per trial.
    private(set) var amounts: [[[Double]]]
    private(set) var counts: [[[UInt16]]]

    init(years: Int, capacity: Int) {
        amounts = Self.amountMetrics.map { _ in (0..<years).map { _ in Self.column(capacity) } }
        counts = Self.countMetrics.map { _ in (0..<years).map { _ in Self.column(capacity) } }
    }

    private static func column<Value>(_ capacity: Int) -> [Value] {
        var column: [Value] = []
        column.reserveCapacity(capacity)
        return column
    }

    /// Appends one trial's figures: `trust` holds a row of `years` values per ``TrustMetric``.
    mutating func append(trust: [Double], years: Int) {
        for (i, metric) in Self.amountMetrics.enumerated() {
            for year in 0..<years { amounts[i][year].append(trust[metric.rawValue * years + year]) }
        }
        for (i, metric) in Self.countMetrics.enumerated() {
            for year in 0..<years {
                let value = trust[metric.rawValue * years + year]
                assert(
                    value >= 0 && value <= Double(UInt16.max) && value == value.rounded(), "\(metric) \(value) is not a count of academies")
                counts[i][year].append(UInt16(value))
            }
        }
    }

    /// Appends the trials that come next.
    mutating func append(_ later: TrustColumns) {
        for i in amounts.indices {
            for year in amounts[i].indices { amounts[i][year].append(contentsOf: later.amounts[i][year]) }
        }
        for i in counts.indices {
            for year in counts[i].indices { counts[i][year].append(contentsOf: later.counts[i][year]) }
        }
    }

    /// Every trial's value of `metric` in `year`, as the model computed it.
    func values(_ metric: TrustMetric, year: Int) -> [Double] {
        switch Self.storage(of: metric) {
        case .amount(let i): return amounts[i][year]
        case .count(let i): return counts[i][year].map(Double.init)
        case .reservesShareOfIncome:
            let reserves = values(.trustReserves, year: year)
            let income = values(.trustIncome, year: year)
            return zip(reserves, income).map { reserves, income in income > 0 ? reserves / income : 0 }
        }
    }
}
