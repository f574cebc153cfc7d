extension XMLScanner {
    /// Appends `run` to `out` with `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;` and character
    /// references (`&#163;`, `&#xA3;`) replaced, and CRLF or a lone CR as LF (XML 1.0 §2.11; a
    /// CR written `&#13;` stays). Any other entity is an error: expanding entities a DTD defines
    /// is how "billion laughs" files exhaust memory.
    func appendReplacingReferences(_ run: ArraySlice<UInt8>, to out: inout [UInt8], at offset: Int) throws(XMLError) {
        var i = run.startIndex
        while i < run.endIndex {
            if run[i] == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                i += run.index(after: i) < run.endIndex && run[i + 1] == UInt8(ascii: "\n") ? 2 : 1
                continue
            }
            guard run[i] == UInt8(ascii: "&") else {
                out.append(run[i])
                i += 1
                continue
            }
            guard let semicolon = run[i..<Swift.min(run.endIndex, i + 32)].firstIndex(of: UInt8(ascii: ";")) else {
                throw failure(.malformed("'&' that starts no reference (write &amp;)"), at: i)
            }
            let name = run[(i + 1)..<semicolon]
            let text = String(decoding: name, as: UTF8.self)
            if name.first == UInt8(ascii: "#") {
                guard let scalar = Self.characterReference(name.dropFirst()) else { throw failure(.invalidCharacterReference(text), at: i) }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            } else if let replacement = Self.predefined[text] {
                out.append(replacement)
            } else {
                throw failure(.undefinedEntity(text), at: i)
            }
            i = semicolon + 1
        }
    }

    private static let predefined: [String: UInt8] = [
        "lt": UInt8(ascii: "<"), "gt": UInt8(ascii: ">"), "amp": UInt8(ascii: "&"), "quot": UInt8(ascii: "\""), "apos": UInt8(ascii: "'"),
    ]

    /// The scalar of `163` or `xA3`, if it is one XML 1.0 allows (§2.2: no NUL, no other C0
    /// control but tab, line feed and carriage return, no surrogates).
    private static func characterReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var rest = digits
        var radix: UInt32 = 10
        if rest.first == UInt8(ascii: "x") {
            radix = 16
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, rest.count <= 8 else { return nil }
        var value: UInt32 = 0
        for byte in rest {
            guard let digit = hexDigit(byte), digit < radix else { return nil }
            value = value * radix + digit
        }
        guard value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D, value != 0xFFFE, value != 0xFFFF else { return nil }
        return Unicode.Scalar(value)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }
}
