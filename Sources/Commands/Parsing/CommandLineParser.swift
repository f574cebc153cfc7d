import JSONDocument

/// What the words on the command line ask for: run a command, show help, or show the version.
enum ParseOutcome: Sendable {
    case run(Invocation)
    case help(path: [CommandSpec])
    case version
}

/// Turns the words a user typed into an ``Invocation``, following swift-argument-parser's
/// conventions: `--opt value` and `--opt=value`, `-o value`, `--` ending the options,
/// `-h`/`--help`/`help <subcommand>` for help and `--version` for the version.
struct CommandLineParser {
    let root: CommandSpec
    let environment: CommandEnvironment

    static let helpOption = OptionSpec(long: "help", short: "h", help: "Show help information.")
    static let versionOption = OptionSpec(long: "version", help: "Show the version.")

    func parse(_ words: [String]) throws -> ParseOutcome {
        var path = [root]
        var rest = words[...]

        // `matrisk help register check` is the same as `matrisk register check --help`.
        if rest.first == "help" {
            rest = rest.dropFirst()
            for word in rest {
                guard let sub = path.last!.subcommand(named: word) else { break }
                path.append(sub)
            }
            return .help(path: path)
        }

        // Walk down the subcommands named at the front.
        while let word = rest.first, !path.last!.subcommands.isEmpty, !word.hasPrefix("-") {
            guard let sub = path.last!.subcommand(named: word) else {
                let names = path.last!.subcommands.map(\.name)
                throw UsageError(
                    kind: .unknownSubcommand(word, suggestion: Spelling.suggestion(for: word, among: names)),
                    commandPath: path.map(\.name))
            }
            path.append(sub)
            rest = rest.dropFirst()
        }
        let command = path.last!
        let names = path.map(\.name)

        var optionValues: [String: [String]] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []
        var afterDoubleDash = false

        while let word = rest.first {
            rest = rest.dropFirst()
            if afterDoubleDash || word == "-" || !word.hasPrefix("-") || isNegativeNumber(word) {
                positionals.append(word)
                continue
            }
            if word == "--" {
                afterDoubleDash = true
                continue
            }
            if word == "--help" || word == "-h" { return .help(path: path) }
            if word == "--version" { return .version }

            // Split `--name=value` and find the option by its long or short name.
            var name = word
            var attached: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                attached = String(word[word.index(after: equals)...])
            }
            let spec: OptionSpec?
            if name.hasPrefix("--") {
                spec = command.options.first { "--" + $0.long == name }
            } else if name.count == 2 {
                spec = command.options.first { $0.short.map { "-\($0)" } == name }
            } else {
                spec = nil
            }
            guard let spec else {
                let candidates = command.options.map { "--" + $0.long } + ["--help", "--version"]
                throw UsageError(
                    kind: .unknownOption(name, suggestion: Spelling.suggestion(for: name, among: candidates)),
                    commandPath: names)
            }
            if spec.isFlag {
                if let attached {
                    throw UsageError(
                        kind: .invalidValue(value: attached, for: spec.synopsis, reason: "this option takes no value"),
                        commandPath: names)
                }
                flags.insert(spec.long)
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else if let next = rest.first, !next.hasPrefix("-") || isNegativeNumber(next) || next == "-" {
                value = next
                rest = rest.dropFirst()
            } else {
                throw UsageError(kind: .missingValue(spec.synopsis), commandPath: names)
            }
            if !spec.repeatable, optionValues[spec.long] != nil {
                throw UsageError(kind: .repeatedOption(spec.synopsis), commandPath: names)
            }
            optionValues[spec.long, default: []].append(value)
        }

        guard command.run != nil else {
            // A group such as `register` with no subcommand named: show what it holds.
            if let extra = positionals.first {
                let candidates = command.subcommands.map(\.name)
                throw UsageError(
                    kind: .unknownSubcommand(extra, suggestion: Spelling.suggestion(for: extra, among: candidates)),
                    commandPath: names)
            }
            return .help(path: path)
        }

        let argumentValues = try assign(positionals, to: command.arguments, commandPath: names)
        var invocation = Invocation(
            command: command, commandPath: names, optionValues: optionValues, flags: flags,
            argumentValues: argumentValues, environment: environment)
        // Options with a fixed set of values are checked here, before the command runs.
        for spec in command.options where spec.allowedValues != nil {
            _ = try invocation.choice(spec.long)
        }
        invocation.commandPath = names
        return .run(invocation)
    }

    private func assign(_ words: [String], to specs: [ArgumentSpec], commandPath: [String]) throws -> [String: [String]] {
        var values: [String: [String]] = [:]
        var remaining = words[...]
        for spec in specs {
            switch spec.arity {
            case .required:
                guard let word = remaining.popFirst() else {
                    throw UsageError(kind: .missingArgument(spec.label), commandPath: commandPath)
                }
                values[spec.name] = [word]
            case .optional:
                if let word = remaining.popFirst() { values[spec.name] = [word] }
            case .repeating(let minimum):
                guard remaining.count >= minimum else {
                    throw UsageError(kind: .missingArgument(spec.label), commandPath: commandPath)
                }
                values[spec.name] = Array(remaining)
                remaining = []
            }
        }
        if !remaining.isEmpty {
            throw UsageError(kind: .unexpectedArguments(Array(remaining)), commandPath: commandPath)
        }
        return values
    }

    private func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.hasPrefix("-") && Double(word) != nil
    }
}
