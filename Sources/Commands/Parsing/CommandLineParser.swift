import JSONDocument

/// What the words on the command line ask for: run a command, show help, or show the version.
enum ParseOutcome: Sendable {
    /// Run `command`, read and checked; `path` names it (`["matrisk", "register", "check"]`).
    case run(any ParsableCommand, path: [String])
    case help(path: [CommandSpec])
    case version
}

/// Turns the words a user typed into a command ready to run, following swift-argument-parser's
/// conventions: `--opt value` and `--opt=value`, `-o value`, `--` ending the options,
/// `-h`/`--help`/`help <subcommand>` for help and `--version` for the version.
struct CommandLineParser {
    let root: CommandSpec

    static let helpOption = OptionSpec(long: "help", short: "h", help: "Show help information.")
    static let versionOption = OptionSpec(long: "version", help: "Show the version.")

    func parse(_ words: [String]) throws -> ParseOutcome {
        // `matrisk help register check` is the same as `matrisk register check --help`.
        if words.first == "help" { return .help(path: helpPath(words.dropFirst())) }
        var rest = words[...]
        let path = try commandPath(&rest)
        let command = path[path.count - 1]
        let names = path.map(\.name)
        var scanned = ParsedWords()
        var positionals: [String] = []
        switch try scan(rest, for: command, into: &scanned, positionals: &positionals, commandPath: names) {
        case .help: return .help(path: path)
        case .version: return .version
        case .words: break
        }
        guard let parse = command.parse else {
            // A group such as `register` with no subcommand named: show what it holds.
            if let extra = positionals.first { throw unknownSubcommand(extra, of: command, commandPath: names) }
            return .help(path: path)
        }
        scanned.arguments = try assign(positionals, to: command.arguments, commandPath: names)
        do {
            return .run(try parse(scanned), path: names)
        } catch var error as UsageError {
            error.commandPath = names
            throw error
        }
    }

    /// The commands named after `help`, as far as they exist.
    private func helpPath(_ words: ArraySlice<String>) -> [CommandSpec] {
        var path = [root]
        for word in words {
            guard let sub = path[path.count - 1].subcommand(named: word) else { break }
            path.append(sub)
        }
        return path
    }

    /// Walks down the subcommands named at the front of `rest`, taking their names off it.
    private func commandPath(_ rest: inout ArraySlice<String>) throws -> [CommandSpec] {
        var path = [root]
        while let word = rest.first, !word.hasPrefix("-") {
            let current = path[path.count - 1]
            guard !current.subcommands.isEmpty else { break }
            guard let sub = current.subcommand(named: word) else {
                throw unknownSubcommand(word, of: current, commandPath: path.map(\.name))
            }
            path.append(sub)
            rest = rest.dropFirst()
        }
        return path
    }

    /// What scanning the options found: words for the command, or a request for help or the version.
    private enum Scan {
        case words
        case help
        case version
    }

    /// Sorts the words after the command into options, flags and positionals.
    private func scan(
        _ words: ArraySlice<String>, for command: CommandSpec, into scanned: inout ParsedWords, positionals: inout [String],
        commandPath: [String]
    ) throws -> Scan {
        var rest = words
        var afterDoubleDash = false
        while let word = rest.popFirst() {
            if afterDoubleDash || word == "-" || !word.hasPrefix("-") || isNegativeNumber(word) {
                positionals.append(word)
                continue
            }
            if word == "--" {
                afterDoubleDash = true
                continue
            }
            if word == "--help" || word == "-h" { return .help }
            if word == "--version" { return .version }
            try take(word, rest: &rest, for: command, into: &scanned, commandPath: commandPath)
        }
        return .words
    }

    /// Reads one option (`--name`, `--name=value` or `-n`) and its value, if it takes one.
    private func take(
        _ word: String, rest: inout ArraySlice<String>, for command: CommandSpec, into scanned: inout ParsedWords, commandPath: [String]
    ) throws {
        var name = word
        var attached: String?
        if let equals = word.firstIndex(of: "=") {
            name = String(word[..<equals])
            attached = String(word[word.index(after: equals)...])
        }
        let spec = try option(named: name, in: command, commandPath: commandPath)
        if spec.isFlag {
            if let attached {
                throw UsageError(
                    kind: .invalidValue(value: attached, for: spec.synopsis, reason: "this option takes no value"), commandPath: commandPath
                )
            }
            scanned.flags.insert(spec.long)
            return
        }
        let value: String
        if let attached {
            value = attached
        } else if let next = rest.first, !next.hasPrefix("-") || isNegativeNumber(next) || next == "-" {
            value = next
            rest = rest.dropFirst()
        } else {
            throw UsageError(kind: .missingValue(spec.synopsis), commandPath: commandPath)
        }
        if !spec.repeatable, scanned.options[spec.long] != nil {
            throw UsageError(kind: .repeatedOption(spec.synopsis), commandPath: commandPath)
        }
        scanned.options[spec.long, default: []].append(value)
    }

    /// The option `name` (`--format` or `-o`) of `command`, or an error suggesting the nearest one.
    private func option(named name: String, in command: CommandSpec, commandPath: [String]) throws -> OptionSpec {
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
                kind: .unknownOption(name, suggestion: Spelling.suggestion(for: name, among: candidates)), commandPath: commandPath)
        }
        return spec
    }

    /// Hands the positional words to the command's arguments in order: a usage error when one
    /// that must be given is missing, or words are left over.
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

    private func unknownSubcommand(_ word: String, of command: CommandSpec, commandPath: [String]) -> UsageError {
        let names = command.subcommands.map(\.name)
        return UsageError(
            kind: .unknownSubcommand(word, suggestion: Spelling.suggestion(for: word, among: names)), commandPath: commandPath)
    }

    private func isNegativeNumber(_ word: String) -> Bool {
        word.count > 1 && word.hasPrefix("-") && Double(word) != nil
    }
}
