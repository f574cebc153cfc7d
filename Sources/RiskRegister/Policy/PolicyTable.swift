import CSV
import JSONDocument

/// The risk policy written as a table, one setting a row, as the Policy sheet of the workbook
/// `register export --format xlsx` writes: each setting named by its place in the policy file
/// (`appetite.safeguarding`, `rag.redMinimum`, `scales.willowbank-primary.likelihood`), its value
/// beside it (a scale's words joined by "; "), and a sentence saying what it sets.
///
/// Read back, the rows become the policy file they stand for and are checked by the same rules,
/// so a value a JSON policy could not hold is refused here too, at its cell.
enum PolicyTable {
    static let headings = ["Setting", "Value", "What it sets"]

    /// The groups whose settings are keyed by a name that may hold a dot (a column's header).
    private static let keyedByName: Set<String> = ["columns"]

    /// True when the table's first filled row is headed Setting, Value.
    static func recognises(_ table: CSVTable) -> Bool {
        guard let header = table.rows.first(where: { !$0.isBlank }) else { return false }
        let names = header.cells.map { HeaderName.normalised($0.text) }
        return names.count >= 2 && names[0] == "setting" && names[1] == "value"
    }

    /// The policy the table's rows set; a setting that cannot be read is an error at its cell.
    static func read(_ table: CSVTable, source: String) throws -> RiskPolicy {
        guard let headerIndex = table.rows.firstIndex(where: { !$0.isBlank }) else { throw RegisterFileError.empty(source: source) }
        let header = table.rows[headerIndex]
        var root = SettingTree()
        for row in table.rows[(headerIndex + 1)...] where !row.isBlank {
            guard let key = row[field: 0], !key.trimmed.isEmpty else { continue }
            // A column's header is kept as written, spaces and all; other settings are trimmed.
            let path = Self.path(key.trimmed.hasPrefix("columns.") ? String(key.text.drop { $0.isWhitespace }) : key.trimmed)
            let value = row[field: 1] ?? CSVCell(text: "", line: row.line, column: key.column + 1, field: 2, sheet: row.sheet)
            let at = SourcePosition(line: key.line, column: key.column)
            guard root.insert(path, node: node(value, isWords: path.first == "scales"), keyPosition: at) else {
                throw RegisterFileError.policySetting(
                    at: SourceLocation(file: source, cell: key), message: "the setting '\(key.trimmed)' is written twice; keep one row.")
            }
        }
        let document = root.node(at: SourcePosition(line: header.line, column: 1))
        do {
            return try RiskPolicy(json: JSONCursor(node: document, source: source))
        } catch let error as JSONError {
            throw settingError(error, source: source, sheet: header.sheet)
        }
    }

    /// The rows of the table for `policy`, headings first.
    static func rows(_ policy: RiskPolicy) -> [[CSVField]] {
        var rows: [[CSVField]] = [headings.map { .text($0) }]
        flatten(policy.json, path: [], into: &rows)
        return rows
    }

    // MARK: - Writing

    private static func flatten(_ value: JSONValue, path: [String], into rows: inout [[CSVField]]) {
        let key = path.joined(separator: ".")
        switch value {
        case .object(let members):
            for member in members { flatten(member.value, path: path + [member.key], into: &rows) }
        case .array(let items):
            let words = items.compactMap { item -> String? in if case .string(let word) = item { return word } else { return nil } }
            // Words joined by "; " as a person writes them; words that could not be told apart
            // again that way (holding a ";", or spaces at an end) as the policy file's list.
            let plain = words.allSatisfy { !$0.contains(";") && $0 == CSVCell.trimmed($0) && !$0.isEmpty }
            rows.append([.text(key), .text(plain ? words.joined(separator: "; ") : JSONWriter.write(value)), .text(meaning(path))])
        case .number(let number):
            rows.append([.text(key), .number(number), .text(meaning(path))])
        case .string(let text):
            rows.append([.text(key), .text(text), .text(meaning(path))])
        case .bool(let flag):
            rows.append([.text(key), .text(flag ? "true" : "false"), .text(meaning(path))])
        case .null:
            break
        }
    }

    /// What a setting sets, in the risk group's words.
    private static func meaning(_ path: [String]) -> String {
        let name = path.dropFirst().joined(separator: ".")
        switch path.first ?? "" {
        case "appetite": return "How much risk the board accepts in \(name) risks (averse, minimal, cautious, open, eager)."
        case "defaultAppetite": return "The appetite for a category not listed."
        case "highestAcceptableScore": return "The highest residual score within '\(name)' appetite."
        case "escalationThreshold":
            return "An academy risk scoring this or more, with no trust risk, is a candidate for the trust register."
        case "rag": return name == "greenMaximum" ? "The highest score that is green." : "The lowest score that is red."
        case "reviewIntervalDays": return "Days between reviews of a \(name) risk."
        case "emergingThemeAcademies": return "Open in this many academies with no trust risk, a category is a trust-wide theme."
        case "columns": return "A header of the trust's own, and the field its column holds."
        case "scales": return "The scale the register '\(path.dropFirst().first ?? "")' scores on (points, or its words lowest first)."
        default: return ""
        }
    }

    // MARK: - Reading

    /// `appetite.health-and-safety` → ["appetite", "health-and-safety"]; a column's header keeps its dots.
    private static func path(_ key: String) -> [String] {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, parts.count > 1 else { return parts }
        if keyedByName.contains(first) { return [first, parts.dropFirst().joined(separator: ".")] }
        return parts
    }

    /// A cell's value as the policy file would hold it: a number, words ("Low; Medium; High", or
    /// a list as the policy file writes one), or text.
    private static func node(_ cell: CSVCell, isWords: Bool) -> JSONNode {
        let position = SourcePosition(line: cell.line, column: cell.column)
        let text = cell.trimmed
        if let number = Double(text), number.isFinite { return JSONNode(.number(number), at: position) }
        if isWords, text.hasPrefix("["), let list = try? JSONParser.parse(bytes: Array(text.utf8), source: "") {
            return JSONNode(value: list.value, at: position)
        }
        if isWords, text.contains(";") {
            let words = text.split(separator: ";").map { CSVCell.trimmed(String($0)) }
            return JSONNode(.array(words.map { JSONNode(.string($0), at: position) }), at: position)
        }
        return JSONNode(.string(text), at: position)
    }

    /// A policy error's sentence, placed at the cell it is about.
    private static func settingError(_ error: JSONError, source: String, sheet: SheetPlace?) -> RegisterFileError {
        let position: SourcePosition?
        switch error {
        case .syntax(_, let at, _): position = at
        case .invalidValue(let location, _, _), .missingField(let location, _), .unknownField(let location, _, _),
            .duplicateField(let location, _), .rule(let location, _):
            position = location.position
        }
        let text = error.description
        let message = text.range(of: ": error: ").map { String(text[$0.upperBound...]) } ?? text
        let place = position.map { SourceLocation(file: source, line: $0.line, column: $0.column, sheet: sheet) } ?? .wholeFile(source)
        return .policySetting(at: place, message: message)
    }
}

/// The settings read so far, as the nested objects of a policy file, in the order written, each
/// key placed at its Setting cell and each value at its Value cell.
private struct SettingTree {
    var members: [(key: String, child: SettingTree?, node: JSONNode?, keyPosition: SourcePosition)] = []

    /// Adds a value at `path`; false when that setting (or a group it belongs to) is already set.
    mutating func insert(_ path: [String], node: JSONNode, keyPosition: SourcePosition) -> Bool {
        guard let key = path.first else { return false }
        let index = members.firstIndex { $0.key == key }
        if path.count == 1 {
            guard index == nil else { return false }
            members.append((key, nil, node, keyPosition))
            return true
        }
        if let index {
            guard var child = members[index].child else { return false }
            let added = child.insert(Array(path.dropFirst()), node: node, keyPosition: keyPosition)
            members[index].child = child
            return added
        }
        var child = SettingTree()
        _ = child.insert(Array(path.dropFirst()), node: node, keyPosition: keyPosition)
        members.append((key, child, nil, keyPosition))
        return true
    }

    /// The object these settings make, each group placed at its first setting.
    func node(at position: SourcePosition) -> JSONNode {
        let built = members.map { member -> JSONNode.Member in
            let value = member.node ?? member.child.map { $0.node(at: member.keyPosition) } ?? JSONNode(.null, at: position)
            return JSONNode.Member(key: member.key, keyPosition: member.keyPosition, value: value)
        }
        return JSONNode(.object(built), at: position)
    }
}
