/// One run of a command: the values the user gave, read through typed accessors that
/// turn a bad value into a usage error naming the option.
struct Invocation: Sendable {
    var command: CommandSpec
    var commandPath: [String]
    var optionValues: [String: [String]]
    var flags: Set<String>
    var argumentValues: [String: [String]]
    var environment: CommandEnvironment

    // MARK: - Raw values

    /// The value of `--long`, or nil when not given.
    func option(_ long: String) -> String? { optionValues[long]?.last }

    /// Every value given for a repeatable `--long`.
    func options(_ long: String) -> [String] { optionValues[long] ?? [] }

    func flag(_ long: String) -> Bool { flags.contains(long) }

    func argument(_ name: String) -> String? { argumentValues[name]?.first }

    func arguments(_ name: String) -> [String] { argumentValues[name] ?? [] }

    /// The value of `--long`, which must be given.
    func requiredOption(_ long: String) throws -> String {
        guard let text = option(long) else { throw missing(long) }
        return text
    }

    // MARK: - Typed values

    /// `--long` as a whole number within `range`.
    func integer(_ long: String, in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int? {
        guard let text = option(long) else { return nil }
        let cleaned = text.replacingOccurrencesOfUnderscoresAndCommas()
        guard let value = Int(cleaned) else {
            throw invalid(text, for: long, reason: "expected a whole number")
        }
        guard range.contains(value) else {
            throw invalid(text, for: long, reason: describe(range))
        }
        return value
    }

    /// `--long` as a finite number.
    func number(_ long: String) throws -> Double? {
        guard let text = option(long) else { return nil }
        guard let value = Double(text.filter { $0 != "_" }), value.isFinite else {
            throw invalid(text, for: long, reason: "expected a number")
        }
        return value
    }

    /// `--long` as one of the option's allowed values.
    func choice(_ long: String) throws -> String? {
        guard let text = option(long) else { return nil }
        guard let spec = command.options.first(where: { $0.long == long }), let allowed = spec.allowedValues else {
            return text
        }
        guard allowed.contains(text) else {
            throw UsageError(kind: .notOneOf(value: text, for: spec.synopsis, allowed: allowed), commandPath: commandPath)
        }
        return text
    }

    /// A usage error for a bad value of `--long`.
    func invalid(_ value: String, for long: String, reason: String?) -> UsageError {
        let synopsis = command.options.first(where: { $0.long == long })?.synopsis ?? "--\(long)"
        return UsageError(kind: .invalidValue(value: value, for: synopsis, reason: reason), commandPath: commandPath)
    }

    /// A usage error for `--long` not given where it must be.
    func missing(_ long: String) -> UsageError {
        let synopsis = command.options.first { $0.long == long }?.synopsis ?? "--\(long)"
        return UsageError(kind: .missingArgument(synopsis), commandPath: commandPath)
    }

    /// A usage error stating a rule about the options, as a sentence.
    func usageError(_ sentence: String) -> UsageError {
        UsageError(kind: .validation(sentence), commandPath: commandPath)
    }

    private func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "expected a whole number of at least \(range.lowerBound)" }
        return "expected a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
}

extension String {
    /// `100_000` and `100,000` as a person might type them.
    fileprivate func replacingOccurrencesOfUnderscoresAndCommas() -> String {
        String(filter { $0 != "_" && $0 != "," })
    }
}
