/// Reads JSON, and the friendlier JSON5 that people write by hand: `//` and `/* */`
/// comments, trailing commas, single-quoted strings and unquoted keys.
///
/// Every value keeps its line and column. Nesting deeper than ``maximumDepth`` is an error
/// rather than a stack overflow, so no file can crash the program.
package struct JSONParser {
    /// How deep objects and lists may nest. Real scenarios nest four or five levels.
    package static let maximumDepth = 200

    /// Parses `text`, naming `source` in any error.
    package static func parse(_ text: String, source: String) throws -> JSONNode {
        var parser = JSONParser(bytes: Array(text.utf8), source: source)
        return try parser.parseDocument()
    }

    /// Parses UTF-8 bytes, naming `source` in any error.
    package static func parse(bytes: [UInt8], source: String) throws -> JSONNode {
        var parser = JSONParser(bytes: bytes, source: source)
        return try parser.parseDocument()
    }

    private let bytes: [UInt8]
    private let source: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    private init(bytes: [UInt8], source: String) {
        self.bytes = bytes
        self.source = source
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private mutating func parseDocument() throws -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        try skipSpace()
        guard index < bytes.count else {
            throw fail("the file is empty; expected a JSON object such as { \"name\": ... }")
        }
        let node = try parseValue(context: "a value")
        try skipSpace()
        if index < bytes.count {
            throw fail("unexpected \(describeNext()) after the end of the document")
        }
        return node
    }

    // MARK: - Values

    private mutating func parseValue(context: String) throws -> JSONNode {
        try skipSpace()
        guard index < bytes.count else { throw fail("the file ends where \(context) was expected") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(start: start)
        case UInt8(ascii: "["): return try parseArray(start: start)
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return JSONNode(.string(try parseString()), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), at: start)
        default:
            let word = readIdentifier()
            switch word {
            case "true": return JSONNode(.bool(true), at: start)
            case "false": return JSONNode(.bool(false), at: start)
            case "null": return JSONNode(.null, at: start)
            case "NaN": return JSONNode(.number(.nan), at: start)
            case "Infinity": return JSONNode(.number(.infinity), at: start)
            case "":
                throw fail("expected \(context), found \(describeNext())")
            default:
                throw JSONError.syntax(
                    source: source, at: start,
                    message: "expected \(context), found the word '\(word)' (text must be in quotes)")
            }
        }
    }

    private mutating func parseObject(start: SourcePosition) throws -> JSONNode {
        try enter()
        advance()  // {
        var members: [JSONNode.Member] = []
        var seen: Set<String> = []
        while true {
            try skipSpace()
            guard index < bytes.count else {
                throw JSONError.syntax(source: source, at: start, message: "this object is never closed with '}'")
            }
            if bytes[index] == UInt8(ascii: "}") {
                advance()
                break
            }
            let keyPosition = position
            let key: String
            if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                key = try parseString()
            } else {
                key = readIdentifier()
                if key.isEmpty { throw fail("expected a field name in quotes or '}', found \(describeNext())") }
            }
            try skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw fail("expected ':' after the field name '\(key)', found \(describeNext())")
            }
            advance()
            let value = try parseValue(context: "the value of '\(key)'")
            if !seen.insert(key).inserted {
                throw JSONError.syntax(
                    source: source, at: keyPosition, message: "the field '\(key)' is written twice in this object; keep one")
            }
            members.append(JSONNode.Member(key: key, keyPosition: keyPosition, value: value))
            try skipSpace()
            guard index < bytes.count else {
                throw JSONError.syntax(source: source, at: start, message: "this object is never closed with '}'")
            }
            if bytes[index] == UInt8(ascii: ",") {
                advance()
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                advance()
                break
            }
            throw fail("expected ',' or '}' after the value of '\(key)', found \(describeNext())")
        }
        depth -= 1
        return JSONNode(.object(members), at: start)
    }

    private mutating func parseArray(start: SourcePosition) throws -> JSONNode {
        try enter()
        advance()  // [
        var items: [JSONNode] = []
        while true {
            try skipSpace()
            guard index < bytes.count else {
                throw JSONError.syntax(source: source, at: start, message: "this list is never closed with ']'")
            }
            if bytes[index] == UInt8(ascii: "]") {
                advance()
                break
            }
            items.append(try parseValue(context: "a list item"))
            try skipSpace()
            guard index < bytes.count else {
                throw JSONError.syntax(source: source, at: start, message: "this list is never closed with ']'")
            }
            if bytes[index] == UInt8(ascii: ",") {
                advance()
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                advance()
                break
            }
            throw fail("expected ',' or ']' after a list item, found \(describeNext())")
        }
        depth -= 1
        return JSONNode(.array(items), at: start)
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maximumDepth {
            throw fail("objects and lists are nested more than \(Self.maximumDepth) deep")
        }
    }

    // MARK: - Strings

    private mutating func parseString() throws -> String {
        let start = position
        let quote = bytes[index]
        advance()
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun(_ end: Int) {
            if end > runStart {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while true {
            guard index < bytes.count else {
                throw JSONError.syntax(source: source, at: start, message: "this text is never closed with its quote")
            }
            let byte = bytes[index]
            if byte == quote {
                flushRun(index)
                advance()
                return String(scalars)
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                throw JSONError.syntax(
                    source: source, at: start, message: "this text runs past the end of its line; close it with its quote")
            }
            if byte == UInt8(ascii: "\\") {
                flushRun(index)
                advance()
                // At the end of the text the loop's first check says the quote is never closed.
                if index < bytes.count { try readEscape(into: &scalars) }
                runStart = index
                continue
            }
            advance()
        }
    }

    /// Reads the escape after a backslash (`\n`, `\u00A3`, a surrogate pair, a JSON5 line
    /// continuation) and appends what it stands for.
    private mutating func readEscape(into scalars: inout String.UnicodeScalarView) throws {
        let escape = bytes[index]
        advance()
        switch escape {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "'"): scalars.append("'")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "\n"): break  // JSON5 line continuation
        case UInt8(ascii: "\r"):  // the same, in a file saved with CRLF line ends
            if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { advance() }
        case UInt8(ascii: "u"):
            var value = try readHex4()
            if (0xD800..<0xDC00).contains(value), index + 5 < bytes.count,
                bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                let low = hex4(at: index + 2), (0xDC00..<0xE000).contains(low)
            {
                // Only a low surrogate joins the pair; any other escape is left to be read on its own.
                for _ in 0..<6 { advance() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        default:
            throw fail("'\\\(Character(Unicode.Scalar(escape)))' is not an escape JSON knows")
        }
    }

    private mutating func readHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                throw fail("'\\u' must be followed by four hexadecimal digits")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    // MARK: - Numbers

    private mutating func parseNumber() throws -> Double {
        let start = position
        let begin = index
        var sign = 1.0
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            if bytes[index] == UInt8(ascii: "-") { sign = -1 }
            advance()
        }
        let word = readIdentifierLike()
        if word == "Infinity" { return sign * .infinity }
        if word == "NaN" { return .nan }
        if word.hasPrefix("0x") || word.hasPrefix("0X"), let value = UInt64(word.dropFirst(2), radix: 16) {
            return sign * Double(value)
        }
        // A decimal: digits, an optional fraction and exponent (JSON5 allows ".5" and "5.").
        let text = String(decoding: bytes[begin..<index], as: UTF8.self)
        let isNumeral = word.allSatisfy { $0.isNumber || $0 == "." || $0 == "e" || $0 == "E" || $0 == "-" || $0 == "+" }
        guard isNumeral, word.first != "e", word.first != "E", let value = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text)
        else {
            throw JSONError.syntax(source: source, at: start, message: "'\(text)' is not a number")
        }
        return value
    }

    /// Reads the characters that can make up a number or a word, including a signed exponent.
    private mutating func readIdentifierLike() -> String {
        let begin = index
        while index < bytes.count {
            let b = bytes[index]
            let isPart =
                isIdentifierByte(b) || b == UInt8(ascii: ".")
                || ((b == UInt8(ascii: "-") || b == UInt8(ascii: "+")) && index > begin
                    && (bytes[index - 1] == UInt8(ascii: "e") || bytes[index - 1] == UInt8(ascii: "E")))
            guard isPart else { break }
            advance()
        }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    private mutating func readIdentifier() -> String {
        let begin = index
        while index < bytes.count, isIdentifierByte(bytes[index]) { advance() }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    private func isIdentifierByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_") || b == UInt8(ascii: "$")
    }

    /// The four hexadecimal digits starting at `offset`, without moving.
    private func hex4(at offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for i in offset..<offset + 4 {
            guard let digit = hexValue(bytes[i]) else { return nil }
            value = value * 16 + digit
        }
        return value
    }

    private func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    // MARK: - Space, comments and positions

    private mutating func skipSpace() throws {
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                advance()
            } else if b == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { advance() }
            } else if b == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                let start = position
                advance()
                advance()
                while true {
                    guard index < bytes.count else {
                        throw JSONError.syntax(source: source, at: start, message: "this comment is never closed with '*/'")
                    }
                    if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                        advance()
                        advance()
                        break
                    }
                    advance()
                }
            } else if b == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                advance()
                advance()  // a no-break space pasted from a document
            } else {
                return
            }
        }
    }

    private mutating func advance() {
        let b = bytes[index]
        index += 1
        if b == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
    }

    private func describeNext() -> String {
        guard index < bytes.count else { return "the end of the file" }
        let b = bytes[index]
        if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { return "the end of the line" }
        if b < 0x20 || b == 0x7F { return "a control character (byte \(b))" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'\(String(decoding: bytes[index..<end], as: UTF8.self))'"
    }

    private func fail(_ message: String) -> JSONError {
        .syntax(source: source, at: position, message: message)
    }
}
