import JSONDocument

/// Renders a report for other programs: `{"title", "summary", "lines", "tables": {id: {...}}}`,
/// each table's rows as objects keyed by column key. An estimate gives `key` and
/// `keyStandardError`; percentages are fractions.
enum JSONRenderer {
    static func render(_ report: Report) -> String {
        JSONWriter.write(value(of: report))
    }

    static func value(of report: Report) -> JSONValue {
        var members: [JSONValue.Member] = [JSONValue.Member("title", .string(report.title))]
        let paragraphs = report.blocks.compactMap { if case .paragraph(let p) = $0 { return JSONValue.string(p) } else { return nil } }
        if !paragraphs.isEmpty { members.append(JSONValue.Member("summary", .array(paragraphs))) }
        let lines = report.blocks.flatMap { if case .lines(let l) = $0 { return l } else { return [] } }
        if !lines.isEmpty { members.append(JSONValue.Member("lines", .array(lines.map(JSONValue.string)))) }
        let tables = report.tables
        if !tables.isEmpty {
            members.append(JSONValue.Member("tables", .object(tables.map { JSONValue.Member($0.id, value(of: $0)) })))
        }
        return .object(members)
    }

    static func value(of table: Table) -> JSONValue {
        let rows: [JSONValue] = table.rows.map { row in
            var members: [JSONValue.Member] = []
            for (column, cell) in zip(table.columns, row.map(\.estimateForm)) {
                switch cell {
                case .estimate(let x, let se, _):
                    members.append(JSONValue.Member(column.key, .number(x)))
                    members.append(JSONValue.Member(column.key + "StandardError", .number(se)))
                default:
                    members.append(JSONValue.Member(column.key, value(of: cell)))
                }
            }
            return .object(members)
        }
        var members = [JSONValue.Member("title", .string(table.title)), JSONValue.Member("rows", .array(rows))]
        if !table.notes.isEmpty { members.append(JSONValue.Member("notes", .array(table.notes.map(JSONValue.string)))) }
        return .object(members)
    }

    static func value(of cell: Cell) -> JSONValue {
        switch cell {
        case .text(let s): return .string(s)
        case .integer(let n): return .integer(n)
        case .number(let x, _), .money(let x), .percent(let x, _), .estimate(let x, _, _): return .number(x)
        case .chance(let p): return .number(p.estimate)
        case .empty: return .null
        }
    }
}
