extension JSONNode {
    /// This document with the value at `path` replaced (or added), as a `--set path=value`
    /// override or a scenario variant asks.
    ///
    /// Missing objects along the way are created; a list index must already exist. Fields
    /// that the format does not have are not checked here: decoding reports them as unknown,
    /// with a suggestion, exactly as it would in the file.
    package func setting(_ path: JSONPath, to newValue: JSONNode) throws -> JSONNode {
        try setting(path.components[...], to: newValue, walked: .root)
    }

    private func setting(_ rest: ArraySlice<JSONPath.Component>, to newValue: JSONNode, walked: JSONPath) throws -> JSONNode {
        guard let head = rest.first else { return newValue }
        let remaining = rest.dropFirst()
        switch head {
        case .field(let name):
            var members: [Member]
            switch kind {
            case .object(let existing): members = existing
            case .null: members = []
            default: throw OverrideError.notAnObject(walked)
            }
            let here = walked.appending(field: name)
            if let i = members.firstIndex(where: { $0.key == name }) {
                members[i].value = try members[i].value.setting(remaining, to: newValue, walked: here)
            } else {
                let child = try JSONNode(.null, at: nil).setting(remaining, to: newValue, walked: here)
                members.append(Member(key: name, keyPosition: nil, value: child))
            }
            return JSONNode(.object(members), at: position)
        case .index(let i):
            guard case .array(var items) = kind else { throw OverrideError.notAList(walked) }
            guard items.indices.contains(i) else { throw OverrideError.noSuchIndex(walked, i, count: items.count) }
            items[i] = try items[i].setting(remaining, to: newValue, walked: walked.appending(index: i))
            return JSONNode(.array(items), at: position)
        }
    }

    /// Why an override path cannot be applied to a document.
    package enum OverrideError: Error, Sendable, Equatable, CustomStringConvertible {
        case notAnObject(JSONPath)
        case notAList(JSONPath)
        case noSuchIndex(JSONPath, Int, count: Int)

        package var description: String {
            switch self {
            case .notAnObject(let path): return "\(path) is not an object, so it has no fields to set."
            case .notAList(let path): return "\(path) is not a list, so it cannot be indexed."
            case .noSuchIndex(let path, let index, let count):
                return "\(path) has \(count) item\(count == 1 ? "" : "s"), so there is no [\(index)]."
            }
        }
    }

    /// Reads the value half of `path=value` as the command line gives it: JSON if it parses
    /// (`4.5`, `true`, `[]`, `{"uniform": [1, 2]}`), otherwise plain text.
    package static func commandLineValue(_ text: String) -> JSONNode {
        if let parsed = try? JSONParser.parse(text, source: "--set") {
            return JSONNode(value: parsed.value, at: nil)
        }
        return JSONNode(.string(text), at: nil)
    }
}
