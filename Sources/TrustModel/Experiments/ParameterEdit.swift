import JSONDocument
import MonteCarlo

/// What a ``ParameterSetter`` does to its field: set it to a number (an experiment's value) or
/// shift or scale what it holds (`--set economy.payAwardPercent+=1`).
enum ParameterEdit: Sendable {
    case value(Double)
    case shift(ScenarioShift.Change)

    /// The field's new value, in the file's form, from `current`; the field's rule then reads it.
    func node<Value: ShiftableValue>(from current: Value, at path: JSONPath, source: String) throws -> JSONNode {
        switch self {
        case .value(let number): return JSONNode(.number(number), at: nil)
        case .shift(let change):
            do {
                return JSONNode(value: try current.changed(by: change), at: nil)
            } catch {
                throw ParameterSetter<Value>.error(error.description, at: path, source: source)
            }
        }
    }

    /// The same for a field the scenario may leave out, which a shift cannot start from.
    func node<Value: ShiftableValue>(from current: Value?, at path: JSONPath, source: String) throws -> JSONNode {
        if let current { return try node(from: current, at: path, source: source) }
        if case .value(let number) = self { return JSONNode(.number(number), at: nil) }
        throw ParameterSetter<Value>.error(
            "is not in the scenario, so there is nothing to shift; set it with = first.", at: path, source: source)
    }
}

/// A value a shift can change: a number, a whole number or a distribution.
protocol ShiftableValue {
    /// This value with `change` made, in the scenario file's form.
    func changed(by change: ScenarioShift.Change) throws(DistributionError) -> JSONValue
}

extension Double: ShiftableValue {
    func changed(by change: ScenarioShift.Change) -> JSONValue { .number(change.applied(to: self)) }
}

/// Whole numbers (pupils, years, a step's academies) are rounded to the nearest after the change.
extension Int: ShiftableValue {
    func changed(by change: ScenarioShift.Change) -> JSONValue { .number(change.applied(to: Double(self)).rounded()) }
}

extension UInt64: ShiftableValue {
    func changed(by change: ScenarioShift.Change) -> JSONValue { .number(change.applied(to: Double(self)).rounded()) }
}

extension Distribution: ShiftableValue {
    func changed(by change: ScenarioShift.Change) throws(DistributionError) -> JSONValue {
        switch change {
        case .add(let amount): return try shifted(by: amount).jsonValue
        case .multiply(let factor): return try scaled(by: factor).jsonValue
        }
    }
}

extension Scenario {
    /// This scenario with `shift` made to the field it names, which must be a number or a
    /// distribution an experiment could vary; `source` is the file named in any error.
    package func applying(_ shift: ScenarioShift, source: String) throws -> Scenario {
        let setter = try ParameterCatalogue.setter(at: shift.path, in: self, source: source)
        var scenario = self
        try setter.edit(&scenario, .shift(shift.change), shift.path, source)
        return scenario
    }
}
