/// The words given to one command, sorted by what they are for: each option's values by its
/// long name, the flags given, and each positional argument's words by its name. Turned into
/// the command's typed properties by ``ArgumentDecoder``.
struct ParsedWords: Sendable, Equatable {
    var options: [String: [String]] = [:]
    var flags: Set<String> = []
    var arguments: [String: [String]] = [:]
}
