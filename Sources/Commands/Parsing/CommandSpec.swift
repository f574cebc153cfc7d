/// A command matrisk understands as the parser and the help see it: its name and help, its
/// options and arguments, its subcommands, and how to read the words given to it.
///
/// Built from a ``ParsableCommand`` type: the options and arguments are read off the
/// properties it declares (`@Option`, `@Flag`, `@Argument`, `@OptionGroup`), so the usage line,
/// the help and the errors come from the one declaration that also receives the values.
struct CommandSpec: Sendable {
    var name: String
    var abstract: String
    var discussion: String
    var arguments: [ArgumentSpec]
    var options: [OptionSpec]
    var subcommands: [CommandSpec]
    /// Reads the words given into the command, checked and ready to run; nil for a group such
    /// as `register`, which only holds subcommands.
    var parse: (@Sendable (ParsedWords) throws -> any ParsableCommand)?

    /// The command `Command` declares.
    init<Command: ParsableCommand>(_ command: Command.Type) {
        let configuration = Command.configuration
        let declarations = Command.declarations
        name = configuration.name
        abstract = configuration.abstract
        discussion = configuration.discussion
        subcommands = configuration.subcommands
        options = declarations.compactMap { if case .option(let option) = $0 { option } else { nil } }
        arguments = declarations.compactMap { if case .argument(let argument) = $0 { argument } else { nil } }
        parse = { words in try Command.parse(words) }
    }

    /// A group of subcommands with nothing to run itself.
    init(group configuration: CommandConfiguration) {
        name = configuration.name
        abstract = configuration.abstract
        discussion = configuration.discussion
        subcommands = configuration.subcommands
        options = []
        arguments = []
        parse = nil
    }

    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }
}

/// What one declared property is on the command line: an option (or flag), or an argument.
enum Declaration: Sendable {
    case option(OptionSpec)
    case argument(ArgumentSpec)
}

/// A property a command declares with `@Option`, `@Flag`, `@Argument` or `@OptionGroup`.
protocol DeclaredProperty: Sendable {
    /// How it shows on the command line, named after its property (`key`) unless it names itself.
    func declarations(key: String) -> [Declaration]
}

/// A positional argument, such as the scenario file.
struct ArgumentSpec: Sendable, Equatable {
    enum Arity: Sendable, Equatable {
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

/// A named option (`--format json`) or flag (`--largest`), as usage, help and errors show it.
struct OptionSpec: Sendable, Equatable {
    var long: String
    var short: Character? = nil
    /// The placeholder for the value; nil for a flag that takes none.
    var valueName: String? = nil
    var help: String
    var defaultDescription: String? = nil
    var allowedValues: [String]? = nil
    var repeatable = false
    /// True for an option that must be given (its type is not optional and it has no default).
    var isRequired = false

    var isFlag: Bool { valueName == nil }

    /// `--format`: the option's name as typed.
    var flag: String { "--\(long)" }

    /// `--format <format>`, as usage and error messages show it.
    var synopsis: String {
        valueName.map { "--\(long) <\($0)>" } ?? "--\(long)"
    }

    /// `-o, --out <dir>`, as the options list shows it.
    var label: String {
        let names = short.map { "-\($0), --\(long)" } ?? "--\(long)"
        return valueName.map { "\(names) <\($0)>" } ?? names
    }

    /// `--param <path>` when it must be given, `[--variant <name>]` when not, `[--set <path=value> ...]` when it repeats.
    var usage: String {
        if isRequired { return repeatable ? "\(synopsis) ..." : synopsis }
        return repeatable ? "[\(synopsis) ...]" : "[\(synopsis)]"
    }

    /// The help line with its allowed values and default, in swift-argument-parser's style.
    var helpWithDetails: String {
        var details: [String] = []
        if let allowedValues { details.append("values: " + allowedValues.joined(separator: ", ")) }
        if let defaultDescription { details.append("default: " + defaultDescription) }
        return details.isEmpty ? help : "\(help) (\(details.joined(separator: "; ")))"
    }
}

extension String {
    /// A property's name as an option's long name: `asOf` → `as-of`, as swift-argument-parser spells it.
    var kebabCased: String {
        var out = ""
        for character in self {
            if character.isUppercase, !out.isEmpty { out.append("-") }
            out.append(Character(character.lowercased()))
        }
        return out
    }
}
