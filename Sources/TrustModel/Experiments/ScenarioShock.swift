import Foundation
import JSONDocument

/// The same amount added to one or more inputs of a scenario, each in its own units (points for a
/// percentage, pounds for money), up or down: "pay awards 1.8 points above the assumption and the
/// GAG uplift 1.8 points below it". What `stress --find` searches for the smallest of. Each input
/// is shifted as `--set path+=x` shifts it (a distribution keeps its form and its mean moves by
/// exactly x), from the scenario's own value at every size of shock, and checked by the field's
/// own rule, so a shock that takes an input out of range is refused in the field's words.
package struct ScenarioShock: ScenarioDial {
    /// Which way an input moves as the shock grows.
    package enum Direction: String, Sendable, Equatable {
        case up
        case down

        var sign: Double { self == .up ? 1 : -1 }
    }

    /// One input the shock moves.
    package struct Input: Sendable {
        /// The field as the user wrote it, without its direction.
        package let path: JSONPath
        package let direction: Direction
        /// What a trustee calls the field ("The top-slice"), where it has a name of its own.
        package let title: String?
        let setter: ParameterSetter<Scenario>
    }

    /// The inputs, in the order given; all in the same unit.
    package let inputs: [Input]
    /// What the inputs, and so the shock, are measured in.
    package let unit: ParameterUnit
    /// The scenario the shock is added to.
    package let base: Scenario
    let source: String

    /// The inputs written as `--shock` writes them (`economy.payAwardPercent`,
    /// `economy.fundingUpliftPercent:down`), found in `scenario` (loaded from `source`); an error
    /// when one is not a number an experiment can vary, is named twice, or they do not share a unit.
    package init(_ written: [String], in scenario: Scenario, source: String) throws {
        guard !written.isEmpty else { throw ShockError.noInputs }
        var inputs: [Input] = []
        for text in written {
            let (path, direction) = try Self.read(text)
            guard !inputs.contains(where: { $0.path == path }) else { throw ShockError.namedTwice(path.description) }
            let setter: ParameterSetter<Scenario>
            do {
                setter = try ParameterCatalogue.setter(at: path, in: scenario, source: source)
            } catch let error as JSONError {
                // The name is the command line's, not the file's: the sentence without the file's place.
                let reason = error.description.components(separatedBy: ": error: ").last ?? error.description
                throw ShockError.notAnInput(text, reason: reason, inputs: ParameterCatalogue.shockableInputs(in: scenario))
            }
            if let reason = Self.runSetting(path) { throw ShockError.notAnInput(text, reason: reason, inputs: []) }
            inputs.append(Input(path: path, direction: direction, title: setter.title, setter: setter))
        }
        let units = Set(inputs.map(\.setter.unit))
        guard units.count == 1, let unit = units.first else {
            throw ShockError.mixedUnits(inputs.map { ($0.path.description, $0.setter.unit) })
        }
        self.inputs = inputs
        self.unit = unit
        self.base = scenario
        self.source = source
    }

    /// The base scenario with each input moved by `amount` in its direction, or the first input's
    /// error for a value its rule refuses.
    package func scenario(at amount: Double) throws -> Scenario {
        var scenario = base
        for input in inputs {
            try input.setter.edit(&scenario, .shift(.add(input.direction.sign * amount)), input.path, source)
        }
        return scenario
    }

    /// `economy.payAwardPercent, economy.fundingUpliftPercent:down`.
    package var description: String {
        inputs.map { $0.direction == .up ? $0.path.description : "\($0.path):down" }.joined(separator: ", ")
    }

    /// A path and its direction: `PATH` or `PATH:up` (the input rises with the shock), `PATH:down` (it falls).
    static func read(_ text: String) throws -> (JSONPath, Direction) {
        let trimmed = text.trimmingSpaces()
        guard !trimmed.isEmpty else { throw ShockError.empty }
        var pathText = trimmed
        var direction = Direction.up
        if let colon = trimmed.lastIndex(of: ":") {
            let word = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces().lowercased()
            guard let named = Direction(rawValue: word) else { throw ShockError.badDirection(text) }
            direction = named
            pathText = String(trimmed[..<colon]).trimmingSpaces()
        }
        guard !pathText.isEmpty, let path = JSONPath(parsing: pathText) else { throw ShockError.empty }
        return (path, direction)
    }

    /// Why a field that says how the simulation runs (its trials, years and seed) is no input to shock.
    private static func runSetting(_ path: JSONPath) -> String? {
        guard path.components.count == 1, case .field(let key) = path.components[0], ["years", "trials", "seed"].contains(key) else {
            return nil
        }
        return "\(key) says how the simulation runs, not what happens to the trust, so a shock cannot move it."
    }
}

/// Why the inputs given to `stress --find` cannot be shocked.
package enum ShockError: Error, Sendable, CustomStringConvertible {
    case noInputs
    case empty
    case badDirection(String)
    case namedTwice(String)
    /// The input, why it is not one, and the inputs the scenario has (none when the list would not help).
    case notAnInput(String, reason: String, inputs: [String])
    case mixedUnits([(String, ParameterUnit)])

    package var description: String {
        switch self {
        case .noInputs:
            return "name the inputs to shock with --shock, e.g. --shock economy.payAwardPercent (repeatable; add :down for one that falls)."
        case .empty:
            return "--shock names no input; write a scenario field such as economy.payAwardPercent, or economy.fundingUpliftPercent:down."
        case .badDirection(let text):
            return "--shock \(text): after the colon write up or down (economy.fundingUpliftPercent:down), or leave it off for up."
        case .namedTwice(let path): return "--shock names \(path) twice; name each input once."
        case .notAnInput(let text, let reason, let inputs):
            let list = inputs.isEmpty ? "" : " Inputs a shock can move in this scenario: \(inputs.joined(separator: ", "))."
            return "--shock \(text): \(reason)\(list)"
        case .mixedUnits(let inputs):
            let listed = inputs.map { "\($0.0) (\(Self.unitName($0.1)))" }.joined(separator: ", ")
            return "a shock is one amount added to every input in its own units, so the inputs must share a unit; these do not: "
                + "\(listed). Shock them in separate runs."
        }
    }

    static func unitName(_ unit: ParameterUnit) -> String {
        switch unit {
        case .percent: return "points"
        case .money: return "pounds"
        case .count: return "a count"
        case .probability: return "a chance"
        case .number: return "a number"
        }
    }
}
