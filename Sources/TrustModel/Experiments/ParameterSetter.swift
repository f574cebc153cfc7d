import JSONDocument
import MonteCarlo

/// Sets one number of an `Owner` (a scenario, an academy, a template) to a value, after checking
/// the value with the field's rule: the typed setter a ``ScenarioParameter`` resolves to.
struct ParameterSetter<Owner>: Sendable {
    var unit: ParameterUnit
    var title: String? = nil
    /// True when the field is a distribution, which an experiment sets to one fixed number.
    var isDistribution = false
    /// Sets the value; the path and file name any error about it.
    let set: @Sendable (_ owner: inout Owner, _ value: Double, _ path: JSONPath, _ source: String) throws -> Void

    /// The field `field`, at `keyPath`, followed by `check` (a rule across fields, such as pupils
    /// within capacity) once the value is set.
    static func field<Value>(
        _ field: ScenarioField<Value>, _ keyPath: WritableKeyPath<Owner, Value> & Sendable, unit: ParameterUnit,
        title: String? = nil, check: (@Sendable (Owner) -> String?)? = nil
    ) -> Self {
        Self(unit: unit, title: title, isDistribution: Value.self == Distribution.self) { owner, value, path, source in
            owner[keyPath: keyPath] = try field.value(value, at: path, source: source)
            if let problem = check?(owner) { throw Self.error(problem, at: path, source: source) }
        }
    }

    /// A field whose value is optional in the scenario (a deficit recovery's cut, a free school's
    /// year groups): setting it gives it one.
    static func field<Value>(
        _ field: ScenarioField<Value>, _ keyPath: WritableKeyPath<Owner, Value?> & Sendable, unit: ParameterUnit,
        check: (@Sendable (Owner) -> String?)? = nil
    ) -> Self {
        Self(unit: unit, isDistribution: Value.self == Distribution.self) { owner, value, path, source in
            owner[keyPath: keyPath] = try field.value(value, at: path, source: source)
            if let problem = check?(owner) { throw Self.error(problem, at: path, source: source) }
        }
    }

    /// This setter applied to the `Owner` at `keyPath` of an `Outer`.
    func lifted<Outer>(through keyPath: WritableKeyPath<Outer, Owner> & Sendable) -> ParameterSetter<Outer> {
        let set = self.set
        return ParameterSetter<Outer>(unit: unit, title: title, isDistribution: isDistribution) { outer, value, path, source in
            try set(&outer[keyPath: keyPath], value, path, source)
        }
    }

    /// This setter applied to the `Owner` at `keyPath` of an `Outer`, where it may be absent (an
    /// academy's structural deficit, a template's free-school growth); `absent` says why there is
    /// nothing to set when it is.
    func lifted<Outer>(through keyPath: WritableKeyPath<Outer, Owner?> & Sendable, absent: String) -> ParameterSetter<Outer> {
        let set = self.set
        return ParameterSetter<Outer>(unit: unit, title: title, isDistribution: isDistribution) { outer, value, path, source in
            guard var inner = outer[keyPath: keyPath] else { throw Self.error(absent, at: path, source: source) }
            try set(&inner, value, path, source)
            outer[keyPath: keyPath] = inner
        }
    }

    /// This setter applied to item `index` of the list at `keyPath` of an `Outer`.
    func lifted<Outer>(through keyPath: WritableKeyPath<Outer, [Owner]> & Sendable, index: Int, list: JSONPath) -> ParameterSetter<Outer> {
        let set = self.set
        return ParameterSetter<Outer>(unit: unit, title: title, isDistribution: isDistribution) { outer, value, path, source in
            var items = outer[keyPath: keyPath]
            guard items.indices.contains(index) else {
                throw Self.error(JSONNode.OverrideError.noSuchIndex(list, index, count: items.count).description, at: .root, source: source)
            }
            try set(&items[index], value, path, source)
            outer[keyPath: keyPath] = items
        }
    }

    /// An error about the value at `path` (not in the file: it has no line).
    static func error(_ message: String, at path: JSONPath, source: String) -> JSONError {
        .rule(JSONLocation(source: source, path: path, position: nil), message: message)
    }
}
