/// Fills a command's declared properties from the words given, the way swift-argument-parser
/// does: the command is `Decodable`, and each property wrapper decodes itself from its own
/// declaration (found on the declared, not yet filled, value by the property's name) and the
/// words given for it.
struct ArgumentDecoder: Decoder {
    let words: ParsedWords
    /// The properties as declared, each with its default, by property name.
    let declared: [String: any DeclaredProperty]

    init(words: ParsedWords, declaration: any ParsableArguments) {
        self.words = words
        var declared: [String: any DeclaredProperty] = [:]
        for child in Mirror(reflecting: declaration).children {
            guard let property = child.value as? any DeclaredProperty, let label = child.label else { continue }
            declared[String(label.drop { $0 == "_" })] = property
        }
        self.declared = declared
    }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(PropertyContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Self.undeclared("a list") }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { throw Self.undeclared("a value") }

    /// A property that is not declared with a property wrapper: a mistake in matrisk's own code.
    static func undeclared(_ what: String) -> DecodingError {
        DecodingError.typeMismatch(
            Any.self, .init(codingPath: [], debugDescription: "\(what) without @Option, @Flag, @Argument or @OptionGroup"))
    }
}

/// What one property wrapper decodes itself from: its declaration and the words given.
struct PropertyDecoder: Decoder {
    /// The property's name, which names its option or argument unless the declaration does.
    let key: String
    let declared: (any DeclaredProperty)?
    let words: ParsedWords

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw ArgumentDecoder.undeclared("an object")
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw ArgumentDecoder.undeclared("a list") }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { throw ArgumentDecoder.undeclared("a value") }

    /// The declared property, as the wrapper type asking for it.
    func declaration<Wrapper>(as type: Wrapper.Type) throws -> Wrapper {
        guard let declared = declared as? Wrapper else { throw ArgumentDecoder.undeclared("'\(key)'") }
        return declared
    }
}

/// The properties of a command, each handed to its wrapper with its declaration.
private struct PropertyContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: ArgumentDecoder

    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { decoder.declared.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { decoder.declared[key.stringValue] != nil }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: PropertyDecoder(key: key.stringValue, declared: decoder.declared[key.stringValue], words: decoder.words))
    }

    func decodeNil(forKey key: Key) throws -> Bool { false }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { throw undeclared(key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { throw undeclared(key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw undeclared(key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw undeclared(key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { throw undeclared(key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { throw undeclared(key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { throw undeclared(key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { throw undeclared(key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { throw undeclared(key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { throw undeclared(key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { throw undeclared(key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { throw undeclared(key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { throw undeclared(key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { throw undeclared(key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw undeclared(key)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw undeclared(key) }
    func superDecoder() throws -> any Decoder { throw ArgumentDecoder.undeclared("a superclass") }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw undeclared(key) }

    private func undeclared(_ key: Key) -> DecodingError {
        ArgumentDecoder.undeclared("'\(key.stringValue)'")
    }
}
