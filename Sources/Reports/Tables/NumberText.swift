/// Numbers written the way a UK finance report writes them, independent of the machine's
/// locale so output is identical everywhere: `£1,250,000`, `-£12,400`, `23.4%`.
package enum NumberText {
    /// Whole pounds with thousands separators.
    package static func money(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let rounded = value.rounded()
        let sign = rounded < 0 ? "-" : ""
        return sign + "£" + grouped(abs(rounded))
    }

    /// Pounds shortened for charts and headlines: £950, £12.5k, £1.25m.
    package static func shortMoney(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let sign = value < 0 ? "-" : ""
        let a = abs(value)
        if a >= 1_000_000 { return sign + "£" + fixed(a / 1_000_000, decimals: a >= 10_000_000 ? 1 : 2) + "m" }
        if a >= 1_000 { return sign + "£" + fixed(a / 1_000, decimals: a >= 100_000 ? 0 : 1) + "k" }
        return sign + "£" + fixed(a, decimals: 0)
    }

    /// A fraction as a percentage: 0.2345 → "23.5%".
    package static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        guard fraction.isFinite else { return "n/a" }
        return fixed(fraction * 100, decimals: decimals) + "%"
    }

    /// `value` with exactly `decimals` places, rounding half away from zero.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let scale = pow10(decimals)
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = (scaled / scale).rounded(.towardZero)
        var text = sign + grouped(whole, separator: "")
        if decimals > 0 {
            let fraction = Int((scaled - whole * scale).rounded())
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        }
        return text
    }

    /// `value` with at most `decimals` places, trailing zeros dropped: 12.50 → "12.5", 300.00 → "300".
    static func trimmed(_ value: Double, decimals: Int) -> String {
        droppingTrailingZeros(fixed(value, decimals: decimals))
    }

    /// "1.50" → "1.5" and "2.00" → "2"; text without a decimal point is left as it is.
    static func droppingTrailingZeros(_ text: some StringProtocol) -> String {
        guard text.contains(".") else { return String(text) }
        var out = Substring(text)
        while out.hasSuffix("0") { out = out.dropLast() }
        if out.hasSuffix(".") { out = out.dropLast() }
        return String(out)
    }

    /// A whole number with thousands separators: 1250000 → "1,250,000".
    package static func grouped(_ value: Double, separator: String = ",") -> String {
        guard value.isFinite else { return "n/a" }
        let digits = value < 1e18 ? String(UInt64(abs(value).rounded())) : "\(abs(value))"
        guard !separator.isEmpty, digits.count > 3 else { return (value < 0 ? "-" : "") + digits }
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += separator }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// An integer with thousands separators.
    package static func grouped(_ value: Int) -> String { grouped(Double(value)) }

    /// The standard error of a percentage, with enough places to show its first digit.
    package static func plusMinusPercent(_ standardError: Double) -> String {
        let decimals = standardError == 0 ? 1 : ChanceText.decimals(standardError)
        return "±" + percent(standardError, decimals: decimals)
    }

    /// 10ⁿ, exactly, for n ≥ 0.
    static func pow10(_ n: Int) -> Double {
        var p = 1.0
        for _ in 0..<max(0, n) { p *= 10 }
        return p
    }
}
