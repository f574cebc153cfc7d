import Foundation

extension OutputVocabulary {
    /// The ways of writing ± on a keyboard without it, tried after ± itself.
    static let plusMinusSpellings = ["±", "+/-", "+-"]

    /// Reads a precision target: a measure (as `--metric` reads it), ± (or `+-`, `+/-`) and the
    /// widest 95% half-width accepted. For a probability or a percentage figure the number is in
    /// points unless it carries `%` ("±0.5" and "±0.5%" are both half a point); "points" or "pts"
    /// may follow it. Money takes `£`, `k` and `m`: "mean(trust.reserves@end) ±£10k".
    package static func precision(_ text: String, scenario: Scenario) throws -> PrecisionTarget {
        let trimmed = text.trimmingSpaces()
        guard let (left, right) = splitAtPlusMinus(trimmed) else { throw OutputNameError.notAPrecision(trimmed) }
        let measure = try self.measure(left, scenario: scenario)
        var width = right.lowercased()
        for unit in [" points", "points", " pts", "pts", " pt", "pt"] where width.hasSuffix(unit) {
            width = String(width.dropLast(unit.count))
            break
        }
        let number: Double
        do { number = try self.number(width) } catch { throw OutputNameError.badHalfWidth(trimmed, found: right) }
        let halfWidth = measure.isFraction && !width.hasSuffix("%") ? number / 100 : number
        guard halfWidth > 0 else { throw OutputNameError.badHalfWidth(trimmed, found: right) }
        return PrecisionTarget(measure: measure, halfWidth: halfWidth, text: trimmed)
    }

    /// Splits `measure ± width` at its last ± (outside the measure's parentheses).
    private static func splitAtPlusMinus(_ text: String) -> (String, String)? {
        for spelling in plusMinusSpellings {
            guard let range = text.range(of: spelling, options: .backwards) else { continue }
            let left = String(text[..<range.lowerBound]).trimmingSpaces()
            let right = String(text[range.upperBound...]).trimmingSpaces()
            guard !left.isEmpty, !right.isEmpty, !right.contains(")") else { return nil }
            return (left, right)
        }
        return nil
    }
}
