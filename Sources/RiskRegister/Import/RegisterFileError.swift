/// Why a whole file cannot be used as a register, mitigations or policy file. Any of these
/// stops every register command (exit 65), since no result from the rest would be complete.
package enum RegisterFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file with nothing in it, or only blank lines.
    case empty(source: String)
    /// A CSV whose header names neither a register's nor a mitigation list's columns.
    case unrecognised(source: String, headers: [String])
    /// A required column is not in the header.
    case missingColumn(
        source: String, line: Int, kind: String, column: String, nearest: (header: String, line: Int, column: Int, letters: String)?)
    /// Two headers name the same field.
    case duplicateColumn(source: String, line: Int, column: Int, field: String, first: String, second: String)
    /// A JSON file that is neither a policy (`appetite`) nor a register set (`risks`).
    case unrecognisedJSON(source: String)
    /// More than one policy among the inputs.
    case severalPolicies(first: String, second: String)
    /// Inputs with no register among them.
    case noRegister(sources: [String])

    package var description: String {
        switch self {
        case .empty(let source):
            return
                "\(source):1:1: error: the file is empty; a register starts with a header row such as \"Risk ID,Title,Likelihood,Impact,Residual likelihood,Residual impact\"."
        case .unrecognised(let source, let headers):
            let shown = headers.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
            return
                "\(source):1:1: error: this is neither a risk register (it needs columns such as 'Risk', 'Likelihood', 'Impact') nor a mitigations file (it needs 'Mitigation ID', 'Risk IDs', 'Status'); its header has \(shown.isEmpty ? "no names" : shown). If it is a register, name its columns in the policy: \"columns\": {\"Specific Risk\": \"title\"}."
        case .missingColumn(let source, let line, let kind, let column, let nearest):
            if let nearest {
                return
                    "\(source):\(nearest.line):\(nearest.column): error: this \(kind) has no '\(column)' column; did you mean '\(nearest.header)' (column \(nearest.letters))? Rename the header to '\(column)'."
            }
            return
                "\(source):\(line):1: error: this \(kind) has no '\(column)' column; add it to the header row, or name the column that holds it in the policy: \"columns\": {\"...\": \"\(ColumnFieldKeys.key(forHeading: column))\"}."
        case .duplicateColumn(let source, let line, let column, let field, let first, let second):
            return
                "\(source):\(line):\(column): error: the columns '\(first)' and '\(second)' both give the \(field); remove or rename one."
        case .unrecognisedJSON(let source):
            return
                "\(source):1:1: error: this JSON file is neither a risk policy (it has no \"appetite\") nor a register set (it has no \"risks\")."
        case .severalPolicies(let first, let second):
            return "\(second):1:1: error: a second policy file; \(first) is already the policy. Keep one, or choose with --policy."
        case .noRegister(let sources):
            let named = sources.isEmpty ? "no files" : sources.joined(separator: ", ")
            return "error: no risk register among the inputs (\(named)); give a register CSV or a folder that holds one."
        }
    }

    package static func == (lhs: RegisterFileError, rhs: RegisterFileError) -> Bool {
        lhs.description == rhs.description
    }
}
