import Testing

@testable import RiskRegister

/// Roll-up sets each trust risk beside its academies, and finds what the board has not seen.
struct RollUpTests {
    static let trust = [
        Registers.header,
        Registers.row("T1", "workforce", inherent: (4, 3), residual: (3, 3)),
        Registers.row("T2", "estates", inherent: (3, 4), residual: (3, 4)),
        Registers.row("T3", "attendance", inherent: (2, 2), residual: (2, 2), status: "closed"),
    ].joined(separator: "\n")

    static func academy(_ id: String, _ rows: [String]) -> String {
        (["Register," + Registers.header] + rows.map { "\(id)," + $0 }).joined(separator: "\n")
    }

    func rollUp() throws -> RollUp {
        let files = [
            "trust.csv": Self.trust,
            "a.csv": Self.academy(
                "oak",
                [
                    Registers.row("O1", "workforce", inherent: (4, 4), residual: (4, 4), trust: "T1"),
                    Registers.row("O2", "attendance", inherent: (3, 3), residual: (3, 3)),
                    Registers.row("O3", "financial", inherent: (5, 4), residual: (4, 4)),
                ]),
            "b.csv": Self.academy(
                "ash",
                [
                    Registers.row("A1", "workforce", inherent: (2, 3), residual: (2, 3), trust: "T1"),
                    Registers.row("A2", "Attendance", inherent: (3, 3), residual: (2, 3)),
                    Registers.row("A3", "estates", inherent: (3, 3), residual: (2, 3), trust: "T2", status: "closed"),
                ]),
            "c.csv": Self.academy(
                "elm",
                [
                    Registers.row("E1", "attendance", inherent: (3, 3), residual: (3, 3)),
                    Registers.row("E2", "estates", inherent: (3, 4), residual: (2, 4), trust: "T2"),
                ]),
        ]
        return RollUp(try Registers.load(files).requireValid())
    }

    @Test func eachOpenTrustRiskBesideItsAcademies() throws {
        let lines = try rollUp().lines
        #expect(lines.map(\.trustRisk.id) == ["T1", "T2"])
        let t1 = lines[0]
        #expect(t1.academies == ["oak", "ash"])
        #expect(t1.boardScore == 9)
        #expect(t1.highestAcademyScore == 16)
        #expect(t1.lowestAcademyScore == 6)
        #expect(t1.spread == 10)
        #expect(t1.academiesAboveAppetite == ["oak"])
        #expect(t1.underRated)
        let t2 = lines[1]
        #expect(t2.academies == ["elm"], "the closed academy risk A3 is left out")
        #expect(!t2.underRated)
    }

    @Test func escalationCandidatesAreUnlinkedAndAtTheThreshold() throws {
        #expect(try rollUp().escalationCandidates.map(\.id) == ["O3"])
    }

    @Test func emergingThemesNeedEnoughAcademies() throws {
        let themes = try rollUp().emergingThemes
        #expect(themes.map(\.category) == ["attendance"])
        #expect(themes[0].academies == ["oak", "ash", "elm"])
        #expect(themes[0].trustRisksInCategory.isEmpty, "the closed trust risk T3 does not count")
    }

    @Test func heatMapsCountOpenRisksTrustWideAndPerRegister() throws {
        let maps = try rollUp().heatMaps
        #expect(
            maps.map { "\($0.register ?? "all") \($0.stage.rawValue)" } == [
                "all inherent", "all residual", "trust inherent", "trust residual", "oak inherent", "oak residual",
                "ash inherent", "ash residual", "elm inherent", "elm residual",
            ])
        #expect(maps[1].total == 9)
        #expect(maps[1].count(likelihood: 4, impact: 4) == 2)
        #expect(maps[1].band(likelihood: 4, impact: 4) == .red)
        #expect(maps[1].total(in: .red) == 2)
        #expect(maps[4].count(likelihood: 5, impact: 4) == 1)
    }
}
