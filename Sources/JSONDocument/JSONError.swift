/// Where in which file a JSON value is: the file name as the user gave it, the path
/// inside the document, and the line and column when the value came from the file.
package struct JSONLocation: Sendable, Equatable {
    package var source: String
    package var path: JSONPath
    package var position: SourcePosition?

    package init(source: String, path: JSONPath, position: SourcePosition?) {
        self.source = source
        self.path = path
        self.position = position
    }

    /// `file:line:column` (or just `file` when the value has no position).
    package var prefix: String {
        if let position { return "\(source):\(position.line):\(position.column)" }
        return source
    }
}

/// Why a JSON file could not be read or did not have the shape expected of it.
///
/// Each case prints one sentence a person can act on, starting with where to look:
/// `growth.json:14:23: error: trust.topSlicePercent: expected a number, found the text "five".`
package enum JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not JSON: a missing comma, an unclosed string, a stray character.
    case syntax(source: String, at: SourcePosition, message: String)
    /// The value at a path is of the wrong kind or out of range.
    case invalidValue(JSONLocation, expected: String, found: String)
    /// A field that must be there is not.
    case missingField(JSONLocation, field: String)
    /// A field this format does not have, perhaps a misspelling of one it does.
    case unknownField(JSONLocation, field: String, suggestion: String?)
    /// The same field written twice in one object.
    case duplicateField(JSONLocation, field: String)
    /// A rule about the value, stated as a whole sentence.
    case rule(JSONLocation, message: String)

    package var description: String {
        switch self {
        case .syntax(let source, let at, let message):
            let stop = message.hasSuffix(".") || message.hasSuffix("?") ? "" : "."
            return "\(source):\(at.line):\(at.column): error: \(message)\(stop)"
        case .invalidValue(let location, let expected, let found):
            return "\(location.prefix): error: \(location.path): expected \(expected), found \(found)."
        case .missingField(let location, let field):
            let within = location.path.isRoot ? "" : " in \(location.path)"
            return "\(location.prefix): error: missing required field '\(field)'\(within)."
        case .unknownField(let location, let field, let suggestion):
            let within = location.path.isRoot ? "at the top level" : "in \(location.path)"
            let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "."
            return "\(location.prefix): error: unknown field '\(field)' \(within)\(hint)"
        case .duplicateField(let location, let field):
            let within = location.path.isRoot ? "at the top level" : "in \(location.path)"
            return "\(location.prefix): error: the field '\(field)' is written twice \(within); keep one."
        case .rule(let location, let message):
            let subject = location.path.isRoot ? "" : "\(location.path): "
            return "\(location.prefix): error: \(subject)\(message)"
        }
    }
}
