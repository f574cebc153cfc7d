import Foundation
import Testing

@testable import Commands

/// A command declared only for these tests, with one property of every kind the parser knows.
private struct Trip: ParsableCommand {
    static let configuration = CommandConfiguration(name: "trip", abstract: "Plan a trip.")

    enum Mode: String, CaseIterable, ExpressibleByArgument {
        case walk
        case cycle
    }

    @Argument(ArgumentHelp("place", help: "Where to.")) var place: String
    @Argument(ArgumentHelp("stop", help: "Where to stop on the way.")) var stops: [String] = []
    @Option(OptionHelp("miles", valueName: "x", help: "How far.")) var miles: Double
    @Option(OptionHelp("mode", valueName: "mode", help: "How to go.")) var mode = Mode.walk
    @Option(OptionHelp("people", valueName: "n", help: "Who is going.", defaultDescription: "just you"), rule: .within(1...8))
    var people: Int?
    @Option(OptionHelp("note", short: "n", valueName: "text", help: "A note (repeatable).")) var notes: [String] = []
    @Flag("early", help: "Leave early.") var early = false

    func validate() throws {
        if mode == .walk && miles > 100 { throw UsageError.rule("Nobody walks \(Int(miles)) miles; choose --mode cycle.") }
    }

    func run(in environment: CommandEnvironment) throws -> ExitCode { .success }
}

/// The typed declarations: the property's type decides required or not, defaults and allowed
/// values, and the usage line, help and errors all come from the one declaration.
struct OptionDeclarationTests {
    static let root = CommandSpec(group: CommandConfiguration(name: "t", abstract: "Tests.", subcommands: [CommandSpec(Trip.self)]))

    private func parse(_ words: [String]) throws -> Trip {
        guard case .run(let command, let path) = try CommandLineParser(root: Self.root).parse(["trip"] + words) else {
            throw UsageError.rule("not a run")
        }
        #expect(path == ["t", "trip"])
        return try #require(command as? Trip)
    }

    /// The three lines a user sees for `words`, or nil when they parse.
    private func error(_ words: [String]) -> String? {
        do {
            _ = try parse(words)
            return nil
        } catch let error as UsageError {
            return HelpText.errorMessage(error, root: Self.root)
        } catch {
            return "\(error)"
        }
    }

    @Test func valuesLeftOutTakeTheirDefaults() throws {
        let trip = try parse(["home", "--miles", "3"])
        #expect(trip.place == "home" && trip.miles == 3 && trip.mode == .walk && trip.people == nil)
        #expect(trip.notes.isEmpty && !trip.early && trip.stops.isEmpty)
    }

    @Test func everySpellingOfAValueIsRead() throws {
        let trip = try parse([
            "home", "shop", "park", "--miles=2.5", "--mode", "cycle", "--people", "4", "-n", "x", "--note", "y", "--early",
        ])
        #expect(trip.stops == ["shop", "park"] && trip.miles == 2.5 && trip.mode == .cycle && trip.people == 4)
        #expect(trip.notes == ["x", "y"] && trip.early)
        #expect(trip.$people.synopsis == "--people <n>" && trip.$notes.label == "-n, --note <text>")
    }

    @Test func theUsageLineShowsWhatMustBeGivenWithoutBrackets() {
        #expect(
            HelpText.usage(for: [Self.root, CommandSpec(Trip.self)])
                == "t trip --miles <x> [--mode <mode>] [--people <n>] [--note <text> ...] [--early] <place> [<stop> ...]")
        let help = HelpText.help(for: [Self.root, CommandSpec(Trip.self)])
        #expect(help.contains("  --mode <mode>           How to go. (values: walk, cycle; default: walk)\n"))
        #expect(help.contains("  --people <n>            Who is going. (default: just you)\n"))
    }

    @Test func aMissingRequiredOptionIsReportedAsTheUsageLineShowsIt() {
        #expect(
            error(["home"]) == """
                Error: Missing expected argument '--miles <x>'
                Usage: t trip --miles <x> [--mode <mode>] [--people <n>] [--note <text> ...] [--early] <place> [<stop> ...]
                  See 't trip --help' for more information.

                """)
    }

    @Test func badValuesAreRefusedInSwiftArgumentParsersWords() {
        #expect(
            error(["home", "--miles", "far"])?.hasPrefix(
                "Error: The value 'far' is invalid for '--miles <x>': expected a number\nHelp:  --miles <x>  How far.\n") == true)
        #expect(
            error(["home", "--miles", "1", "--mode", "fly"])?.hasPrefix(
                "Error: The value 'fly' is invalid for '--mode <mode>'. Please provide one of 'walk' and 'cycle'.\n") == true)
        #expect(
            error(["home", "--miles", "1", "--people", "9"])?.hasPrefix(
                "Error: The value '9' is invalid for '--people <n>': expected a whole number from 1 to 8\n") == true)
        #expect(
            error(["home", "--miles", "1", "--people", "2", "--people", "3"])?.hasPrefix(
                "Error: The option '--people <n>' can be given only once\n") == true)
        #expect(
            error(["home", "--miles", "1", "--early=yes"])?.hasPrefix(
                "Error: The value 'yes' is invalid for '--early': this option takes no value\n") == true)
        #expect(error(["--miles", "1"])?.hasPrefix("Error: Missing expected argument '<place>'\n") == true)
    }

    @Test func rulesAcrossOptionsRunAfterEveryValueIsRead() {
        #expect(error(["home", "--miles", "200"])?.hasPrefix("Error: Nobody walks 200 miles; choose --mode cycle.\nUsage: t trip") == true)
        #expect(error(["home", "--miles", "200", "--mode", "cycle"]) == nil)
    }

    /// The fault issue 13 found: `sweep` showed `[--step <x>]` as optional and then said it was missing.
    @Test(arguments: [
        (["sweep", "Scenarios/top-slice.json", "--param", "trust.topSlicePercent", "--from", "2", "--to", "8"], "--step <x>"),
        (["solve", "Scenarios/top-slice.json", "--param", "trust.topSlicePercent", "--range", "0..15"], "--target <target>"),
        (["report", "Scenarios/growth.json"], "--out <file>"),
    ])
    func aRequiredOptionIsNeverShownAsOptional(_ words: [String], _ synopsis: String) {
        let result = MatriskProcess.inProcess(words)
        #expect(result.exitCode == 64)
        #expect(result.standardError.hasPrefix("Error: Missing expected argument '\(synopsis)'\nUsage: "))
        #expect(result.standardError.contains(" \(synopsis) ") && !result.standardError.contains("[\(synopsis)]"))
    }

    @Test func noCommandDeclaresAnOptionNameTwice() {
        func walk(_ spec: CommandSpec) -> [CommandSpec] { [spec] + spec.subcommands.flatMap(walk) }
        for command in walk(CommandSpec.matrisk) {
            let longs = command.options.map(\.long) + ["help", "version"]
            #expect(Set(longs).count == longs.count, "\(command.name): \(longs)")
            let shorts = command.options.compactMap(\.short) + ["h"]
            #expect(Set(shorts).count == shorts.count, "\(command.name)")
            #expect(Set(command.arguments.map(\.name)).count == command.arguments.count, "\(command.name)")
        }
    }
}
