/// Writes `JSONValue`s as text: indented two spaces, members in their given order,
/// numbers in their shortest exact form, so the same value always gives the same bytes.
package enum JSONWriter {
    /// The text of `value`, ending with a newline.
    package static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        append(value, to: &out, indent: 0, pretty: pretty)
        out += "\n"
        return out
    }

    /// A number as JSON writes it: integers without a decimal point, other values in
    /// the shortest form that reads back to the same Double, non-finite values as null.
    package static func format(number value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// A string literal with the escapes JSON requires.
    package static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func append(_ value: JSONValue, to out: inout String, indent: Int, pretty: Bool) {
        let newline = pretty ? "\n" : ""
        let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closePad = pretty ? String(repeating: "  ", count: indent) : ""
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += format(number: n)
        case .string(let s): out += quote(s)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            // Short lists of plain numbers stay on one line: a row of percentiles reads better so.
            if pretty, items.count <= 12, items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    append(item, to: &out, indent: indent + 1, pretty: false)
                }
                out += "]"
                return
            }
            out += "[" + newline
            for (i, item) in items.enumerated() {
                out += pad
                append(item, to: &out, indent: indent + 1, pretty: pretty)
                out += (i < items.count - 1 ? "," : "") + newline
            }
            out += closePad + "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{" + newline
            for (i, member) in members.enumerated() {
                out += pad + quote(member.key) + (pretty ? ": " : ":")
                append(member.value, to: &out, indent: indent + 1, pretty: pretty)
                out += (i < members.count - 1 ? "," : "") + newline
            }
            out += closePad + "}"
        }
    }
}

extension JSONValue {
    fileprivate var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
