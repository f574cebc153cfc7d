/// Everything one trial produced that the results need, year by year: the trust-wide
/// figures, each academy's, and each risk's losses. Reused from trial to trial to avoid
/// allocating in the loop.
struct TrialOutcome: Sendable {
    /// Trust-wide figures per year, indexed by ``TrustMetric``.
    var trust: [[Double]]
    /// Per academy slot per year.
    var present: [[Bool]]
    var reserves: [[Double]]
    var inYearBalance: [[Double]]
    var belowTarget: [[Bool]]
    var aboveCap: [[Bool]]
    var riskLoss: [[Double]]
    /// Per included risk per year: the loss it caused, summed over academies.
    var lossByRisk: [[Double]]
    /// The economy drawn, per input per year (fractions), and the roll change per slot per year.
    var economy: [[Double]]
    var rollChange: [[Double]]
    /// Whether each slot's join went ahead (existing academies: true).
    var joined: [Bool]
    /// Which slots are planned joins (fixed for the plan).
    let isJoin: [Bool]

    init(years: Int, slots: Int, risks: Int, isJoin: [Bool]) {
        self.isJoin = isJoin
        trust = Array(repeating: Array(repeating: 0, count: years), count: TrustMetric.allCases.count)
        present = Array(repeating: Array(repeating: false, count: years), count: slots)
        reserves = Array(repeating: Array(repeating: 0, count: years), count: slots)
        inYearBalance = reserves
        belowTarget = present
        aboveCap = present
        riskLoss = reserves
        lossByRisk = Array(repeating: Array(repeating: 0, count: years), count: risks)
        economy = Array(repeating: Array(repeating: 0, count: years), count: Economy.Input.allCases.count)
        rollChange = reserves
        joined = Array(repeating: false, count: slots)
    }
}

extension TrialOutcome {
    /// The trial's inputs as sensitivity analysis sees them, in ``TrialPlan/inputDescriptors``
    /// order: each economy input's mean over the years (percent), each academy's mean roll
    /// change (percent), each risk's total loss over the years, and whether each join went ahead.
    func appendInputs(to inputs: inout [Double]) {
        for series in economy { inputs.append(series.reduce(0, +) / Double(series.count) * 100) }
        for series in rollChange { inputs.append(series.reduce(0, +) / Double(series.count)) }
        for series in lossByRisk { inputs.append(series.reduce(0, +)) }
        for (slot, went) in joined.enumerated() where isJoin[slot] { inputs.append(went ? 1 : 0) }
    }
}

/// The trust-wide figures recorded for every trial and year (exact percentiles are taken of these).
public enum TrustMetric: Int, Sendable, CaseIterable {
    case trustReserves
    case trustReservesPercent
    case trustIncome
    case centralReserves
    case centralBalance
    case academies
    case pupils
    case academiesInDeficit
    case academiesBelowTarget
    case academiesAboveStaffCap
    case staffCostRatio
    case riskLosses
}
