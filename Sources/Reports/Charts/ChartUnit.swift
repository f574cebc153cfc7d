/// What a chart's numbers are, which decides how its axis ticks, its labels and its table
/// cells are written. The same unit writes both, so a chart and its table read alike.
package enum ChartUnit: Sendable, Equatable {
    /// Pounds: ticks and labels as £450k, £1.2m; table cells as £1,250,000.
    case money
    /// A fraction shown as a percentage (0.25 → 25%), with `decimals` places in tables.
    case percent(decimals: Int)
    /// A count of things (academies, risks): whole-number ticks.
    case count
    /// A plain number with `decimals` places (a top-slice of 4.5 written as "4.5%" is
    /// `.number(decimals: 1, suffix: "%")`).
    case number(decimals: Int, suffix: String)

    /// A short label for a value beside a mark: £36.9k, £42.0k, 23.4% (the same places
    /// throughout, so labels down a column of bars read alike).
    package func label(_ value: Double) -> String {
        switch self {
        case .money: return NumberText.shortMoney(value)
        case .percent(let decimals): return NumberText.percent(value, decimals: decimals)
        case .count: return NumberText.fixed(value, decimals: value == value.rounded() ? 0 : 1)
        case .number(let decimals, let suffix): return NumberText.fixed(value, decimals: decimals) + suffix
        }
    }

    /// A label for an axis tick: as ``label(_:)`` with trailing zeros dropped (£1.5m, £500k, 25%).
    package func tickLabel(_ value: Double) -> String {
        switch self {
        case .money: return Self.trimmedShortMoney(value)
        case .percent(let decimals): return NumberText.trimmed(value * 100, decimals: decimals) + "%"
        case .count: return label(value)
        case .number(let decimals, let suffix): return NumberText.trimmed(value, decimals: decimals) + suffix
        }
    }

    /// The value as a table cell.
    package func cell(_ value: Double) -> Cell {
        switch self {
        case .money: return .money(value)
        case .percent(let decimals): return .percent(value, decimals: decimals)
        case .count: return value == value.rounded() ? .integer(Int(value)) : .number(value, decimals: 1)
        case .number(let decimals, let suffix):
            return suffix.isEmpty ? .number(value, decimals: decimals) : .text(NumberText.fixed(value, decimals: decimals) + suffix)
        }
    }

    /// The narrowest axis for values all alike, so its ticks differ in what they print.
    var minimumSpan: Double {
        switch self {
        case .money: return 1_000
        case .percent: return 0.01
        case .count: return 2
        case .number: return 1
        }
    }

    /// Whether ticks must be whole numbers.
    var wholeTicks: Bool { self == .count }

    /// £1.50m → £1.5m and £2.00m → £2m: ticks read cleaner without trailing zeros.
    static func trimmedShortMoney(_ value: Double) -> String {
        let text = NumberText.shortMoney(value)
        guard let suffix = text.last, suffix == "m" || suffix == "k", text.contains(".") else { return text }
        return NumberText.droppingTrailingZeros(text.dropLast()) + String(suffix)
    }
}
