import CSV
import JSONDocument

/// Which column of a file holds which field, read from its header row.
struct HeaderMap<Field: ColumnField> {
    /// Field → the position of its cell in each row (0-based).
    private(set) var positions: [Field: Int] = [:]
    /// Headers that name no field; kept for "did you mean" when a required column is missing.
    private(set) var unmatched: [CSVCell] = []
    /// Two columns that both name one field.
    private(set) var clashes: [(field: Field, first: CSVCell, second: CSVCell)] = []

    init(header: CSVTable.Row) {
        let lookup = Self.lookup
        for (position, cell) in header.cells.enumerated() {
            guard let field = Self.field(named: cell.text, in: lookup) else {
                if !cell.trimmed.isEmpty { unmatched.append(cell) }
                continue
            }
            if let earlier = positions[field] {
                clashes.append((field, header.cells[earlier], cell))
            } else {
                positions[field] = position
            }
        }
    }

    /// How many of `fields` the header has.
    func count(of fields: [Field]) -> Int { fields.filter { positions[$0] != nil }.count }

    /// The required fields the header lacks.
    var missing: [Field] { Field.allCases.filter { $0.isRequired && positions[$0] == nil } }

    /// The unmatched header most like one of the field's names, for a "did you mean".
    func nearestHeader(for field: Field) -> CSVCell? {
        let names = unmatched.map(\.trimmed)
        for alias in [HeaderName.normalised(field.heading)] + field.aliases where alias.count > 2 {
            if let match = Spelling.suggestion(for: alias, among: names) {
                return unmatched.first { $0.trimmed == match }
            }
        }
        return nil
    }

    private static var lookup: [String: Field] {
        var table: [String: Field] = [:]
        for field in Field.allCases {
            for alias in [HeaderName.normalised(field.heading)] + field.aliases where table[alias] == nil {
                table[alias] = field
            }
        }
        return table
    }

    private static func field(named text: String, in lookup: [String: Field]) -> Field? {
        let name = HeaderName.normalised(text)
        if let field = lookup[name] { return field }
        // "Likelihood (1-5)" and "Likelihood 1–5" name the likelihood.
        if name.hasSuffix("15"), let field = lookup[String(name.dropLast(2))] { return field }
        return nil
    }
}
