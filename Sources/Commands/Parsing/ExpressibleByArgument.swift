import Reports

/// A type a word on the command line can be read as: a number, a path, a format, a date.
///
/// As in swift-argument-parser, the type of an option decides how its value is read, which
/// words it allows and how its default shows in help, so a command states none of that itself.
protocol ExpressibleByArgument: Sendable {
    /// The value `argument` stands for; throws the reason when it stands for none.
    init(argument: String) throws(InvalidArgument)

    /// The words a value may be, when they are a fixed few (a format, a section); nil when any
    /// word of the right form will do. Help lists them, and any other word is refused with them.
    static var allowedValues: [String]? { get }

    /// How a default value shows in help: "text", "15", "10,000,000".
    var helpDescription: String { get }
}

/// Why a word is not a value of its type ("expected a whole number"), said after the word.
struct InvalidArgument: Error, Sendable, Equatable {
    var reason: String?

    init(_ reason: String?) {
        self.reason = reason
    }
}

extension ExpressibleByArgument {
    static var allowedValues: [String]? { nil }
    var helpDescription: String { "\(self)" }
}

extension ExpressibleByArgument where Self: CaseIterable & RawRepresentable, RawValue == String {
    init(argument: String) throws(InvalidArgument) {
        guard let value = Self(rawValue: argument) else { throw InvalidArgument(nil) }
        self = value
    }

    static var allowedValues: [String]? { allCases.map(\.rawValue) }
    var helpDescription: String { rawValue }
}

extension String: ExpressibleByArgument {
    init(argument: String) throws(InvalidArgument) {
        self = argument
    }
}

extension Int: ExpressibleByArgument {
    /// A whole number, as a person might type it: `100000`, `100_000` or `100,000`.
    init(argument: String) throws(InvalidArgument) {
        guard let value = Int(argument.filter { $0 != "_" && $0 != "," }) else { throw InvalidArgument("expected a whole number") }
        self = value
    }

    var helpDescription: String { NumberText.grouped(self) }
}

extension Double: ExpressibleByArgument {
    /// A finite number: `4.5`, `-2`, `1_000`.
    init(argument: String) throws(InvalidArgument) {
        guard let value = Double(argument.filter { $0 != "_" }), value.isFinite else { throw InvalidArgument("expected a number") }
        self = value
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// A check on a value beyond its type (a range, a sign), giving the reason a value fails it.
struct ValueRule<Value>: Sendable {
    let reason: @Sendable (Value) -> String?

    init(_ reason: @escaping @Sendable (Value) -> String?) {
        self.reason = reason
    }
}

extension ValueRule where Value == Int {
    /// A whole number within `range`, the range said in the reason.
    static func within(_ range: ClosedRange<Int>) -> Self {
        Self { value in
            guard !range.contains(value) else { return nil }
            if range.upperBound == Int.max { return "expected a whole number of at least \(range.lowerBound)" }
            return "expected a whole number from \(range.lowerBound) to \(range.upperBound)"
        }
    }
}

extension ValueRule where Value == Double {
    /// A number above 0; `reason` says so in the option's own words.
    static func positive(_ reason: String) -> Self {
        Self { $0 > 0 ? nil : reason }
    }
}

extension ExpressibleByArgument {
    /// `text` read as a value of this type for the option or argument shown as `synopsis`, and
    /// checked by `rule`: a usage error naming the word and the option when it is not one.
    static func read(_ text: String, for synopsis: String, rule: ValueRule<Self>?) throws -> Self {
        if let allowed = allowedValues, !allowed.contains(text) {
            throw UsageError(kind: .notOneOf(value: text, for: synopsis, allowed: allowed))
        }
        let value: Self
        do {
            value = try Self(argument: text)
        } catch {
            throw UsageError(kind: .invalidValue(value: text, for: synopsis, reason: error.reason))
        }
        if let reason = rule?.reason(value) {
            throw UsageError(kind: .invalidValue(value: text, for: synopsis, reason: reason))
        }
        return value
    }
}
