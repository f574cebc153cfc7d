/// Text made safe to write inside XML elements and attribute values.
enum XMLEscaping {
    /// `&`, `<`, `>` and `"` replaced by references, a carriage return by `&#13;` (which a reader
    /// keeps, where it would turn a CR written as itself into a line feed), and characters XML
    /// cannot hold escaped the Office Open XML way (`_x0007_`).
    static func escaped(_ text: String) -> String {
        let safe = OOXMLText.escaped(text)
        guard safe.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x0D }) else { return safe }
        var out = ""
        out.reserveCapacity(safe.utf8.count + 16)
        for character in safe {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r\n": out += "&#13;\n"
            case "\r": out += "&#13;"
            default: out.append(character)
            }
        }
        return out
    }
}
