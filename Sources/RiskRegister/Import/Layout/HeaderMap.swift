import CSV
import JSONDocument

/// Which column of a file holds which field, read from its header row.
package struct HeaderMap<Field: ColumnField> {
    /// Field → the position of its cell in each row (0-based).
    package private(set) var positions: [Field: Int] = [:]
    /// Headers that name no field; kept for "did you mean" when a column is missing, and listed
    /// as ignored by `register import`. A header the policy maps (to any field, or to `ignore`) is never here.
    package private(set) var unmatched: [CSVCell] = []
    /// Headers the policy's `columns` map sets aside, or gives to the other kind of file.
    private(set) var ignored: [CSVCell] = []
    /// Two columns that both name one field.
    package private(set) var clashes: [(field: Field, first: CSVCell, second: CSVCell)] = []
    /// The scale a header's own note gives: "Likelihood (1-3)" is 3 points, "(5 = High, 1 = Low)" 5.
    private(set) var pointsHints: [Field: Int] = [:]

    package init(header: CSVTable.Row, policy: RiskPolicy? = nil) {
        for (position, cell) in header.cells.enumerated() {
            let named = Self.reading(cell.text, policy: policy)
            guard case .field(let field) = named else {
                if case .ignored = named {
                    ignored.append(cell)
                } else if !cell.trimmed.isEmpty {
                    unmatched.append(cell)
                }
                continue
            }
            if let earlier = positions[field] {
                clashes.append((field, header.cells[earlier], cell))
            } else {
                positions[field] = position
                if let points = HeaderNote.points(in: cell.text) { pointsHints[field] = points }
            }
        }
    }

    /// How many of `fields` the header has.
    func count(of fields: [Field]) -> Int { fields.filter { positions[$0] != nil }.count }

    /// How many different fields the header names: how much the row looks like a header.
    package var fieldCount: Int { positions.count }

    /// The required fields the header lacks.
    package var missing: [Field] { Field.allCases.filter { $0.isRequired && positions[$0] == nil } }

    /// The unmatched header most like one of the field's names, for a "did you mean". Only
    /// headers that name no field are offered: a column read as something else never is.
    package func nearestHeader(for field: Field) -> CSVCell? {
        let names = unmatched.map(\.trimmed)
        for alias in [HeaderName.normalised(field.heading)] + field.aliases where alias.count > 2 {
            if let match = Spelling.suggestion(for: alias, among: names) {
                return unmatched.first { $0.trimmed == match }
            }
        }
        return nil
    }

    /// The field a heading names, as a header cell would be read ("Risk rating" is the rating).
    static func field(named text: String, policy: RiskPolicy?) -> Field? {
        guard case .field(let field) = reading(text, policy: policy) else { return nil }
        return field
    }

    private enum Named {
        case field(Field)
        case ignored
        case unknown
    }

    /// The field a header names: matrisk's own headings first (so its exports always read back
    /// alike), then the policy's `columns` map, then the names trusts use, with a bracketed
    /// note such as "(5 = High, 1 = Low)" set aside.
    private static func reading(_ text: String, policy: RiskPolicy?) -> Named {
        let name = HeaderName.normalised(text)
        let lookup = Field.names.all
        if let own = Field.names.own[name] { return .field(own) }
        if let key = policy?.columnField(forHeader: text) {
            return Field.allCases.first { $0.key == key }.map(Named.field) ?? .ignored
        }
        if let field = lookup[name] { return .field(field) }
        let bare = HeaderName.normalised(HeaderNote.removingNotes(text))
        if let field = lookup[bare] { return .field(field) }
        // "Likelihood 1-5" and "Impact (1–3)" name the likelihood and impact.
        for suffix in ["15", "14", "13"] where bare.hasSuffix(suffix) {
            if let field = lookup[String(bare.dropLast(2))] { return .field(field) }
        }
        return .unknown
    }
}

/// The notes people put in a header cell: "Likelihood of occurring (5 = High, 1 = Low)",
/// "PRIORITY RAG (Red Amber Green)", "Response (transfer, tolerate, treat or terminate".
enum HeaderNote {
    /// The header without its bracketed notes (an unclosed bracket runs to the end).
    static func removingNotes(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                out.append(c)
            }
        }
        return out
    }

    /// The points of the scale a header names: the highest number in it when the numbers run
    /// from 1 to 3, 4 or 5 ("(1-5)", "(5 = High, 1 = Low)", "1–3").
    static func points(in text: String) -> Int? {
        var numbers: [Int] = []
        var digits = ""
        for c in text + " " {
            if c.isASCII && c.isNumber {
                digits.append(c)
            } else if !digits.isEmpty {
                numbers.append(Int(digits) ?? 0)
                digits = ""
            }
        }
        guard numbers.count >= 2, numbers.min() == 1, let high = numbers.max(), ScoreScale.supportedPoints.contains(high) else {
            return nil
        }
        return high
    }
}
