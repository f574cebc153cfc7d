import JSONDocument

/// Where a parameter's path has got to while it is being resolved: the part still to follow,
/// the part followed, and the file any error names.
struct ParameterWalk: Sendable {
    var rest: ArraySlice<JSONPath.Component>
    var walked: JSONPath
    var source: String

    /// One step further, into field `key`.
    func into(_ key: String) -> ParameterWalk {
        ParameterWalk(rest: rest.dropFirst(), walked: walked.appending(field: key), source: source)
    }

    /// One step further, into item `index`.
    func into(_ index: Int) -> ParameterWalk {
        ParameterWalk(rest: rest.dropFirst(), walked: walked.appending(index: index), source: source)
    }

    var location: JSONLocation { JSONLocation(source: source, path: walked, position: nil) }

    /// `setter`, for the number the walk has reached, which must be the end of the path.
    func end<Owner>(at setter: ParameterSetter<Owner>) throws -> ParameterSetter<Owner> {
        guard rest.isEmpty else {
            if setter.isDistribution {
                throw sentence(
                    "\(walked) is a distribution; an experiment sets it to one number (a fixed value), so vary \(walked) itself.")
            }
            throw sentence(JSONNode.OverrideError.notAnObject(walked).description)
        }
        return setter
    }

    /// An error about the part walked so far, as a sentence after its path.
    func error(_ message: String) -> JSONError {
        .rule(location, message: message)
    }

    /// An error worded as a whole sentence that names its own path.
    func sentence(_ message: String) -> JSONError {
        .rule(JSONLocation(source: source, path: .root, position: nil), message: message)
    }
}

/// What one field of a part of a scenario is, for following a parameter's path through it.
enum ParameterEntry<Owner>: Sendable {
    /// A number an experiment can set.
    case number(ParameterSetter<Owner>)
    /// A part holding more fields (an object, a list, the templates), followed further.
    case part(@Sendable (ParameterWalk, Owner) throws -> ParameterSetter<Owner>)
    /// Text, a choice or files: nothing to vary.
    case notANumber
    /// A number an experiment may not vary, and why.
    case fixed(String)
}

/// The fields of one part of a scenario (the trust's settings, an academy), in the file's order.
struct ParameterTable<Owner>: Sendable {
    var entries: [(key: String, entry: ParameterEntry<Owner>)]

    /// The setter for the rest of `walk`'s path inside `owner`.
    func resolve(_ walk: ParameterWalk, in owner: Owner) throws -> ParameterSetter<Owner> {
        guard let head = walk.rest.first else {
            let numbers = entries.filter { if case .number = $0.entry { true } else { false } }.map(\.key)
            throw walk.error("holds several fields, not one number; vary one of its numbers: \(numbers.joined(separator: ", ")).")
        }
        guard case .field(let key) = head else { throw walk.sentence(JSONNode.OverrideError.notAList(walk.walked).description) }
        guard let entry = entries.first(where: { $0.key == key })?.entry else {
            throw JSONError.unknownField(walk.location, field: key, suggestion: Spelling.suggestion(for: key, among: entries.map(\.key)))
        }
        let next = walk.into(key)
        switch entry {
        case .number(let setter):
            return try next.end(at: setter)
        case .part(let resolve):
            return try resolve(next, owner)
        case .notANumber:
            throw next.error("is not a number, so an experiment cannot vary it.")
        case .fixed(let reason):
            throw next.error(reason)
        }
    }
}

extension ParameterEntry {
    /// A number that only some owners have (a free school's year groups): `absent` says why
    /// `owner` has none, or is nil when it has.
    static func number(_ setter: ParameterSetter<Owner>, unless absent: @escaping @Sendable (Owner) -> String?) -> Self {
        .part { walk, owner in
            if let reason = absent(owner) { throw walk.error(reason) }
            return try walk.end(at: setter)
        }
    }

    /// A list of parts (academies, joins, capacity steps) at `keyPath`, each with `table`'s fields.
    static func list<Item>(_ keyPath: WritableKeyPath<Owner, [Item]> & Sendable, of table: ParameterTable<Item>) -> Self {
        .part { walk, owner in
            let items = owner[keyPath: keyPath]
            guard let head = walk.rest.first, case .index(let index) = head else {
                throw walk.error("is a list; name one of its items, e.g. \(walk.walked)[0].")
            }
            guard items.indices.contains(index) else {
                throw walk.sentence(JSONNode.OverrideError.noSuchIndex(walk.walked, index, count: items.count).description)
            }
            return try table.resolve(walk.into(index), in: items[index]).lifted(through: keyPath, index: index, list: walk.walked)
        }
    }
}
