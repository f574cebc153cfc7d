/// The one place text becomes HTML or SVG markup: every piece of user text (a risk title, an
/// owner, an academy's name) and every attribute value goes through ``escape(_:)``, so a risk
/// titled `<script>alert(1)</script>` is shown as text and never run.
///
/// Numbers written into markup go through ``number(_:decimals:)``, which never consults the
/// machine's locale, so the same results give the same bytes everywhere.
package enum Markup {
    /// `text` with the five characters that mean something in HTML and XML replaced by
    /// entities; safe between tags and inside a quoted attribute alike.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A coordinate or raw value for an attribute: at most `decimals` places, trailing zeros
    /// dropped ("12.5", "300", "-4.25"), and never "-0".
    package static func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        let text = NumberText.trimmed(value, decimals: decimals)
        return text == "-0" ? "0" : text
    }

    /// `name="value"` pairs, each value escaped, with a leading space before each.
    static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }
}
