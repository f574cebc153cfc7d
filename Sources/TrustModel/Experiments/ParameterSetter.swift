import JSONDocument
import MonteCarlo

/// Sets one number of an `Owner` (a scenario, an academy, a template) to a value, or shifts or
/// scales the value it has (`--set economy.payAwardPercent+=1`), after checking the new value with
/// the field's rule: the typed setter a ``ScenarioParameter`` and a ``ScenarioShift`` resolve to.
struct ParameterSetter<Owner>: Sendable {
    var unit: ParameterUnit
    var title: String? = nil
    /// True when the field is a distribution, which an experiment sets to one fixed number.
    var isDistribution = false
    /// Makes the edit; the path and file name any error about it.
    let edit: @Sendable (_ owner: inout Owner, _ edit: ParameterEdit, _ path: JSONPath, _ source: String) throws -> Void

    /// Sets the field to `value` (a distribution to that fixed value).
    func set(_ owner: inout Owner, _ value: Double, _ path: JSONPath, _ source: String) throws {
        try edit(&owner, .value(value), path, source)
    }

    /// The field `field`, at `keyPath`, followed by `check` (a rule across fields, such as pupils
    /// within capacity) once the value is set.
    static func field<Value: ShiftableValue>(
        _ field: ScenarioField<Value>, _ keyPath: WritableKeyPath<Owner, Value> & Sendable, unit: ParameterUnit,
        title: String? = nil, check: (@Sendable (Owner) -> String?)? = nil
    ) -> Self {
        Self(unit: unit, title: title, isDistribution: Value.self == Distribution.self) { owner, edit, path, source in
            let node = try edit.node(from: owner[keyPath: keyPath], at: path, source: source)
            owner[keyPath: keyPath] = try field.value(node, at: path, source: source)
            if let problem = check?(owner) { throw Self.error(problem, at: path, source: source) }
        }
    }

    /// A field whose value is optional in the scenario (a deficit recovery's cut, a free school's
    /// year groups): setting it gives it one.
    static func field<Value: ShiftableValue>(
        _ field: ScenarioField<Value>, _ keyPath: WritableKeyPath<Owner, Value?> & Sendable, unit: ParameterUnit,
        check: (@Sendable (Owner) -> String?)? = nil
    ) -> Self {
        Self(unit: unit, isDistribution: Value.self == Distribution.self) { owner, edit, path, source in
            let node = try edit.node(from: owner[keyPath: keyPath], at: path, source: source)
            owner[keyPath: keyPath] = try field.value(node, at: path, source: source)
            if let problem = check?(owner) { throw Self.error(problem, at: path, source: source) }
        }
    }

    /// This setter applied to the `Owner` at `keyPath` of an `Outer`.
    func lifted<Outer>(through keyPath: WritableKeyPath<Outer, Owner> & Sendable) -> ParameterSetter<Outer> {
        let edit = self.edit
        return ParameterSetter<Outer>(unit: unit, title: title, isDistribution: isDistribution) { outer, change, path, source in
            try edit(&outer[keyPath: keyPath], change, path, source)
        }
    }

    /// This setter applied to the `Owner` at `keyPath` of an `Outer`, where it may be absent (an
    /// academy's structural deficit, a template's free-school growth); `absent` says why there is
    /// nothing to set when it is.
    func lifted<Outer>(through keyPath: WritableKeyPath<Outer, Owner?> & Sendable, absent: String) -> ParameterSetter<Outer> {
        let edit = self.edit
        return ParameterSetter<Outer>(unit: unit, title: title, isDistribution: isDistribution) { outer, change, path, source in
            guard var inner = outer[keyPath: keyPath] else { throw Self.error(absent, at: path, source: source) }
            try edit(&inner, change, path, source)
            outer[keyPath: keyPath] = inner
        }
    }

    /// This setter applied to item `index` of the list at `keyPath` of an `Outer`.
    func lifted<Outer>(through keyPath: WritableKeyPath<Outer, [Owner]> & Sendable, index: Int, list: JSONPath) -> ParameterSetter<Outer> {
        let edit = self.edit
        return ParameterSetter<Outer>(unit: unit, title: title, isDistribution: isDistribution) { outer, change, path, source in
            var items = outer[keyPath: keyPath]
            guard items.indices.contains(index) else {
                throw Self.error(JSONNode.OverrideError.noSuchIndex(list, index, count: items.count).description, at: .root, source: source)
            }
            try edit(&items[index], change, path, source)
            outer[keyPath: keyPath] = items
        }
    }

    /// An error about the value at `path` (not in the file: it has no line).
    static func error(_ message: String, at path: JSONPath, source: String) -> JSONError {
        .rule(JSONLocation(source: source, path: path, position: nil), message: message)
    }
}
