/// An option's name and help, declared once and shared by every command that takes it (`--format`,
/// `--out`, `--trials`), so it is spelt and explained the same way everywhere.
struct OptionHelp: Sendable {
    /// The long name; nil to take the property's name (`asOf` → `--as-of`).
    var long: String?
    var short: Character?
    /// The placeholder for the value in usage and help: `<n>`, `<path>`.
    var valueName: String
    var help: String
    /// How the default shows in help, where the default value itself does not say it ("every core").
    var defaultDescription: String?

    init(_ long: String? = nil, short: Character? = nil, valueName: String, help: String, defaultDescription: String? = nil) {
        self.long = long
        self.short = short
        self.valueName = valueName
        self.help = help
        self.defaultDescription = defaultDescription
    }
}

/// A named option taking a value (`--trials 2000`), declared as a typed property:
///
///     @Option(OptionHelp(valueName: "x", help: "The first value.")) var from: Double       // must be given
///     @Option(.format) var format: OutputFormat = .text                                       // has a default
///     @Option(.variant) var variant: String?                                                  // may be left out
///     @Option(.set) var set: [String] = []                                                    // repeats
///
/// The property's type decides whether it must be given, how its value is read and which words
/// it allows; the usage line, the help and the errors are all made from the same declaration.
@propertyWrapper
struct Option<Value: Sendable>: DeclaredProperty {
    private let help: OptionHelp
    private let repeats: Bool
    private let allowedValues: [String]?
    /// How the default shows in help; nil when there is none to show.
    private let defaultText: String?
    /// Reads every value given for the option (in order) with the option's synopsis for errors;
    /// nil when none was given.
    private let read: @Sendable (_ texts: [String], _ synopsis: String) throws -> Value?
    /// The value: the default until the command line is read, then what it gave.
    private var value: Value?
    private var spec: OptionSpec?

    /// The value given, or the default.
    var wrappedValue: Value {
        // Only a command that reads a required option on its bare declaration, before the parser
        // has filled it, can get here: a mistake in matrisk, not in what a user typed.
        guard let value else { fatalError("the option \(help.long ?? help.valueName) was read before the command line was") }
        return value
    }

    /// The option as the command line shows it, for a usage error about its value found later
    /// (`throw $register.invalid(name, reason: …)`).
    var projectedValue: OptionSpec { spec ?? specification(key: help.long ?? "") }

    private init(
        help: OptionHelp, repeats: Bool, allowedValues: [String]?, defaultText: String?, value: Value?,
        read: @escaping @Sendable ([String], String) throws -> Value?
    ) {
        self.help = help
        self.repeats = repeats
        self.allowedValues = allowedValues
        self.defaultText = defaultText
        self.value = value
        self.read = read
    }

    func declarations(key: String) -> [Declaration] {
        [.option(specification(key: key))]
    }

    private func specification(key: String) -> OptionSpec {
        OptionSpec(
            long: help.long ?? key.kebabCased, short: help.short, valueName: help.valueName, help: help.help,
            defaultDescription: help.defaultDescription ?? defaultText, allowedValues: allowedValues, repeatable: repeats,
            isRequired: value == nil)
    }
}

extension Option where Value: ExpressibleByArgument {
    /// An option that must be given: its type is not optional and it has no default.
    init(_ help: OptionHelp, rule: ValueRule<Value>? = nil) {
        self.init(help: help, repeats: false, allowedValues: Value.allowedValues, defaultText: nil, value: nil) { texts, synopsis in
            try texts.last.map { try Value.read($0, for: synopsis, rule: rule) }
        }
    }

    /// An option with a default, used when it is not given.
    init(wrappedValue: Value, _ help: OptionHelp, rule: ValueRule<Value>? = nil) {
        self.init(
            help: help, repeats: false, allowedValues: Value.allowedValues, defaultText: wrappedValue.helpDescription, value: wrappedValue
        ) { texts, synopsis in
            try texts.last.map { try Value.read($0, for: synopsis, rule: rule) }
        }
    }
}

extension Option {
    /// An option that may be left out: nil when it is.
    init<Wrapped: ExpressibleByArgument>(_ help: OptionHelp, rule: ValueRule<Wrapped>? = nil) where Value == Wrapped? {
        self.init(help: help, repeats: false, allowedValues: Wrapped.allowedValues, defaultText: nil, value: .some(nil)) {
            texts, synopsis in
            try texts.last.map { try Wrapped.read($0, for: synopsis, rule: rule) }
        }
    }

    /// An option that may be given any number of times, each value kept in order.
    init<Element: ExpressibleByArgument>(wrappedValue: [Element], _ help: OptionHelp, rule: ValueRule<Element>? = nil)
    where Value == [Element] {
        self.init(help: help, repeats: true, allowedValues: Element.allowedValues, defaultText: nil, value: wrappedValue) {
            texts, synopsis in
            texts.isEmpty ? nil : try texts.map { try Element.read($0, for: synopsis, rule: rule) }
        }
    }
}

extension Option: Decodable {
    /// The option filled from the command line: the value given, or its default, or a usage
    /// error when it must be given and was not.
    init(from decoder: any Decoder) throws {
        guard let property = decoder as? PropertyDecoder else { throw ArgumentDecoder.undeclared("an @Option") }
        var option = try property.declaration(as: Self.self)
        let spec = option.specification(key: property.key)
        if let given = try option.read(property.words.options[spec.long] ?? [], spec.synopsis) {
            option.value = given
        } else if option.value == nil {
            throw UsageError(kind: .missingArgument(spec.synopsis))
        }
        option.spec = spec
        self = option
    }
}

extension OptionSpec {
    /// A usage error for a value of this option found wrong once the command ran (a register
    /// the files do not have), worded as any other bad value.
    func invalid(_ value: String, reason: String) -> UsageError {
        UsageError(kind: .invalidValue(value: value, for: synopsis, reason: reason))
    }
}
