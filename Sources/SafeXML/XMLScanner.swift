/// A pull parser for the XML inside office files, written to be safe on hostile input:
///
/// - a document type declaration (`<!DOCTYPE`) is refused, so no DTD, external entity or
///   entity expansion ("billion laughs") is ever read or resolved, and nothing reaches the
///   network or the disk;
/// - only XML's five predefined entities and character references are replaced;
/// - nesting depth and attributes per element are capped, every read is bounds-checked, and
///   the text must be UTF-8 (UTF-16 with a byte-order mark is converted first).
///
/// Elements, attributes and namespaces are checked as far as reading needs: tags must nest
/// and match, attribute values must be quoted, prefixes resolve through `xmlns` declarations.
package struct XMLScanner {
    /// How deep elements may nest and how many attributes one may carry.
    package struct Limits: Sendable {
        package var maximumDepth: Int
        package var maximumAttributes: Int

        package init(maximumDepth: Int = 256, maximumAttributes: Int = 512) {
            self.maximumDepth = maximumDepth
            self.maximumAttributes = maximumAttributes
        }
    }

    /// An open element: its name as written (to match the end tag) and as resolved, and how
    /// many namespace bindings it declared.
    struct OpenElement {
        var written: ArraySlice<UInt8>
        var name: XMLName
        var bindings: Int
    }

    let bytes: [UInt8]
    let source: String
    package let limits: Limits
    var index = 0
    var open: [OpenElement] = []
    var bindings: [(prefix: String, uri: String)] = [("xml", "http://www.w3.org/XML/1998/namespace")]
    var pendingEnd: XMLName?
    var sawRoot = false
    var text: [UInt8] = []

    /// Prepares to read `bytes`; `source` names the part in errors.
    package init(bytes: [UInt8], source: String, limits: Limits = Limits()) throws(XMLError) {
        self.source = source
        self.limits = limits
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            self.bytes = Self.transcodeUTF16(bytes)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            self.bytes = Array(bytes.dropFirst(3))
        } else {
            self.bytes = bytes
        }
    }

    /// The next event, or nil at the end of the document.
    package mutating func next() throws(XMLError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                try readText()
                continue
            }
            let following = index + 1 < bytes.count ? bytes[index + 1] : 0
            if following == UInt8(ascii: "?") || following == UInt8(ascii: "!") {
                try readMarkupDeclaration()
                continue
            }
            if let event = try takeText() { return event }
            return following == UInt8(ascii: "/") ? try readEndTag() : try readStartTag()
        }
        if let open = open.last { throw failure(.unclosedElement(String(decoding: open.written, as: UTF8.self)), at: bytes.count) }
        if !sawRoot { throw failure(.noRootElement, at: bytes.count) }
        return nil
    }

    /// The line and column (both from 1, columns in characters) of byte `offset`.
    package func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[0..<Swift.min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    func failure(_ problem: XMLError.Problem, at offset: Int) -> XMLError {
        let (line, column) = position(of: offset)
        return XMLError(source: source, line: line, column: column, problem: problem)
    }

    // MARK: Text

    /// Character data up to the next `<`, references replaced, added to the pending text.
    private mutating func readText() throws(XMLError) {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        let run = bytes[start..<index]
        if open.isEmpty {
            // Outside the root element only white space may stand.
            guard run.allSatisfy(Self.isSpace) else { throw failure(.malformed("text outside the root element"), at: start) }
            return
        }
        if run.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\r") }) {
            try appendReplacingReferences(run, to: &text, at: start)
        } else {
            text.append(contentsOf: run)
        }
    }

    /// The pending text as an event, if there is any.
    private mutating func takeText() throws(XMLError) -> XMLEvent? {
        guard !text.isEmpty else { return nil }
        defer { text.removeAll(keepingCapacity: true) }
        return .text(try string(text, at: index))
    }

    /// `<?…?>` (processing instructions, the XML declaration), `<!--…-->`, `<![CDATA[…]]>`,
    /// and `<!DOCTYPE`, which is refused.
    private mutating func readMarkupDeclaration() throws(XMLError) {
        let start = index
        if bytes[start...].starts(with: Array("<?".utf8)) {
            let end = try find(Array("?>".utf8), from: start + 2, what: "a processing instruction")
            try checkDeclaredEncoding(bytes[start + 2..<end])
            index = end + 2
        } else if bytes[start...].starts(with: Array("<!--".utf8)) {
            index = try find(Array("-->".utf8), from: start + 4, what: "a comment") + 3
        } else if bytes[start...].starts(with: Array("<![CDATA[".utf8)) {
            guard !open.isEmpty else { throw failure(.malformed("a CDATA section outside the root element"), at: start) }
            let end = try find(Array("]]>".utf8), from: start + 9, what: "a CDATA section")
            for (i, byte) in bytes[start + 9..<end].enumerated()
            where byte != UInt8(ascii: "\r") || bytes[start + 9 + i + 1] != UInt8(ascii: "\n") {
                text.append(byte == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : byte)
            }
            index = end + 3
        } else if bytes[start...].starts(with: Array("<!DOCTYPE".utf8)) {
            throw failure(.documentType, at: start)
        } else {
            throw failure(.malformed("'<!' starts no comment, CDATA section or declaration"), at: start)
        }
    }

    /// The offset of the next `terminator` at or after `from`.
    private func find(_ terminator: [UInt8], from: Int, what: String) throws(XMLError) -> Int {
        var i = from
        while i + terminator.count <= bytes.count {
            if bytes[i] == terminator[0], bytes[i..<i + terminator.count].elementsEqual(terminator) { return i }
            i += 1
        }
        throw failure(.malformed("\(what) is never closed"), at: from)
    }

    /// Refuses an XML declaration naming an encoding other than UTF-8 or UTF-16.
    private func checkDeclaredEncoding(_ body: ArraySlice<UInt8>) throws(XMLError) {
        let key = Array("encoding".utf8)
        guard body.starts(with: Array("xml".utf8)),
            let at = body.indices.first(where: { body[$0...].starts(with: key) })
        else { return }
        let quotes = [UInt8(ascii: "\""), UInt8(ascii: "'")]
        let rest = body[(at + key.count)...].drop { Self.isSpace($0) || $0 == UInt8(ascii: "=") || quotes.contains($0) }
        let name = String(decoding: rest.prefix { !quotes.contains($0) && !Self.isSpace($0) }, as: UTF8.self)
        let known = ["utf-8", "utf8", "utf-16", "us-ascii", "ascii"]
        guard known.contains(name.lowercased()) else { throw failure(.unsupportedEncoding(name), at: index) }
    }

    /// `bytes` as a string; bytes that are not UTF-8 are an error at `offset`.
    func string(_ bytes: ArraySlice<UInt8>, at offset: Int) throws(XMLError) -> String {
        // Most text in office files is ASCII, which needs no validating.
        let string = bytes.withUnsafeBufferPointer { buffer -> String? in
            buffer.allSatisfy { $0 < 0x80 } ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
        }
        guard let string else { throw failure(.notUTF8, at: offset) }
        return string
    }

    func string(_ bytes: [UInt8], at offset: Int) throws(XMLError) -> String {
        try string(bytes[...], at: offset)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func transcodeUTF16(_ bytes: [UInt8]) -> [UInt8] {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
