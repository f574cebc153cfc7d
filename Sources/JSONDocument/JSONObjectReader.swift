/// Reads the fields of one JSON object, and then insists there were no others.
///
/// Ask for every field the format has (`required`, `optional`), then call `finish()`:
/// any field left over is an unknown field, reported with the nearest known name, so a
/// misspelt `topSlicePercnt` is an error and never silently ignored.
package struct JSONObjectReader: Sendable {
    package let cursor: JSONCursor
    package let members: [JSONNode.Member]
    private var known: [String] = []

    init(cursor: JSONCursor, members: [JSONNode.Member]) {
        self.cursor = cursor
        self.members = members
    }

    /// The keys written in the object, in order.
    package var keys: [String] { members.map(\.key) }

    package func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// The field `key`, which must be present.
    package mutating func required(_ key: String) throws -> JSONCursor {
        guard let field = optional(key) else {
            // A misspelling of the missing field is the likelier mistake: say that instead.
            if let typo = members.first(where: { !known.contains($0.key) && Spelling.suggestion(for: $0.key, among: [key]) == key }) {
                throw JSONError.unknownField(location(of: typo), field: typo.key, suggestion: key)
            }
            throw JSONError.missingField(cursor.location, field: key)
        }
        return field
    }

    /// The field `key` if present (a `null` counts as absent).
    package mutating func optional(_ key: String) -> JSONCursor? {
        known.append(key)
        guard let member = members.first(where: { $0.key == key }), member.value.kind != .null else { return nil }
        return JSONCursor(node: member.value, path: cursor.path.appending(field: key), source: cursor.source)
    }

    /// Marks `keys` as belonging to the format without reading them here.
    package mutating func allow(_ keys: [String]) {
        known.append(contentsOf: keys)
    }

    /// Fails on the first field that was never asked for.
    package func finish() throws {
        for member in members where !known.contains(member.key) {
            throw JSONError.unknownField(
                location(of: member), field: member.key, suggestion: Spelling.suggestion(for: member.key, among: known))
        }
    }

    /// Where `member` is written: at its key, or at its value where the key's place is unknown.
    private func location(of member: JSONNode.Member) -> JSONLocation {
        JSONLocation(source: cursor.source, path: cursor.path, position: member.keyPosition ?? member.value.position)
    }
}
