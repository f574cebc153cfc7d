/// The help and usage text for a command, laid out as swift-argument-parser lays it out:
/// `OVERVIEW:`, `USAGE:`, `ARGUMENTS:`, `OPTIONS:`, `SUBCOMMANDS:`, labels in a 26-column
/// gutter, text wrapped at 80 columns.
enum HelpText {
    static let width = 80
    static let labelWidth = 26

    /// The full help for the last command in `path`.
    static func help(for path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        var out = wrap("OVERVIEW: " + command.abstract, indent: 0) + "\n\n"
        if !command.discussion.isEmpty {
            for paragraph in command.discussion.split(separator: "\n", omittingEmptySubsequences: false) {
                out += paragraph.hasPrefix("  ") ? paragraph + "\n" : wrap(String(paragraph), indent: 0) + "\n"
            }
            out += "\n"
        }
        out += "USAGE: " + usage(for: path) + "\n\n"
        if !command.arguments.isEmpty {
            out += "ARGUMENTS:\n"
            for argument in command.arguments { out += row(label: argument.label, text: argument.help) }
            out += "\n"
        }
        out += "OPTIONS:\n"
        for option in command.options { out += row(label: option.label, text: option.helpWithDetails) }
        out += row(label: CommandLineParser.versionOption.label, text: CommandLineParser.versionOption.help)
        out += row(label: CommandLineParser.helpOption.label, text: CommandLineParser.helpOption.help)
        out += "\n"
        if !command.subcommands.isEmpty {
            out += "SUBCOMMANDS:\n"
            for sub in command.subcommands { out += row(label: sub.name, text: sub.abstract) }
            out += "\n  See '\(path[0].name) help \(path.dropFirst().map { $0.name + " " }.joined())<subcommand>' for detailed help.\n"
        }
        return out
    }

    /// `matrisk register check [--as-of <date>] ... <path> ...`
    static func usage(for path: [CommandSpec]) -> String {
        let command = path[path.count - 1]
        var parts = [path.map(\.name).joined(separator: " ")]
        if command.parse == nil && !command.subcommands.isEmpty {
            parts.append("<subcommand>")
        } else {
            parts += command.options.map(\.usage)
            parts += command.arguments.map(\.usage)
        }
        return parts.joined(separator: " ")
    }

    /// The three lines printed on stderr for a command-line mistake.
    static func errorMessage(_ error: UsageError, root: CommandSpec) -> String {
        let path = resolve(error.commandPath, from: root)
        let names = path.map(\.name).joined(separator: " ")
        var out = "Error: \(error.message)\n"
        if case .invalidValue(_, let synopsis, _) = error.kind, let spec = path.last?.options.first(where: { $0.synopsis == synopsis }) {
            out += "Help:  \(spec.synopsis)  \(spec.help)\n"
        }
        out += "Usage: \(usage(for: path))\n"
        out += "  See '\(names) --help' for more information.\n"
        return out
    }

    /// The command values for a path of names, as far as they exist.
    static func resolve(_ names: [String], from root: CommandSpec) -> [CommandSpec] {
        var path = [root]
        for name in names.dropFirst() {
            guard let sub = path[path.count - 1].subcommand(named: name) else { break }
            path.append(sub)
        }
        return path
    }

    private static func row(label: String, text: String) -> String {
        let padded = "  " + label
        if padded.count < labelWidth {
            let wrapped = wrap(text, indent: labelWidth)
            return padded + String(wrapped.dropFirst(padded.count)) + "\n"
        }
        return padded + "\n" + wrap(text, indent: labelWidth) + "\n"
    }

    /// `text` wrapped at ``width`` with every line indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = pad
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.count > indent, current.count + 1 + word.count > width {
                lines.append(current)
                current = pad
            }
            current += (current.count > indent ? " " : "") + word
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
