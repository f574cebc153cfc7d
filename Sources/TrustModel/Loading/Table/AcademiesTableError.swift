import RiskRegister

/// Why an academies table cannot be read, at the cell, row or header at fault: `budgets.csv:4:7`,
/// `budgets.xlsx: Academies!G4`.
package enum AcademiesTableError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No table of the file has a header naming an academy's columns.
    case noHeader(source: String, tables: [String])
    /// A column an academy needs is not in the header.
    case missingColumn(header: SourceLocation, column: String, nearest: String?)
    /// Two headings name one field, or a split distribution lacks one of its three columns.
    case header(SourceLocation, message: String)
    /// A cell (or a row) whose value cannot be an academy's.
    case value(SourceLocation, message: String)

    package var description: String {
        switch self {
        case .noHeader(let source, let tables):
            let named = tables.count > 1 ? " (its tables are " + tables.map { "'\($0)'" }.joined(separator: ", ") + ")" : ""
            return
                "\(source): error: no header row naming an academy's columns was found\(named); an academies table has one academy a row under headings such as "
                + "'Academy', 'Phase', 'Type', 'Pupils', 'GAG per pupil', 'Staff costs', 'Non-staff costs', 'Reserves'."
        case .missingColumn(let header, let column, let nearest):
            let hint = nearest.map { "; did you mean '\($0)'? Rename it to '\(column)'" } ?? "; add it to the header row"
            return "\(header): error: this academies table has no '\(column)' column\(hint)."
        case .header(let place, let message), .value(let place, let message):
            return "\(place): error: \(message)"
        }
    }
}
