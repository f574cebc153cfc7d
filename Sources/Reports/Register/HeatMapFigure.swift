import RiskRegister

/// Heat maps as a person reads them in a terminal, a 5×5 grid with likelihood 5 at the top
/// and impact 1 on the left, each cell its count and its band's letter (so the band reads
/// without colour); and as a table of cells for spreadsheets and programs.
package enum HeatMapFigure {
    package static func block(_ maps: [HeatMap]) -> Report.Block {
        var table = Table(
            id: "heatMaps", title: "Heat maps",
            columns: [
                .named("Register"), .named("Stage"), .named("Likelihood"), .named("Impact"), .named("Score"), .named("RAG"),
                .named("Count"),
            ])
        var lines: [String] = []
        for map in maps {
            if !lines.isEmpty { lines.append("") }
            lines += grid(map)
            if let line = unplacedLine(map) { lines.append(line) }
            for l in stride(from: 5, through: 1, by: -1) {
                for i in 1...5 {
                    table.append([
                        .text(map.register ?? "trust-wide"), .text(map.stage.rawValue), .integer(l), .integer(i),
                        .integer(l * i), .text(map.band(likelihood: l, impact: i).rawValue), .integer(map.count(likelihood: l, impact: i)),
                    ])
                }
            }
        }
        return .figure(lines: lines, table: table)
    }

    /// The lines of one grid, headed by what it counts.
    static func grid(_ map: HeatMap) -> [String] {
        let scope = map.register.map { $0 == Risk.trustRegister ? "trust register" : $0 } ?? "trust-wide (all registers)"
        let bands = RAG.allCases.reversed().map { "\(map.total(in: $0)) \($0.rawValue)" }.joined(separator: ", ")
        var lines = [
            "\(map.stage.rawValue.capitalisedFirst), \(scope): \(plural(map.total, "open risk")) (\(bands))"
        ]
        // Every cell is six characters, " G  3 ", so the counts line up under the impact numbers.
        lines.append("                Impact")
        lines.append("  Likelihood  " + (1...5).map { "    \($0)" }.joined(separator: " "))
        for l in stride(from: 5, through: 1, by: -1) {
            var line = "           \(l)  "
            for i in 1...5 {
                let count = map.count(likelihood: l, impact: i)
                let shown = count == 0 ? "." : String(count)
                line +=
                    " " + map.band(likelihood: l, impact: i).letter + String(repeating: " ", count: max(1, 3 - shown.count)) + shown + " "
            }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines
    }

    /// The open risks a map could not place, in a line under it: rated by a combined score or a
    /// RAG word alone, unscored, or (inherent) not recorded. Nil when every risk is placed.
    static func unplacedLine(_ map: HeatMap) -> String? {
        guard !map.unplaced.isEmpty else { return nil }
        if map.stage == .inherent {
            return "  Not placed: \(plural(map.unplaced.count, "open risk")) with no inherent score recorded."
        }
        let bands = map.bands
        let shown = map.unplaced.prefix(8).map { risk in
            "\(risk.id) (\(risk.currentText.map { _ in unplacedRating(risk, bands) } ?? "unscored"))"
        }
        let more = map.unplaced.count > 8 ? ", and \(map.unplaced.count - 8) more" : ""
        return "  Not placed (no likelihood × impact): \(shown.joined(separator: ", "))\(more)."
    }

    /// `12, amber` for a combined score alone, `red` for a RAG word alone.
    private static func unplacedRating(_ risk: Risk, _ bands: RAGBands) -> String {
        let band = risk.currentBand(bands)?.rawValue ?? ""
        return risk.statedScore.map { "\($0), \(band)" } ?? band
    }

    /// Every unplaced risk of the maps, for CSV and JSON; nil when every risk is placed.
    package static func unplacedTable(_ maps: [HeatMap], bands: RAGBands) -> Table? {
        var table = Table(
            id: "unplaced", title: "Risks not placed on the heat maps",
            columns: [.named("Register"), .named("Stage"), .named("Risk"), .named("Title"), .named("Rating"), .named("RAG")])
        for map in maps {
            for risk in map.unplaced {
                table.append([
                    .text(map.register ?? "trust-wide"), .text(map.stage.rawValue), .text(risk.id), .text(risk.title),
                    .text(map.stage == .inherent ? "not recorded" : risk.currentText ?? "unscored"),
                    .text(map.stage == .inherent ? nil : risk.currentBand(bands)?.rawValue),
                ])
            }
        }
        return table.rows.isEmpty ? nil : table
    }
}
