import MonteCarlo

/// One value in a results table, typed so each output form can show it properly:
/// `£1,250,000` in text, `1250000` in CSV and JSON.
package enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A plain number shown with `decimals` places in text.
    case number(Double, decimals: Int)
    /// Pounds; text shows whole pounds with thousands separators.
    case money(Double)
    /// A fraction shown as a percentage (0.234 → "23.4%"); CSV and JSON keep the fraction.
    case percent(Double, decimals: Int)
    /// A Monte Carlo estimate and its standard error. Text shows "23.4% ±0.4%";
    /// CSV and JSON give the estimate and its standard error in two columns.
    case estimate(Double, standardError: Double, unit: Unit)
    /// A chance counted over trials. Text writes it by ``ChanceText`` ("23.4% ±0.4%", or
    /// "under 0.1%" when no trial saw it); CSV, JSON and workbooks as a percentage estimate.
    case chance(ProportionAccumulator)
    case empty

    /// How an estimate is shown.
    package enum Unit: Sendable, Equatable {
        case percent
        case money
        case number(decimals: Int)
    }

    /// A fraction as a percentage with one decimal place.
    package static func percent(_ value: Double) -> Cell { .percent(value, decimals: 1) }

    /// Text, or empty when absent.
    package static func text(_ value: String?) -> Cell { value.map(Cell.text) ?? .empty }

    /// Money, or empty when absent.
    package static func money(_ value: Double?) -> Cell { value.map(Cell.money) ?? .empty }

    /// The cell as the machine forms (CSV, JSON, .xlsx) write it: a chance as the estimate of a
    /// fraction with its standard error; any other cell as it is.
    var estimateForm: Cell {
        guard case .chance(let p) = self else { return self }
        return .estimate(p.estimate, standardError: p.standardError, unit: .percent)
    }

    var isNumeric: Bool {
        switch self {
        case .text, .empty: return false
        default: return true
        }
    }
}
