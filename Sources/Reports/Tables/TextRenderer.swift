/// Renders a report for a person at a terminal: headings underlined, tables in aligned
/// columns (numbers to the right), sentences as written.
enum TextRenderer {
    static func render(_ report: Report) -> String {
        var out = ""
        if !report.title.isEmpty {
            out += report.title + "\n" + String(repeating: "=", count: report.title.count) + "\n\n"
        }
        for block in report.blocks {
            switch block {
            case .heading(let text):
                out += text + "\n" + String(repeating: "-", count: text.count) + "\n\n"
            case .paragraph(let text):
                out += text + "\n\n"
            case .lines(let lines), .figure(let lines, _):
                out += lines.map { $0 + "\n" }.joined() + (lines.isEmpty ? "" : "\n")
            case .table(let table):
                out += render(table) + "\n"
            case .detail:
                continue
            }
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    static func render(_ table: Table) -> String {
        var out = table.title.isEmpty ? "" : table.title + "\n"
        if table.rows.isEmpty {
            out += "  (none)\n"
        } else {
            let texts = table.rows.map { row in
                row.map { cell in text(cell) + (table.marksImprecision && Imprecision.flag(cell) != nil ? Imprecision.mark : "") }
            }
            var widths = table.columns.map(\.heading.count)
            for row in texts {
                for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
            }
            let numeric = numericColumns(table)
            func line(_ cells: [String]) -> String {
                let padded = cells.enumerated().map { i, cell in
                    numeric[i] ? pad(cell, to: widths[i], right: true) : pad(cell, to: widths[i], right: false)
                }
                var text = "  " + padded.joined(separator: "  ")
                while text.hasSuffix(" ") { text.removeLast() }
                return text + "\n"
            }
            out += line(table.columns.map(\.heading))
            out += line(widths.map { String(repeating: "-", count: $0) })
            for row in texts { out += line(row) }
        }
        for note in table.notes { out += note + "\n" }
        if table.marksImprecision, table.rows.joined().contains(where: { Imprecision.flag($0) != nil }) {
            out += Imprecision.tableNote + "\n"
        }
        return out
    }

    /// Which columns hold numbers (some numeric cells and nothing else but empty ones): these
    /// are right-aligned, in text and in the pack alike.
    static func numericColumns(_ table: Table) -> [Bool] {
        table.columns.indices.map { i in
            table.rows.contains { $0[i].isNumeric } && table.rows.allSatisfy { $0[i].isNumeric || $0[i] == .empty }
        }
    }

    /// The cell as a person reads it.
    static func text(_ cell: Cell) -> String {
        switch cell {
        case .text(let s): return s
        case .integer(let n): return NumberText.grouped(n)
        case .number(let x, let decimals): return NumberText.fixed(x, decimals: decimals)
        case .money(let x): return NumberText.money(x)
        case .percent(let x, let decimals): return NumberText.percent(x, decimals: decimals)
        case .estimate(let x, let se, let unit):
            switch unit {
            case .percent: return NumberText.percent(x) + " " + NumberText.plusMinusPercent(se)
            case .money: return NumberText.money(x) + " ±" + NumberText.money(se).replacingFirstMinus()
            case .number(let decimals):
                return NumberText.fixed(x, decimals: decimals) + " ±" + NumberText.fixed(se, decimals: decimals)
            }
        case .chance(let p): return ChanceText.withError(p)
        case .empty: return ""
        }
    }

    private static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}

extension String {
    fileprivate func replacingFirstMinus() -> String {
        hasPrefix("-") ? String(dropFirst()) : self
    }
}
