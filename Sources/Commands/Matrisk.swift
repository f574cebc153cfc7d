import Foundation

/// The matrisk command line as a library: the executable calls ``run(arguments:environment:)``
/// and exits with what it returns, and tests call it directly with their own output buffers.
package enum Matrisk {
    /// The version `matrisk --version` prints.
    package static let version = "0.1.0"

    /// Runs the command named by `arguments` (without the program name) and returns its exit code.
    package static func run(arguments: [String], environment: CommandEnvironment = .process()) -> Int32 {
        let root = CommandSpec.matrisk
        let parser = CommandLineParser(root: root, environment: environment)
        do {
            switch try parser.parse(arguments) {
            case .version:
                environment.standardOutput.write(version + "\n")
                return ExitCode.success.rawValue
            case .help(let path):
                environment.standardOutput.write(HelpText.help(for: path))
                return ExitCode.success.rawValue
            case .run(let invocation):
                guard let body = invocation.command.run else { return ExitCode.usage.rawValue }
                return try body(invocation).rawValue
            }
        } catch let error as UsageError {
            environment.standardError.write(HelpText.errorMessage(error, root: root))
            return ExitCode.usage.rawValue
        } catch {
            return report(error, to: environment).rawValue
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
        FileHandle.standardError.write(Data("matrisk: interrupted; no output file was left half-written.\n".utf8))
        // SIGINT is 2, so Ctrl-C gives 130, ExitCode.interrupted.
        exit(128 + signal)
    }
}
