/// Options several commands share, declared once as a ``ParsableArguments`` and taken whole
/// (`@OptionGroup var run: ScenarioRunOptions`): they show in each command's help where the
/// group sits among its properties.
@propertyWrapper
struct OptionGroup<Value: ParsableArguments>: DeclaredProperty {
    private(set) var wrappedValue: Value

    init() {
        wrappedValue = Value()
    }

    func declarations(key: String) -> [Declaration] {
        Value.declarations
    }
}

extension OptionGroup: Decodable {
    init(from decoder: any Decoder) throws {
        guard let property = decoder as? PropertyDecoder else { throw ArgumentDecoder.undeclared("an @OptionGroup") }
        let group = try property.declaration(as: Self.self)
        wrappedValue = try Value(from: ArgumentDecoder(words: property.words, declaration: group.wrappedValue))
    }
}

/// A group whose own rules are checked with its command's.
protocol ValidatedGroup {
    func validateGroup() throws
}

extension OptionGroup: ValidatedGroup {
    func validateGroup() throws {
        try wrappedValue.validateAll()
    }
}
