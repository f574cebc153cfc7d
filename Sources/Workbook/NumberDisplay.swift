import Foundation

/// Numbers from a sheet written as text the way a spreadsheet shows them in a General cell:
/// whole numbers plainly (`12500`, not `12500.0`), others to at most 15 significant digits
/// (Excel's precision), so a stored 0.30000000000000004 reads as `0.3`.
enum NumberDisplay {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let shortest = "\(value)"
        if !shortest.contains("e"), significantDigits(shortest) <= 15 { return shortest }
        let rounded = String(format: "%.15g", value)
        guard let exponent = rounded.firstIndex(of: "e") else { return trimmingZeros(rounded) }
        return trimmingZeros(String(rounded[..<exponent])) + "E" + rounded[rounded.index(after: exponent)...]
    }

    /// A fraction as a percentage, as a cell formatted `0%` shows it: 0.15 → `15%`.
    static func percent(_ value: Double) -> String {
        text(value * 100) + "%"
    }

    private static func significantDigits(_ text: String) -> Int {
        let digits = text.drop { $0 == "-" || $0 == "0" || $0 == "." }.filter(\.isNumber)
        return digits.count
    }

    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var out = Substring(text)
        while out.hasSuffix("0") { out = out.dropLast() }
        if out.hasSuffix(".") { out = out.dropLast() }
        return String(out)
    }
}

extension NumberDisplay {
    /// A number as a workbook stores it: whole numbers plainly, others in the shortest form
    /// that reads back to the same double (nothing rounded away).
    static func exact(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
