import JSONDocument

/// A number or distribution of a scenario moved or scaled from what the file says:
/// `economy.payAwardPercent+=1` ("the pay award is one point higher than assumed"),
/// `trust.centralCosts.fixed*=1.1`. Written with `--set`, in a variant or in a compare option,
/// and applied to the decoded scenario by the field's typed setter, so a field the file leaves
/// to its default is shifted from the default, and the result meets the field's own rule.
package struct ScenarioShift: Sendable, Equatable, CustomStringConvertible {
    /// How the value changes.
    package enum Change: Sendable, Equatable {
        /// `+= x` (and `-= x`, as `+= -x`): the mean moves by exactly x.
        case add(Double)
        /// `*= x`: the mean is multiplied by exactly x, which is above zero.
        case multiply(Double)

        /// `number` changed.
        package func applied(to number: Double) -> Double {
            switch self {
            case .add(let amount): return number + amount
            case .multiply(let factor): return number * factor
            }
        }
    }

    /// The three operators, as written after the path.
    package static let operators = ["+=", "-=", "*="]

    package var path: JSONPath
    package var change: Change
    /// The shift as written: `economy.payAwardPercent+=1`.
    package var text: String

    package var description: String { text }

    /// The shift of `path` by `operation` (one of ``operators``) and `amount`, or why it is not one:
    /// an amount that is not a finite number, or a factor not above zero.
    package init(path: JSONPath, operation: String, amount: Double) throws(ShiftProblem) {
        guard amount.isFinite else { throw ShiftProblem.notANumber }
        switch operation {
        case "+=": change = .add(amount)
        case "-=": change = .add(-amount)
        default:
            guard amount > 0 else { throw ShiftProblem.factorNotPositive(amount) }
            change = .multiply(amount)
        }
        self.path = path
        self.text = "\(path)\(operation)\(JSONWriter.format(number: amount))"
    }

    /// Why the amount of a shift cannot be used.
    package enum ShiftProblem: Error, Sendable, Equatable, CustomStringConvertible {
        case notANumber
        case factorNotPositive(Double)

        package var description: String {
            switch self {
            case .notANumber: return "a shift (+=, -=, *=) takes a number, e.g. economy.payAwardPercent+=1."
            case .factorNotPositive(let factor):
                return "*= scales by a factor above zero, not \(JSONWriter.format(number: factor)); to set a value, write = instead."
            }
        }
    }
}

/// One change the command line (`--set`), a variant or a compare option makes to a scenario, in
/// the order given: a field set to a value, written into the document before it is decoded
/// (`trust.topSlicePercent=4.5`, `economy.payAwardPercent={"triangular": [3, 4, 6]}`), or a shift
/// (`economy.payAwardPercent+=1`), applied to the decoded scenario after every value is set.
package enum ScenarioEdit: Sendable {
    case assign(JSONPath, JSONNode)
    case shift(ScenarioShift)

    /// Reads `path=value`, `path+=x`, `path-=x` or `path*=x` as the command line gives it.
    package init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else { throw ScenarioError.malformedOverride(text) }
        var pathText = String(text[..<equals])
        let valueText = String(text[text.index(after: equals)...])
        let operation = pathText.last.map { ["+", "-", "*"].contains($0) ? "\($0)=" : "=" } ?? "="
        if operation != "=" { pathText.removeLast() }
        guard let path = JSONPath(parsing: pathText.trimmingSpaces()) else { throw ScenarioError.malformedOverride(text) }
        guard operation != "=" else {
            self = .assign(path, JSONNode.commandLineValue(valueText))
            return
        }
        do {
            self = .shift(try ScenarioShift(path: path, operation: operation, amount: Double(valueText.trimmingSpaces()) ?? .nan))
        } catch {
            throw ScenarioError.badShift(text, reason: error.description)
        }
    }
}
