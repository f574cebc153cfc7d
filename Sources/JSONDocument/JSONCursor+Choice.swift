extension JSONCursor {
    /// One of an enumeration's cases, written as its raw value, with a suggestion when the text
    /// is close to one (as ``choice(of:)`` words it).
    package func choice<Choice: CaseIterable & RawRepresentable>(of type: Choice.Type) throws -> Choice where Choice.RawValue == String {
        let allowed = Choice.allCases.map(\.rawValue)
        guard let value = Choice(rawValue: try choice(of: allowed)) else { throw mismatch("one of \(allowed)") }
        return value
    }
}
