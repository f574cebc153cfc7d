/// Everything one trial produced that the results need, year by year: the trust-wide
/// figures, each academy's, and each risk's losses. Reused from trial to trial to avoid
/// allocating in the loop.
///
/// Each table is one flat array of rows of `years` values: row r's value in year y is at
/// r · years + y (see ``at(_:_:)``), so the loop writes into contiguous memory and copies no
/// inner arrays.
struct TrialOutcome: Sendable {
    let years: Int
    /// Trust-wide figures, a row per ``TrustMetric``.
    var trust: [Double]
    /// A row per academy slot.
    var present: [Bool]
    var reserves: [Double]
    var inYearBalance: [Double]
    var belowTarget: [Bool]
    var aboveCap: [Bool]
    var riskLoss: [Double]
    /// The roll change drawn (percent).
    var rollChange: [Double]
    /// A row per included risk: the loss it caused, summed over academies.
    var lossByRisk: [Double]
    /// The entries of `lossByRisk` that are not zero in this trial, in the order the risks
    /// struck: what the tally reads, and what the next trial clears, instead of every entry.
    var struck: [StruckEntry]
    /// A row per economy input (``Economy/Input/row``): the fraction drawn.
    var economy: [Double]
    /// Whether each slot's join went ahead (existing academies: true).
    var joined: [Bool]

    init(years: Int, slots: Int, risks: Int) {
        self.years = years
        trust = Array(repeating: 0, count: TrustMetric.allCases.count * years)
        present = Array(repeating: false, count: slots * years)
        reserves = Array(repeating: 0, count: slots * years)
        inYearBalance = reserves
        belowTarget = present
        aboveCap = present
        riskLoss = reserves
        rollChange = reserves
        lossByRisk = Array(repeating: 0, count: risks * years)
        struck = []
        struck.reserveCapacity(risks * years)
        economy = Array(repeating: 0, count: Economy.Input.allCases.count * years)
        joined = Array(repeating: false, count: slots)
    }

    /// The index of row `row`'s value in `year`.
    @inline(__always)
    func at(_ row: Int, _ year: Int) -> Int { row * years + year }

    /// Adds a struck event's `amount` (never zero: losses are positive) to its risk's loss in `year`.
    @inline(__always)
    mutating func addLoss(_ amount: Double, risk: Int, year: Int) {
        let entry = at(risk, year)
        if lossByRisk[entry] == 0 { struck.append(StruckEntry(entry: entry, risk: risk)) }
        lossByRisk[entry] += amount
    }

    /// The economy drawn for `year`.
    @inline(__always)
    func economy(_ year: Int) -> EconomyYear {
        EconomyYear(
            fundingUplift: economy[at(Economy.Input.fundingUpliftPercent.row, year)],
            payAward: economy[at(Economy.Input.payAwardPercent.row, year)],
            payGrantCoverage: economy[at(Economy.Input.payGrantCoveragePercent.row, year)],
            nonPayInflation: economy[at(Economy.Input.nonPayInflationPercent.row, year)])
    }

    /// The trust-wide `metric` in `year`.
    func trust(_ metric: TrustMetric, _ year: Int) -> Double { trust[at(metric.rawValue, year)] }

    /// Row `row` of a table: its values year by year.
    func row(_ row: Int, of table: [Double]) -> ArraySlice<Double> { table[row * years..<(row + 1) * years] }
}

/// An entry of ``TrialOutcome/lossByRisk`` that is not zero, with its risk (the entry's row),
/// kept so that the tally need not divide to find it.
struct StruckEntry: Sendable {
    var entry: Int
    var risk: Int
}

/// The trust-wide figures recorded for every trial and year (exact percentiles are taken of these).
package enum TrustMetric: Int, Sendable, CaseIterable {
    case trustReserves
    case trustReservesPercent
    case trustIncome
    case centralReserves
    case centralBalance
    case academies
    case pupils
    /// Academies whose reserves are below £0: a cumulative deficit.
    case academiesInDeficit
    /// Academies that spent more than their income in the year: an in-year deficit.
    case academiesInYearDeficit
    /// What the academies with reserves below £0 are short by, added up (£).
    case academiesDeficit
    /// What the academies that spent more than their income overspent by, added up (£).
    case academiesInYearDeficitAmount
    case academiesBelowTarget
    case academiesAboveStaffCap
    case staffCostRatio
    case riskLosses
}
