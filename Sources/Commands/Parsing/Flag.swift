/// A flag that takes no value (`--largest`): false unless given.
@propertyWrapper
struct Flag: DeclaredProperty {
    /// The long name; nil to take the property's name.
    private let long: String?
    private let help: String
    private(set) var wrappedValue: Bool

    init(wrappedValue: Bool = false, _ long: String? = nil, help: String) {
        self.long = long
        self.help = help
        self.wrappedValue = wrappedValue
    }

    func declarations(key: String) -> [Declaration] {
        [.option(specification(key: key))]
    }

    private func specification(key: String) -> OptionSpec {
        OptionSpec(long: long ?? key.kebabCased, help: help)
    }
}

extension Flag: Decodable {
    init(from decoder: any Decoder) throws {
        guard let property = decoder as? PropertyDecoder else { throw ArgumentDecoder.undeclared("a @Flag") }
        var flag = try property.declaration(as: Self.self)
        if property.words.flags.contains(flag.specification(key: property.key).long) { flag.wrappedValue = true }
        self = flag
    }
}
