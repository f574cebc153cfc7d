import CSV

/// Why a whole file (or a sheet of it) cannot be used as a register, mitigations or policy file.
/// Any of these stops every register command (exit 65), since no result from the rest would be complete.
package enum RegisterFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The header most like a missing column's name, for "did you mean".
    package struct Nearest: Sendable {
        package var header: String
        package var place: SourceLocation
        package var letters: String

        init(source: String, cell: CSVCell) {
            header = cell.trimmed
            place = SourceLocation(file: source, cell: cell)
            letters = cell.columnLetters
        }
    }

    /// A file with nothing in it, or only blank lines.
    case empty(source: String)
    /// A table whose header names neither a register's nor a mitigation list's columns.
    case unrecognised(at: SourceLocation, headers: [String])
    /// A workbook none of whose sheets is a register or a mitigations list.
    case noRegisterSheet(source: String, sheets: [String])
    /// `--sheet` names sheets a workbook does not have.
    case noSuchSheet(source: String, wanted: [String], sheets: [String])
    /// A policy sheet whose setting cannot be read.
    case policySetting(at: SourceLocation, message: String)
    /// A required column is not in the header.
    case missingColumn(header: SourceLocation, kind: String, column: String, nearest: Nearest?)
    /// Two headers name the same field.
    case duplicateColumn(at: SourceLocation, field: String, first: String, second: String)
    /// A JSON file that is neither a policy (`appetite`) nor a register set (`risks`).
    case unrecognisedJSON(source: String)
    /// More than one policy among the inputs.
    case severalPolicies(first: String, second: SourceLocation)
    /// Inputs with no register among them.
    case noRegister(sources: [String])

    package var description: String {
        switch self {
        case .empty(let source):
            return
                "\(source):1:1: error: the file is empty; a register starts with a header row such as \"Risk ID,Title,Likelihood,Impact,Residual likelihood,Residual impact\"."
        case .unrecognised(let place, let headers):
            let shown = headers.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            return
                "\(place): error: this is neither a risk register (it needs columns such as 'Risk', 'Likelihood', 'Impact') nor a mitigations file (it needs 'Mitigation ID', 'Risk IDs', 'Status'); its header has \(shown.isEmpty ? "no names" : shown). If it is a register, name its columns in the policy: \"columns\": {\"Specific Risk\": \"title\"}."
        case .noRegisterSheet(let source, let sheets):
            return
                "\(source): error: no sheet of this workbook is a risk register (with columns such as 'Risk', 'Likelihood', 'Impact') or a mitigations list ('Mitigation ID', 'Risk IDs', 'Status'); its sheets are \(Self.listed(sheets)). Name a register's columns in the policy: \"columns\": {\"Specific Risk\": \"title\"}."
        case .noSuchSheet(let source, let wanted, let sheets):
            return
                "\(source): error: this workbook has no sheet named \(Self.listed(wanted, joiner: "or")) (asked for with --sheet); its sheets are \(Self.listed(sheets))."
        case .policySetting(let place, let message):
            return "\(place): error: \(message)"
        case .missingColumn(let header, let kind, let column, let nearest):
            if let nearest {
                return
                    "\(nearest.place): error: this \(kind) has no '\(column)' column; did you mean '\(nearest.header)' (column \(nearest.letters))? Rename the header to '\(column)'."
            }
            var start = header
            start.column = 1
            return
                "\(start): error: this \(kind) has no '\(column)' column; add it to the header row, or name the column that holds it in the policy: \"columns\": {\"...\": \"\(ColumnFieldKeys.key(forHeading: column))\"}."
        case .duplicateColumn(let place, let field, let first, let second):
            return
                "\(place): error: the columns '\(first)' and '\(second)' both give the \(field); remove or rename one."
        case .unrecognisedJSON(let source):
            return
                "\(source):1:1: error: this JSON file is neither a risk policy (it has no \"appetite\") nor a register set (it has no \"risks\")."
        case .severalPolicies(let first, let second):
            return "\(second): error: a second policy file; \(first) is already the policy. Keep one, or choose with --policy."
        case .noRegister(let sources):
            let named = sources.isEmpty ? "no files" : sources.joined(separator: ", ")
            return
                "error: no risk register among the inputs (\(named)); give a register file (CSV, .xlsx, .ods or .docx) or a folder that holds one."
        }
    }

    /// `'Risks', 'Legend' and 'Lookups'`.
    static func listed(_ names: [String], joiner: String = "and") -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "none" }
        return quoted.dropLast().joined(separator: ", ") + " \(joiner) " + last
    }

    package static func == (lhs: RegisterFileError, rhs: RegisterFileError) -> Bool {
        lhs.description == rhs.description
    }
}
