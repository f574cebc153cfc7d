extension StringProtocol {
    /// The text with its first letter in capitals, the rest as written: a phrase made to open a
    /// sentence or a label ("central reserves < £0" → "Central reserves < £0").
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
