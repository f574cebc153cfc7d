/// A parameter as an error sentence shows it: as the scenario file writes the number (a whole
/// number without a decimal point, any other in Swift's shortest form that reads back exactly),
/// and NaN or ±Infinity by name, so a person finds in the sentence what they typed.
package enum ParameterText {
    package static func of(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        // Below 2⁵³ every whole Double is an exact integer, and Int64 prints it without ".0".
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
    }
}
