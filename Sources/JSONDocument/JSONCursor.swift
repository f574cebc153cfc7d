/// A value in a parsed document together with its path and file, ready to be decoded.
///
/// Decoders walk a document through cursors so that any complaint names the file, the line
/// and column, and the path of the value: `trust.centralCosts.steps[1].atAcademies`.
package struct JSONCursor: Sendable {
    package let node: JSONNode
    package let path: JSONPath
    package let source: String

    package init(node: JSONNode, path: JSONPath = .root, source: String) {
        self.node = node
        self.path = path
        self.source = source
    }

    package var location: JSONLocation { JSONLocation(source: source, path: path, position: node.position) }

    package var isNull: Bool { node.kind == .null }

    /// The error for a value that is not what the format expects.
    package func mismatch(_ expected: String) -> JSONError {
        .invalidValue(location, expected: expected, found: node.summary)
    }

    /// The error for a value that breaks a rule, given as a whole sentence.
    package func violation(_ message: String) -> JSONError {
        .rule(location, message: message)
    }

    package func object() throws -> JSONObjectReader {
        guard case .object(let members) = node.kind else { throw mismatch("an object { ... }") }
        return JSONObjectReader(cursor: self, members: members)
    }

    package func array() throws -> [JSONCursor] {
        guard case .array(let items) = node.kind else { throw mismatch("a list [ ... ]") }
        return items.enumerated().map { JSONCursor(node: $1, path: path.appending(index: $0), source: source) }
    }

    package func string() throws -> String {
        guard case .string(let text) = node.kind else { throw mismatch("text in quotes") }
        return text
    }

    package func bool() throws -> Bool {
        guard case .bool(let value) = node.kind else { throw mismatch("true or false") }
        return value
    }

    /// A finite number. NaN and infinity are refused: no school budget is infinite.
    package func double() throws -> Double {
        guard case .number(let value) = node.kind, value.isFinite else { throw mismatch("a number") }
        return value
    }

    /// A finite number within `range`, with a message naming the range.
    package func double(in range: ClosedRange<Double>) throws -> Double {
        let value = try double()
        guard range.contains(value) else {
            throw mismatch("a number from \(JSONWriter.format(number: range.lowerBound)) to \(JSONWriter.format(number: range.upperBound))")
        }
        return value
    }

    /// A whole number (written without a fraction).
    package func int() throws -> Int {
        guard case .number(let value) = node.kind, value.isFinite, value == value.rounded(),
            abs(value) < 9_007_199_254_740_992
        else { throw mismatch("a whole number") }
        return Int(value)
    }

    /// A whole number within `range`.
    package func int(in range: ClosedRange<Int>) throws -> Int {
        let value = try int()
        guard range.contains(value) else {
            throw mismatch("a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// One of a fixed set of words, with a suggestion when the text is close to one.
    package func choice(of allowed: [String]) throws -> String {
        allowed[try chosenIndex(among: allowed)]
    }

    /// One of `Choice`'s cases, written as its raw value (`"latinHypercube"`), read as
    /// ``choice(of:)`` reads a word: `choice(of: Sampling.self)`.
    package func choice<Choice: CaseIterable & RawRepresentable>(of _: Choice.Type) throws -> Choice where Choice.RawValue == String {
        let cases = Array(Choice.allCases)
        return cases[try chosenIndex(among: cases.map(\.rawValue))]
    }

    /// The index of the word among `allowed` (an exact match, or else one differing only in
    /// case); a mismatch naming them all, and the nearest, when there is none.
    private func chosenIndex(among allowed: [String]) throws -> Int {
        let text = try string()
        if let exact = allowed.firstIndex(of: text) { return exact }
        if let match = allowed.firstIndex(where: { $0.caseInsensitiveEquals(text) }) { return match }
        let listed = allowed.map { "'\($0)'" }.joined(separator: ", ")
        if let suggestion = Spelling.suggestion(for: text, among: allowed) {
            throw mismatch("one of \(listed) (did you mean '\(suggestion)'?)")
        }
        throw mismatch("one of \(listed)")
    }
}

extension String {
    fileprivate func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
