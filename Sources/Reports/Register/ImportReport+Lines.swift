import CSV
import RiskRegister

extension ImportReport {
    /// The lines that say how one file was read.
    static func lines(_ reading: FileReading, problems: [Finding]) -> [String] {
        var lines = [headline(reading)]
        if let header = reading.header {
            let skipped =
                reading.skipped.isEmpty
                ? "" : "; \(placeList(reading.skipped)) above it skipped (a title, approval or legend block)"
            lines.append("  Header: \(header)\(skipped).")
        }
        if !reading.columns.isEmpty {
            lines.append("  Columns:")
            let width = min(40, reading.columns.map { $0.header.count }.max() ?? 0)
            for column in reading.columns {
                let header = column.header.count > width ? String(column.header.prefix(width - 1)) + "…" : column.header
                let padded = header + String(repeating: " ", count: max(0, width - header.count))
                let letters = column.letters + String(repeating: " ", count: max(0, 3 - column.letters.count))
                let meaning = column.readAs.map { "→ \($0)" + (column.note.map { "; \($0)" } ?? "") } ?? "ignored: \(column.note ?? "")"
                lines.append("    \(letters)\(padded)  \(meaning)")
            }
        }
        if let scores = reading.scores { lines.append("  Scores: \(scores).") }
        if let scale = reading.scale { lines.append("  Scales: \(scale).") }
        lines += layoutLines(reading)
        if let policy = reading.policy { lines.append("  Policy: \(policy).") }
        lines.append("  Read: " + counts(reading) + ".")
        lines += reading.notes.map { "  " + $0.description }
        lines += problems.map { "  " + $0.description }
        return lines
    }

    /// `oak.csv: a risk register for 'oak-primary', comma-separated, Windows-1252.`, or
    /// `oak.xlsx, sheet 'Risks': a risk register for 'oak-primary'.`
    private static func headline(_ reading: FileReading) -> String {
        var what = "a \(reading.kind.rawValue)"
        if let register = reading.register { what += " for '\(register)'" }
        var form: [String] = []
        if let delimiter = reading.delimiter {
            form.append("\(delimiter.name)-separated")
            form.append(reading.windows1252 ? "Windows-1252" : "UTF-8")
        }
        return "\(place(of: reading)): \(what)" + (form.isEmpty ? "" : ", \(form.joined(separator: ", "))") + "."
    }

    /// `oak.csv`, `oak.xlsx, sheet 'Risks'`, `oak.docx, tables 1–3`.
    static func place(of reading: FileReading) -> String {
        guard let sheet = reading.sheet else { return reading.source }
        return sheet.hasPrefix("table") ? "\(reading.source), \(sheet)" : "\(reading.source), sheet '\(sheet)'"
    }

    /// Sections, repeated headers, merged cells, values on rows of their own, generated ids.
    private static func layoutLines(_ reading: FileReading) -> [String] {
        var lines: [String] = []
        if !reading.sections.isEmpty {
            let repeats = reading.repeatedHeaders.count
            let repeated =
                repeats == 0 ? "" : ", the header row repeated \(repeats == 1 ? "once" : "\(repeats) times") below the first (skipped)"
            lines.append("  Sections: \(reading.sections.count)\(repeated):")
            for section in reading.sections {
                lines.append("    \(section.row) \"\(section.heading)\": \(plural(section.risks, "risk"))")
            }
        }
        if !reading.filledDown.isEmpty {
            let filled = reading.filledDown.map { "\($0.column) \($0.count)" }.joined(separator: ", ")
            lines.append("  Merged cells: blank grouping cells filled from the cell above: \(filled).")
        }
        if !reading.valueRows.isEmpty {
            lines.append(
                "  Values on rows of their own (\"Risk rating: 12\"), each given to the risk above: \(placeList(reading.valueRows)).")
        }
        if let ids = reading.generatedIDs {
            let range = ids.first == ids.last ? ids.first : "\(ids.first) to \(ids.last)"
            lines.append("  IDs: no ID column; generated from each risk's section and row, \(range).")
        }
        return lines
    }

    /// `12 risks (9 scored by likelihood × impact, 2 on a band only, 1 unscored), 14 controls, 3 actions`.
    private static func counts(_ reading: FileReading) -> String {
        switch reading.kind {
        case .risks:
            var shapes: [String] = []
            if reading.pairScored > 0 { shapes.append("\(reading.pairScored) scored by likelihood × impact") }
            if reading.bandOnly > 0 { shapes.append("\(reading.bandOnly) on a band only") }
            if reading.unscored > 0 { shapes.append("\(reading.unscored) unscored") }
            let shape = shapes.isEmpty ? "" : " (\(shapes.joined(separator: ", ")))"
            return
                "\(plural(reading.risks, "risk"))\(shape), \(plural(reading.controls, "control")) (in place), \(plural(reading.actions, "action")) (planned)"
        case .mitigations: return plural(reading.mitigations, "mitigation")
        case .registerSet: return "\(plural(reading.risks, "risk")), \(plural(reading.mitigations, "mitigation"))"
        case .policy: return "the policy"
        }
    }

    /// `line 1`, `lines 1–4`, `lines 3, 9, 17` in a CSV file; `rows 1–4` in a sheet; `table 1,
    /// rows 1–2; table 2, row 1` in a document.
    static func placeList(_ places: [RowPlace]) -> String {
        var groups: [(sheet: SheetPlace?, lines: [Int])] = []
        for place in places {
            if let last = groups.last, last.sheet == place.sheet {
                groups[groups.count - 1].lines.append(place.line)
            } else {
                groups.append((place.sheet, [place.line]))
            }
        }
        return groups.map { group in
            var prefix = ""
            if let sheet = group.sheet, case .documentTable = sheet.kind { prefix = sheet.name + ", " }
            return prefix + lineList(group.lines, noun: group.sheet == nil ? "line" : "row")
        }.joined(separator: "; ")
    }

    /// `line 1`, `lines 1–4`, `lines 3, 9, 17` (or rows).
    static func lineList(_ lines: [Int], noun: String = "line") -> String {
        guard let first = lines.first, let last = lines.last else { return "" }
        if lines.count == 1 { return "\(noun) \(first)" }
        if last - first == lines.count - 1 { return "\(noun)s \(first)–\(last)" }
        return "\(noun)s " + lines.map(String.init).joined(separator: ", ")
    }
}
