/// A positional argument's name and help, declared once and shared (the scenario file, register paths).
struct ArgumentHelp: Sendable {
    /// The name in `<name>`; nil to take the property's name.
    var name: String?
    var help: String

    init(_ name: String? = nil, help: String) {
        self.name = name
        self.help = help
    }
}

/// A positional argument, declared as a typed property:
///
///     @Argument(.scenarioFile) var scenario: String           // must be given
///     @Argument(.registerPaths) var paths: [String]           // one or more
///     @Argument(.otherScenarios) var other: [String] = []     // any number
@propertyWrapper
struct Argument<Value: Sendable>: DeclaredProperty {
    private let help: ArgumentHelp
    private let arity: ArgumentSpec.Arity
    /// Reads the words the parser gave this argument (none, one, or the rest of the line).
    private let read: @Sendable (_ words: [String], _ label: String) throws -> Value?
    private var value: Value?

    var wrappedValue: Value {
        // As for @Option: only reading a required argument on a bare declaration gets here.
        guard let value else { fatalError("the argument \(help.name ?? "") was read before the command line was") }
        return value
    }

    private init(
        help: ArgumentHelp, arity: ArgumentSpec.Arity, value: Value?, read: @escaping @Sendable ([String], String) throws -> Value?
    ) {
        self.help = help
        self.arity = arity
        self.value = value
        self.read = read
    }

    func declarations(key: String) -> [Declaration] {
        [.argument(specification(key: key))]
    }

    private func specification(key: String) -> ArgumentSpec {
        ArgumentSpec(name: help.name ?? key, help: help.help, arity: arity)
    }
}

extension Argument where Value: ExpressibleByArgument {
    /// An argument that must be given.
    init(_ help: ArgumentHelp) {
        self.init(help: help, arity: .required, value: nil) { words, label in
            try words.first.map { try Value.read($0, for: label, rule: nil) }
        }
    }
}

extension Argument {
    /// One or more words, to the end of the line.
    init<Element: ExpressibleByArgument>(_ help: ArgumentHelp) where Value == [Element] {
        self.init(help: help, arity: .repeating(minimum: 1), value: nil) { words, label in
            words.isEmpty ? nil : try words.map { try Element.read($0, for: label, rule: nil) }
        }
    }

    /// Any number of words, to the end of the line.
    init<Element: ExpressibleByArgument>(wrappedValue: [Element], _ help: ArgumentHelp) where Value == [Element] {
        self.init(help: help, arity: .repeating(minimum: 0), value: wrappedValue) { words, label in
            words.isEmpty ? nil : try words.map { try Element.read($0, for: label, rule: nil) }
        }
    }
}

extension Argument: Decodable {
    init(from decoder: any Decoder) throws {
        guard let property = decoder as? PropertyDecoder else { throw ArgumentDecoder.undeclared("an @Argument") }
        var argument = try property.declaration(as: Self.self)
        let spec = argument.specification(key: property.key)
        if let given = try argument.read(property.words.arguments[spec.name] ?? [], spec.label) {
            argument.value = given
        } else if argument.value == nil {
            throw UsageError(kind: .missingArgument(spec.label))
        }
        self = argument
    }
}
