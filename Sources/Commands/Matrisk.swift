import Foundation

/// The matrisk command line as a library: the executable calls ``run(arguments:environment:)``
/// and exits with what it returns, and tests call it directly with their own output buffers.
package enum Matrisk {
    /// The version `matrisk --version` prints.
    package static let version = "0.1.0"

    /// Runs the command named by `arguments` (without the program name) and returns its exit code.
    package static func run(arguments: [String], environment: CommandEnvironment = .process()) -> Int32 {
        let root = CommandSpec.matrisk
        do {
            switch try CommandLineParser(root: root).parse(arguments) {
            case .version:
                environment.standardOutput.write(version + "\n")
                return ExitCode.success.rawValue
            case .help(let path):
                environment.standardOutput.write(HelpText.help(for: path))
                return ExitCode.success.rawValue
            case .run(let command, let path):
                return try run(command, path: path, in: environment).rawValue
            }
        } catch let error as UsageError {
            environment.standardError.write(HelpText.errorMessage(error, root: root))
            return ExitCode.usage.rawValue
        } catch {
            return report(error, to: environment).rawValue
        }
    }

    /// Runs a command read from the command line; a usage error it finds once running (a value
    /// that turns out wrong for the files given) shows the usage of the command at `path`.
    private static func run(_ command: any ParsableCommand, path: [String], in environment: CommandEnvironment) throws -> ExitCode {
        do {
            return try command.run(in: environment)
        } catch var error as UsageError {
            if error.commandPath.isEmpty { error.commandPath = path }
            throw error
        }
    }

    /// Prints an error from a command on stderr and chooses its exit code.
    static func report(_ error: any Error, to environment: CommandEnvironment) -> ExitCode {
        if let reportable = error as? any ReportableError {
            environment.standardError.write(reportable.description + "\n")
            return reportable.exitCode
        }
        environment.standardError.write("matrisk: error: \(error)\n")
        return .failure
    }
}

extension Matrisk {
    /// Called when a stop signal arrives (SIGINT from Ctrl-C, SIGTERM, SIGHUP): removes
    /// temporary output files and exits 128 + the signal's number (130 for Ctrl-C), as shells do.
    package static func interrupted(by signal: Int32) -> Never {
        OutputFile.removePending()
        ProgressDisplay.clearActive()
        FileHandle.standardError.write(Data("matrisk: interrupted; no output file was left half-written.\n".utf8))
        // SIGINT is 2, so Ctrl-C gives 130, ExitCode.interrupted.
        exit(128 + signal)
    }
}
