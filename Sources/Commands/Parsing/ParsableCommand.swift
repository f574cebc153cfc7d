/// A set of options and arguments a command reads, declared as properties (`@Option`, `@Flag`,
/// `@Argument`, `@OptionGroup`), as in swift-argument-parser: the property's type says whether
/// the value must be given (`Double`), may be left out (`String?`, or a default), or repeats
/// (`[String]`), and what words it allows (an enum's cases).
protocol ParsableArguments: Decodable, Sendable {
    /// The declaration: every property with its default, none yet read from a command line.
    init()

    /// Rules across options (`--to` not below `--from`), checked once every value is read and
    /// before the command runs; a broken rule is a usage error.
    func validate() throws
}

extension ParsableArguments {
    func validate() throws {}

    /// The options and arguments declared, in the order of the properties.
    static var declarations: [Declaration] {
        Mirror(reflecting: Self()).children.flatMap { child -> [Declaration] in
            guard let property = child.value as? any DeclaredProperty, let label = child.label else { return [] }
            return property.declarations(key: String(label.drop { $0 == "_" }))
        }
    }

    /// The values of `words`, read and checked, with the rules of this set and of every group in it.
    static func parse(_ words: ParsedWords) throws -> Self {
        let values = try Self(from: ArgumentDecoder(words: words, declaration: Self()))
        try values.validateAll()
        return values
    }

    /// ``validate()`` for every option group inside, then for this set.
    func validateAll() throws {
        for child in Mirror(reflecting: self).children {
            try (child.value as? any ValidatedGroup)?.validateGroup()
        }
        try validate()
    }
}

/// A command: what it reads from the command line, and what it does with it.
///
///     struct HeatMapCommand: ParsableCommand {
///         static let configuration = CommandConfiguration(name: "heatmap", abstract: "Print 5x5 heat maps …")
///         @Argument(.registerPaths) var paths: [String]
///         @Option(.format) var format: OutputFormat = .text
///         @OptionGroup var inputs: RegisterInputOptions
///
///         func run(in environment: CommandEnvironment) throws -> ExitCode { … }
///     }
///
/// It joins the command line as `CommandSpec(HeatMapCommand.self)` among its group's subcommands.
protocol ParsableCommand: ParsableArguments {
    static var configuration: CommandConfiguration { get }

    /// Does what the command line asked, writing to `environment`'s output.
    func run(in environment: CommandEnvironment) throws -> ExitCode
}

/// A command's name and help, and the subcommands under it.
struct CommandConfiguration: Sendable {
    var name: String
    var abstract: String
    var discussion: String = ""
    var subcommands: [CommandSpec] = []
}
