import CSV
import JSONDocument
import Workbook

/// An error a command can print as it is, with the exit code that goes with it.
///
/// The library modules' errors already read as sentences naming the file and place; these
/// conformances only add which `sysexits` code each kind of failure gets.
protocol ReportableError: Error, CustomStringConvertible {
    var exitCode: ExitCode { get }
}

extension InputError: ReportableError {}

extension OutputError: ReportableError {
    var exitCode: ExitCode { .cannotCreate }
}

extension CSVError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension JSONError: ReportableError {
    var exitCode: ExitCode { .dataError }
}

extension WorkbookError: ReportableError {
    var exitCode: ExitCode { .dataError }
}
