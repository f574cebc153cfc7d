/// A mistake on the command line, worded as swift-argument-parser words it, so people who
/// use Swift tools recognise it. Printed with the command's usage line; exit code 64.
struct UsageError: Error, Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case unknownOption(String, suggestion: String?)
        case unknownSubcommand(String, suggestion: String?)
        case missingValue(String)
        case missingArgument(String)
        case unexpectedArguments([String])
        case invalidValue(value: String, for: String, reason: String?)
        case notOneOf(value: String, for: String, allowed: [String])
        case repeatedOption(String)
        /// A rule about how options combine, as a whole sentence.
        case validation(String)
    }

    var kind: Kind
    /// The command whose usage to show: `["matrisk", "register", "check"]`.
    var commandPath: [String] = []

    /// A broken rule about how options combine, as a whole sentence.
    static func rule(_ sentence: String) -> UsageError {
        UsageError(kind: .validation(sentence))
    }

    var message: String {
        switch kind {
        case .unknownOption(let name, let suggestion):
            if let suggestion { return "Unknown option '\(name)'. Did you mean '\(suggestion)'?" }
            return "Unknown option '\(name)'"
        case .unknownSubcommand(let name, let suggestion):
            if let suggestion { return "Unknown subcommand '\(name)'. Did you mean '\(suggestion)'?" }
            return "Unknown subcommand '\(name)'"
        case .missingValue(let synopsis):
            return "Missing value for '\(synopsis)'"
        case .missingArgument(let label):
            return "Missing expected argument '\(label)'"
        case .unexpectedArguments(let values):
            if values.count == 1 { return "Unexpected argument '\(values[0])'" }
            return "\(values.count) unexpected arguments: " + values.map { "'\($0)'" }.joined(separator: ", ")
        case .invalidValue(let value, let synopsis, let reason):
            return "The value '\(value)' is invalid for '\(synopsis)'" + (reason.map { ": \($0)" } ?? "")
        case .notOneOf(let value, let synopsis, let allowed):
            let quoted = allowed.map { "'\($0)'" }
            let list =
                quoted.count <= 2
                ? quoted.joined(separator: " and ")
                : quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
            return "The value '\(value)' is invalid for '\(synopsis)'. Please provide one of \(list)."
        case .repeatedOption(let synopsis):
            return "The option '\(synopsis)' can be given only once"
        case .validation(let sentence):
            return sentence
        }
    }
}
