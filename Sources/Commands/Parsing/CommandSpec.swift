/// A command matrisk understands: its name and help, what it takes, and what it does.
///
/// Commands are plain values; ``CommandLineParser`` turns the words a user typed into an
/// ``Invocation`` of one of them, and the help text is generated from the same values, so
/// help and behaviour cannot drift apart.
struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []
    var subcommands: [CommandSpec] = []
    /// What the command does; nil for a group such as `register`, which only holds subcommands.
    var run: (@Sendable (Invocation) throws -> ExitCode)?

    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }
}

/// A positional argument, such as the scenario file.
struct ArgumentSpec: Sendable {
    enum Arity: Sendable {
        case required
        case optional
        /// One or more (`minimum` 1) or any number (`minimum` 0), taking the rest of the line.
        case repeating(minimum: Int)
    }

    var name: String
    var help: String
    var arity: Arity = .required

    var label: String { "<\(name)>" }

    var usage: String {
        switch arity {
        case .required: return label
        case .optional: return "[\(label)]"
        case .repeating(let minimum): return minimum > 0 ? "\(label) ..." : "[\(label) ...]"
        }
    }
}

/// A named option (`--format json`) or flag (`--largest`).
struct OptionSpec: Sendable {
    var long: String
    var short: Character? = nil
    /// The placeholder for the value; nil for a flag that takes none.
    var valueName: String? = nil
    var help: String
    var defaultDescription: String? = nil
    var allowedValues: [String]? = nil
    var repeatable: Bool = false

    var isFlag: Bool { valueName == nil }

    /// `--format <format>`, as usage and error messages show it.
    var synopsis: String {
        valueName.map { "--\(long) <\($0)>" } ?? "--\(long)"
    }

    /// `-o, --out <dir>`, as the options list shows it.
    var label: String {
        let names = short.map { "-\($0), --\(long)" } ?? "--\(long)"
        return valueName.map { "\(names) <\($0)>" } ?? names
    }

    var usage: String {
        repeatable ? "[\(synopsis) ...]" : "[\(synopsis)]"
    }

    /// The help line with its allowed values and default, in swift-argument-parser's style.
    var helpWithDetails: String {
        var details: [String] = []
        if let allowedValues { details.append("values: " + allowedValues.joined(separator: ", ")) }
        if let defaultDescription { details.append("default: " + defaultDescription) }
        return details.isEmpty ? help : "\(help) (\(details.joined(separator: "; ")))"
    }
}
