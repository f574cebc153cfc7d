import RiskRegister

/// Where the risks sit: 5×5 heat maps of the open risks after controls (residual) and before
/// them (inherent), trust-wide and for each register, from the roll-up's own heat maps.
enum RiskRegistersSection {
    static func make(_ analysis: RegisterAnalysis) -> PackSection {
        let residual = analysis.trustWide(.residual)
        let inherent = analysis.trustWide(.inherent)
        var section = PackSection(
            place: .riskRegisters, id: "risk-registers", heading: "Where the risks sit",
            intro: [
                "Each grid counts the open risks by likelihood (up the side, 5 almost certain) and impact (along the bottom, 5 severe). "
                    + "Residual scores are after the controls in place; inherent scores are before any control. Each cell carries its band's "
                    + "letter (G green, A amber, R red) as well as its colour."
            ])
        section.add(
            .figureRow([
                PackFigure(
                    id: "heat-trust-residual", chart: grid(residual, title: "Residual: after controls"),
                    caption: "Trust-wide: \(totals(residual)).", table: .none),
                PackFigure(
                    id: "heat-trust-inherent", chart: grid(inherent, title: "Inherent: before controls"),
                    caption: "Trust-wide: \(totals(inherent)).", table: .none),
            ]))
        for stage in [HeatMap.Stage.residual, .inherent] {
            let maps = analysis.rollUp.heatMaps.filter { $0.register != nil && $0.stage == stage }
            guard !maps.isEmpty else { continue }
            section.add(.subheading(stage == .residual ? "Residual scores by register" : "Inherent scores by register"))
            section.add(
                .figureRow(
                    maps.map { map in
                        let register = map.register ?? ""
                        return PackFigure(
                            id: "heat-\(stage.rawValue)-\(slug(register))",
                            chart: grid(map, title: analysis.scope.title(of: register), compact: true),
                            caption: totals(map) + ".", table: .none, isSmall: true)
                    }))
        }
        if !analysis.scope.joining.isEmpty {
            section.add(.table(PackTable(joiningRegisters(analysis))))
        }
        return section
    }

    /// A heat map as a chart: likelihood 5 at the top, impact 1 on the left, as the command line prints it.
    static func grid(_ map: HeatMap, title: String, compact: Bool = false) -> HeatGrid {
        let likelihoods = Array((1...5).reversed())
        let cells = likelihoods.map { l in
            (1...5).map { i in
                let band = map.band(likelihood: l, impact: i)
                return HeatGrid.Cell(
                    count: map.count(likelihood: l, impact: i), tone: tone(band), letter: band.letter, toneName: band.rawValue)
            }
        }
        return HeatGrid(
            title: title, rowTitle: "Likelihood", columnTitle: "Impact", rowLabels: likelihoods.map(String.init),
            columnLabels: (1...5).map(String.init), cells: cells, summary: totals(map), isCompact: compact)
    }

    /// "55 open risks: 4 red, 38 amber, 13 green".
    static func totals(_ map: HeatMap) -> String {
        "\(plural(map.total, "open risk")): \(map.total(in: .red)) red, \(map.total(in: .amber)) amber, \(map.total(in: .green)) green"
    }

    static func tone(_ band: RAG) -> HeatGrid.Tone {
        switch band {
        case .green: return .low
        case .amber: return .medium
        case .red: return .high
        }
    }

    /// The registers of schools that may join, counted apart from the trust's.
    static func joiningRegisters(_ analysis: RegisterAnalysis) -> Table {
        let bands = analysis.policy.bands
        var table = Table(
            id: "joining-registers", title: "Registers of schools that may join (not counted above)",
            columns: [
                .named("Register"), .init("Schools that would bring it", key: "schools"), .named("Open risks"), .named("Red"),
                .named("Amber"), .named("Green"),
            ])
        for joining in analysis.scope.joining {
            let counts = RAG.allCases.reversed().map { band in joining.openRisks.filter { $0.currentBand(bands) == band }.count
            }
            table.append(
                [
                    .text(joining.register), .text(joining.schools.isEmpty ? "none planned" : joining.schools.joined(separator: ", ")),
                    .integer(joining.openRisks.count),
                ]
                    + counts.map(Cell.integer))
        }
        table.notes = [
            "These registers describe schools that are not in the trust in this scenario; their risks come to the board if the school joins."
        ]
        return table
    }

    /// An id-safe form of a register name for anchors.
    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
