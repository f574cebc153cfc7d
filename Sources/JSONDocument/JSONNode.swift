/// A value read from a JSON (or JSON5) file, remembering where it was written.
///
/// Positions let every later error, however deep in the decoding, name the line and
/// column a person must go and fix.
package struct JSONNode: Sendable, Equatable {
    /// The shape of the value.
    package indirect enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    /// One `"key": value` pair of an object, in the order written.
    package struct Member: Sendable, Equatable {
        package var key: String
        package var keyPosition: SourcePosition?
        package var value: JSONNode

        package init(key: String, keyPosition: SourcePosition?, value: JSONNode) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    package var kind: Kind
    /// Where the value starts in its file; nil for values that came from elsewhere
    /// (a `--set` override on the command line).
    package var position: SourcePosition?

    package init(_ kind: Kind, at position: SourcePosition?) {
        self.kind = kind
        self.position = position
    }

    /// The member named `key`, if this is an object that has one.
    package subscript(key: String) -> JSONNode? {
        guard case .object(let members) = kind else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    /// A short phrase naming what the value is, for "expected …, found …" messages.
    package var summary: String {
        switch kind {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value):
            if value.isNaN { return "NaN" }
            if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
            return "the number \(JSONWriter.format(number: value))"
        case .string(let text):
            let shown = text.count > 40 ? String(text.prefix(37)) + "..." : text
            return "the text \"\(shown)\""
        case .array(let items): return items.isEmpty ? "an empty list" : "a list of \(items.count)"
        case .object: return "an object"
        }
    }

    /// The value without positions, for writing out again.
    package var value: JSONValue {
        switch kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.value))
        case .object(let members): return .object(members.map { JSONValue.Member($0.key, $0.value.value) })
        }
    }

    /// A node for a value that has no place in a file.
    package init(value: JSONValue, at position: SourcePosition? = nil) {
        switch value {
        case .null: self.init(.null, at: position)
        case .bool(let b): self.init(.bool(b), at: position)
        case .number(let n): self.init(.number(n), at: position)
        case .string(let s): self.init(.string(s), at: position)
        case .array(let items): self.init(.array(items.map { JSONNode(value: $0, at: position) }), at: position)
        case .object(let members):
            self.init(
                .object(members.map { Member(key: $0.key, keyPosition: position, value: JSONNode(value: $0.value, at: position)) }),
                at: position)
        }
    }
}
