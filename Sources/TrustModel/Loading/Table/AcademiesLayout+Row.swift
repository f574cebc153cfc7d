import CSV
import JSONDocument
import MonteCarlo
import RiskRegister

extension AcademiesLayout {
    /// The scenario object for one row: each filled cell as its field's value, a split
    /// distribution as a triangular one, and an id made from the name when there is no ID column.
    func object(for row: CSVTable.Row) throws -> JSONNode {
        var members: [JSONNode.Member] = []
        func add(_ key: String, _ value: JSONNode) { members.append(JSONNode.Member(key: key, keyPosition: nil, value: value)) }
        for column in AcademyColumn.allCases {
            if let position = positions[column], let cell = cell(row, at: position) {
                add(column.key, try value(of: cell, for: column))
            } else if let three = splits[column] {
                let cells = three.compactMap { cell(row, at: $0) }
                guard !cells.isEmpty else { continue }
                guard cells.count == 3 else {
                    throw AcademiesTableError.value(
                        SourceLocation(file: source, row: row),
                        message: "\(column.heading) is split into low, likely and high, but this row fills only \(cells.count) of them.")
                }
                let numbers = try cells.map { cell in
                    guard let number = Self.number(cell.trimmed, for: column) else { throw notANumber(cell, column) }
                    return JSONNode(.number(number), at: nil)
                }
                add(
                    column.key,
                    JSONNode(
                        .object([JSONNode.Member(key: "triangular", keyPosition: nil, value: JSONNode(.array(numbers), at: nil))]), at: nil)
                )
            }
        }
        if positions[.id] == nil, let name = positions[.name].flatMap({ cell(row, at: $0) }) {
            add(AcademyColumn.id.key, JSONNode(.string(Self.id(fromName: name.trimmed)), at: nil))
        }
        return JSONNode(.object(members), at: nil)
    }

    /// Checks the row by the rules a written academy meets, placing any complaint at its cell.
    func check(_ node: JSONNode, row: CSVTable.Row) throws {
        do {
            _ = try AcademySpec(decoding: JSONCursor(node: node, source: source))
        } catch let error as JSONError {
            throw relocated(error, row: row)
        }
    }

    /// A cell's value as its field is written in a scenario file.
    func value(of cell: CSVCell, for column: AcademyColumn) throws -> JSONNode {
        let text = cell.trimmed
        switch column {
        case .phase, .type:
            return JSONNode(.string(text.lowercased().replacingOccurrences(of: " ", with: "-")), at: nil)
        case .id, .name, .register:
            return JSONNode(.string(text), at: nil)
        default:
            if let number = Self.number(text, for: column) { return JSONNode(.number(number), at: nil) }
            if let distribution = DistributionText.node(text) { return distribution }
            throw notANumber(cell, column)
        }
    }

    /// A number as a budget sheet writes it: `£1,250,000`, `1.2m`, `(12,000)` for a negative
    /// amount, `-1.5%` for a roll change.
    static func number(_ text: String, for column: AcademyColumn) -> Double? {
        if column == .rollChangePercent { return CellValue.percent(text) }
        if text.hasPrefix("("), text.hasSuffix(")"), let inner = CellValue.money(String(text.dropFirst().dropLast())) { return -inner }
        return CellValue.money(text)
    }

    /// "Oak Primary" → "oak-primary": letters and digits kept, the rest a single dash.
    static func id(fromName name: String) -> String {
        var id = ""
        for c in name.lowercased() {
            if c.isLetter || c.isNumber {
                id.append(c)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id
    }

    func cell(_ row: CSVTable.Row, at position: Int) -> CSVCell? {
        guard position < row.cells.count, !row.cells[position].trimmed.isEmpty else { return nil }
        return row.cells[position]
    }

    private func notANumber(_ cell: CSVCell, _ column: AcademyColumn) -> AcademiesTableError {
        let example =
            column == .rollChangePercent ? "-1.5% or triangular(-3, -1, 1)" : column.isMoney ? "£1,250,000, 1.2m or (12,000)" : "1,184"
        return .value(
            SourceLocation(file: source, cell: cell),
            message:
                "\(column.heading): expected a number such as \(example), found \"\(cell.trimmed)\"; the distribution forms are \(DistributionText.forms)."
        )
    }

    /// A complaint about the row's object, placed at the cell of the field it names.
    private func relocated(_ error: JSONError, row: CSVTable.Row) -> AcademiesTableError {
        let (location, message): (JSONLocation?, String)
        switch error {
        case .invalidValue(let at, let expected, let found): (location, message) = (at, "expected \(expected), found \(found).")
        case .rule(let at, let text): (location, message) = (at, text)
        case .missingField(_, let field):
            let column = AcademyColumn(rawValue: field)
            return .value(
                SourceLocation(file: source, row: row), message: "this academy has no \(column?.heading ?? field); fill in its cell.")
        default:
            return .value(SourceLocation(file: source, row: row), message: error.description)
        }
        let key = location?.path.components.first.flatMap { component -> String? in
            if case .field(let name) = component { return name }
            return nil
        }
        let column = key.flatMap(AcademyColumn.init(rawValue:))
        let position = column.flatMap { positions[$0] ?? splits[$0]?.first }
        let place =
            position.flatMap { cell(row, at: $0) }.map { SourceLocation(file: source, cell: $0) } ?? SourceLocation(file: source, row: row)
        return .value(place, message: column.map { "\($0.heading): " + message } ?? message)
    }
}
