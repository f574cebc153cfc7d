import JSONDocument
import MonteCarlo

/// One number a scenario file holds, with the rule its value must meet, stated once: decoding
/// reads the file's value through it, and an experiment (`sweep`, `solve`, the pack's sweep)
/// checks every value it sets through it, so both accept the same values and refuse the rest
/// in the same words.
package struct ScenarioField<Value: Sendable>: Sendable {
    /// The field's name in the file: `topSlicePercent`.
    package let key: String
    private let rule: @Sendable (JSONCursor) throws -> Value

    init(_ key: String, rule: @escaping @Sendable (JSONCursor) throws -> Value) {
        self.key = key
        self.rule = rule
    }

    /// The value written at `cursor`, checked.
    func read(_ cursor: JSONCursor) throws -> Value {
        try rule(cursor)
    }

    /// The field's value in `object`, which must have it.
    func required(in object: inout JSONObjectReader) throws -> Value {
        try rule(object.required(key))
    }

    /// The field's value in `object`, or nil when it is not written.
    func optional(in object: inout JSONObjectReader) throws -> Value? {
        try object.optional(key).map(rule)
    }

    /// The value `number` stands for when set at `path` by an experiment; a number the rule
    /// refuses is reported at `path` in `source` (with no line: it was not written in the file).
    func value(_ number: Double, at path: JSONPath, source: String) throws -> Value {
        try value(JSONNode(.number(number), at: nil), at: path, source: source)
    }

    /// The value `node` (a number or a distribution, as a shift leaves it) stands for when set at
    /// `path`, checked by the same rule.
    func value(_ node: JSONNode, at path: JSONPath, source: String) throws -> Value {
        try rule(JSONCursor(node: node, path: path, source: source))
    }
}

extension ScenarioField where Value == Double {
    /// Any finite number (central reserves may be negative).
    static func number(_ key: String) -> Self {
        Self(key) { try $0.double() }
    }

    static func number(_ key: String, in range: ClosedRange<Double>) -> Self {
        Self(key) { try $0.double(in: range) }
    }
}

extension ScenarioField where Value == Int {
    static func whole(_ key: String, in range: ClosedRange<Int>) -> Self {
        Self(key) { try $0.int(in: range) }
    }
}

extension ScenarioField where Value == Distribution {
    /// A distribution (or a plain number, a fixed value) whose draws stay within `range`.
    static func distribution(_ key: String, within range: ClosedRange<Double>, what: String) -> Self {
        Self(key) { try BoundedDistribution.decode($0, within: range, what: what) }
    }

    /// A yearly change in percent: a funding uplift, a pay award, inflation, a change in pupils.
    static func yearlyPercent(_ key: String) -> Self {
        Self(key) { try BoundedDistribution.yearlyPercent($0) }
    }
}
