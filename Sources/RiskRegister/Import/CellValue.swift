import CSV

/// Numbers as people type them into register spreadsheets.
package enum CellValue {
    /// A plain number: "4", "4.0", " 12 ".
    package static func number(_ text: String) -> Double? {
        guard let value = Double(CSVCell.trimmed(text)), value.isFinite else { return nil }
        return value
    }

    /// Pounds: "£12,500", "12500", "£1.2m", "250k", "12 500".
    package static func money(_ text: String) -> Double? {
        var digits = text.filter { $0 != "£" && $0 != "," && $0 != " " && $0 != "\u{00A0}" }.lowercased()
        var scale = 1.0
        if digits.hasSuffix("k") {
            scale = 1_000
            digits.removeLast()
        } else if digits.hasSuffix("m") {
            scale = 1_000_000
            digits.removeLast()
        }
        // Finite after scaling too: "1e308m" is a number, but no amount of money.
        guard let value = Double(digits), (value * scale).isFinite else { return nil }
        return value * scale
    }

    /// A percentage: "15%", "15", "12.5 %".
    package static func percent(_ text: String) -> Double? {
        var digits = CSVCell.trimmed(text)
        if digits.hasSuffix("%") { digits = CSVCell.trimmed(String(digits.dropLast())) }
        return number(digits)
    }

    /// A number as a finding quotes it: 7, 2.5.
    package static func shown(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
