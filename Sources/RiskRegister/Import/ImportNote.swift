/// Something the importer says about how it read a file that is not a problem with the data:
/// "read as Windows-1252", "one pair, read as the current score", "no ID column; ids generated".
///
/// Every register command prints these on standard error; `register import` lists them per file.
package struct ImportNote: Sendable, Hashable, CustomStringConvertible {
    package enum Severity: String, Sendable {
        case note
        case warning
    }

    package var severity: Severity
    /// The file and line it is about; nil for a note about the files together.
    package var location: SourceLocation?
    package var message: String

    package init(_ severity: Severity = .note, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line: note: sentence`, as findings are printed.
    package var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}
