import TrustModel

extension TrustMetric {
    /// The figure's name in a table heading.
    package var title: String {
        switch self {
        case .trustReserves: return "Trust reserves"
        case .trustReservesPercent: return "Trust reserves, % of income"
        case .trustIncome: return "Trust income"
        case .centralReserves: return "Central reserves"
        case .centralBalance: return "Central in-year balance"
        case .academies: return "Academies"
        case .pupils: return "Pupils"
        case .academiesInDeficit: return "Academies in cumulative deficit (reserves below £0)"
        case .academiesInYearDeficit: return "Academies in in-year deficit (spending above income)"
        case .academiesDeficit: return "Cumulative deficits, all academies"
        case .academiesInYearDeficitAmount: return "In-year deficits, all academies"
        case .academiesBelowTarget: return "Academies below reserve target"
        case .academiesAboveStaffCap: return "Academies above staff-cost cap"
        case .staffCostRatio: return "Staff costs, % of income"
        case .riskLosses: return "Risk losses"
        }
    }

    /// How the figure's values are shown.
    package var unit: Cell.Unit {
        switch self {
        case .trustReserves, .trustIncome, .centralReserves, .centralBalance, .riskLosses, .academiesDeficit, .academiesInYearDeficitAmount:
            return .money
        case .trustReservesPercent, .staffCostRatio: return .percent
        case .academies, .pupils, .academiesInDeficit, .academiesInYearDeficit, .academiesBelowTarget, .academiesAboveStaffCap:
            return .number(decimals: 1)
        }
    }

    /// A value of this figure as a table cell.
    package func cell(_ value: Double) -> Cell {
        switch unit {
        case .money: return .money(value)
        case .percent: return .percent(value, decimals: 1)
        case .number: return value == value.rounded() ? .integer(Int(value)) : .number(value, decimals: 1)
        }
    }
}
