extension XMLScanner {
    /// `<name attribute="value" …>` or `<name …/>`, with namespace declarations applied.
    mutating func readStartTag() throws(XMLError) -> XMLEvent {
        let start = index
        guard open.count < limits.maximumDepth else { throw failure(.tooDeep(limit: limits.maximumDepth), at: start) }
        if open.isEmpty, sawRoot { throw failure(.malformed("a second root element"), at: start) }
        index += 1
        let written = try readName()
        var raw: [(name: ArraySlice<UInt8>, value: String)] = []
        raw.reserveCapacity(8)
        var selfClosing = false
        while true {
            skipSpace()
            guard index < bytes.count else { throw failure(.malformed("a start tag is never closed"), at: start) }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                break
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else {
                    throw failure(.malformed("'/' inside a tag not followed by '>'"), at: index)
                }
                index += 2
                selfClosing = true
                break
            }
            guard raw.count < limits.maximumAttributes else {
                throw failure(.tooManyAttributes(limit: limits.maximumAttributes), at: start)
            }
            raw.append(try readAttribute())
        }
        let declared = declareNamespaces(raw)
        let name = resolve(written, isAttribute: false)
        var attributes: [XMLAttribute] = []
        attributes.reserveCapacity(raw.count - declared)
        for attribute in raw where !Self.isNamespaceDeclaration(attribute.name) {
            attributes.append(XMLAttribute(name: resolve(attribute.name, isAttribute: true), value: attribute.value))
        }
        sawRoot = true
        if selfClosing {
            bindings.removeLast(declared)
            pendingEnd = name
        } else {
            open.append(OpenElement(written: written, name: name, bindings: declared))
        }
        return .start(XMLStartTag(name: name, attributes: attributes, offset: start))
    }

    /// `</name>`, which must close the element open last.
    mutating func readEndTag() throws(XMLError) -> XMLEvent {
        let start = index
        index += 2
        let written = try readName()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else {
            throw failure(.malformed("an end tag is never closed"), at: start)
        }
        index += 1
        guard let element = open.popLast() else {
            throw failure(.malformed("the end tag </\(String(decoding: written, as: UTF8.self))> closes nothing"), at: start)
        }
        guard element.written.elementsEqual(written) else {
            throw failure(
                .mismatchedEndTag(
                    expected: String(decoding: element.written, as: UTF8.self), found: String(decoding: written, as: UTF8.self)),
                at: start)
        }
        bindings.removeLast(element.bindings)
        return .end(element.name)
    }

    /// `name = "value"` or `name = 'value'`.
    private mutating func readAttribute() throws(XMLError) -> (name: ArraySlice<UInt8>, value: String) {
        let start = index
        let name = try readName()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
            throw failure(.malformed("the attribute '\(String(decoding: name, as: UTF8.self))' has no value"), at: start)
        }
        index += 1
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw failure(.malformed("an attribute value is not in quotes"), at: index)
        }
        let quote = bytes[index]
        index += 1
        let valueStart = index
        while index < bytes.count, bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "<") { throw failure(.malformed("'<' inside an attribute value"), at: index) }
            index += 1
        }
        guard index < bytes.count else { throw failure(.malformed("an attribute value is never closed"), at: valueStart) }
        let run = bytes[valueStart..<index]
        index += 1
        // Most values hold no reference and no white space but spaces: they are read as they are.
        guard run.contains(where: { $0 == UInt8(ascii: "&") || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            return (name, try string(run, at: valueStart))
        }
        var value: [UInt8] = []
        value.reserveCapacity(run.count)
        try appendReplacingReferences(run, to: &value, at: valueStart)
        // Attribute-value normalisation (XML 1.0 §3.3.3): literal white space becomes a space.
        for i in value.indices where value[i] == 0x09 || value[i] == 0x0A || value[i] == 0x0D { value[i] = 0x20 }
        return (name, try string(value, at: valueStart))
    }

    /// A name: letters, digits and `_ : - .`, or any non-ASCII byte; not starting with a digit,
    /// `-` or `.`.
    private mutating func readName() throws(XMLError) -> ArraySlice<UInt8> {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > start, !Self.isDigitOrMark(bytes[start]) else {
            throw failure(.malformed("a tag or attribute has no valid name"), at: start)
        }
        return bytes[start..<index]
    }

    private mutating func skipSpace() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x3A || b == 0x2D
            || b == 0x2E || b >= 0x80
    }

    private static func isDigitOrMark(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E
    }
}
