/// How matrisk ends, as a number a shell script or a CI job can test.
///
/// The values follow the BSD `sysexits` convention, which scripts and schedulers understand.
package enum ExitCode: Int32, Sendable, Equatable {
    /// The command did what was asked and found nothing wrong.
    case success = 0
    /// The command ran, and a check or a target failed (error-level findings).
    case failure = 1
    /// The command line itself was wrong: an unknown option, a missing argument.
    case usage = 64
    /// An input file was read but its contents are wrong.
    case dataError = 65
    /// An input file does not exist or cannot be read.
    case noInput = 66
    /// An output file or folder cannot be created.
    case cannotCreate = 73
    /// The run was interrupted (Ctrl-C); nothing half-written was left behind.
    case interrupted = 130
}
