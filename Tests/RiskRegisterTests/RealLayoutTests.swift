import Testing

@testable import RiskRegister

/// Each register in `Fixtures/real-layouts/` (the layouts its README names) is read with exactly
/// the risks, controls and actions it holds, without a data problem.
struct RealLayoutTests {
    /// A fixture's file, and the risks, controls (in-place mitigations) and actions (planned) it holds.
    struct Expected: Sendable, CustomStringConvertible {
        let file: String
        let risks: Int
        let controls: Int
        let actions: Int
        var description: String { file }
    }

    static let corpus: [Expected] = [
        Expected(file: "ashgrove-hs-assessment.csv", risks: 4, controls: 8, actions: 3),
        Expected(file: "brookside-primary.csv", risks: 8, controls: 14, actions: 0),
        Expected(file: "elmwood-governors.csv", risks: 5, controls: 0, actions: 9),
        Expected(file: "harbour-academy.csv", risks: 4, controls: 9, actions: 0),
        Expected(file: "heathfield-five-steps.csv", risks: 4, controls: 8, actions: 4),
        Expected(file: "kingsway-slr-form.csv", risks: 4, controls: 7, actions: 3),
        Expected(file: "millfield-operational-ra.csv", risks: 4, controls: 9, actions: 3),
        Expected(file: "northgate-risk-plan.csv", risks: 4, controls: 7, actions: 3),
        Expected(file: "st-piran-ras-report.csv", risks: 3, controls: 5, actions: 0),
        Expected(file: "trust-board-lettered.csv", risks: 6, controls: 9, actions: 0),
        Expected(file: "trust-register.csv", risks: 8, controls: 16, actions: 0),
        Expected(file: "willowbank-primary.csv", risks: 4, controls: 5, actions: 2),
    ]

    @Test func everyFixtureIsCounted() {
        #expect(Self.corpus.map(\.file) == RealLayouts.names)
        #expect(Self.corpus.count >= 10)
    }

    @Test(arguments: corpus)
    func eachLoadsWithItsExactCounts(_ expected: Expected) throws {
        let load = try RealLayouts.load(expected.file)
        #expect(load.problems.isEmpty, "\(load.problems)")
        let mitigations = load.registers.mitigations
        #expect(load.registers.risks.count == expected.risks)
        #expect(mitigations.filter { $0.status == .inPlace && $0.id.contains("-C") }.count == expected.controls)
        #expect(mitigations.filter { $0.id.contains("-A") }.count == expected.actions)
        #expect(load.readings.first?.risks == expected.risks)
        #expect(load.readings.first?.controls == expected.controls)
        #expect(load.readings.first?.actions == expected.actions)
        #expect(Set(load.registers.risks.map(\.id)).count == expected.risks, "ids are unique")
    }

    @Test func allTogetherLoadCleanlyAndRollUpToBothTrustRegisters() throws {
        let load = try RealLayouts.loadAll()
        #expect(load.problems.isEmpty, "\(load.problems)")
        #expect(load.registers.risks.count == Self.corpus.reduce(0) { $0 + $1.risks })
        let rollUp = RollUp(load.registers)
        #expect(rollUp.lines.count == 14)
        let r03 = try #require(rollUp.lines.first { $0.trustRisk.id == "R03" })
        #expect(r03.academyRisks.map(\.id) == ["WB01"] && r03.underRated)
    }

    // MARK: - What each layout shows

    /// Issue 11's first paragraph: one score per risk, controls in their own column, saved from Excel.
    @Test func theOneScoreTrustRegister() throws {
        let load = try RealLayouts.load("trust-register.csv")
        let r03 = try #require(load.registers.risk(id: "R03"))
        #expect(r03.register == "trust")
        #expect(r03.inherent == nil)
        #expect(r03.residual == RiskScore(likelihood: 4, impact: 4))
        #expect(r03.statedScore == 16)
        #expect(r03.nextReview == CalendarDate(year: 2027, month: 1, day: 12))
        let controls = load.registers.mitigations.filter { $0.risks == ["R03"] }
        #expect(
            controls.map(\.title) == [
                "Monthly management accounts to trustees", "Recovery plans with a £40k central contingency – reviewed by FAR",
            ])
        #expect(load.readings.first?.windows1252 == true)
        let findings = RegisterCheck(load.registers, asOf: Registers.asOf).findings()
        #expect(
            !findings.contains { $0.kind == .redWithoutMitigation || $0.kind == .unevidencedReduction || $0.kind == .residualAboveInherent }
        )
        #expect(load.registers.risk(id: "R01")?.nextReview == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(load.registers.risk(id: "R04")?.nextReview == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(load.registers.risk(id: "R05")?.nextReview == nil)
    }

    @Test func lettersSectionsRepeatedHeadersAndRAGWords() throws {
        let load = try RealLayouts.load("trust-board-lettered.csv")
        let risks = load.registers.risks
        #expect(risks.map(\.id) == ["A1", "A2", "A3", "B1", "B2", "C1"])
        #expect(risks.map(\.category) == ["GOVERNANCE", "GOVERNANCE", "GOVERNANCE", "FINANCE", "FINANCE", "ESTATES"])
        #expect(risks.map(\.statedRAG) == [.green, .amber, .green, .red, .amber, .amber])
        #expect(risks.allSatisfy { $0.residual == nil && $0.isTrustRisk })
        #expect(risks[0].nextReview == CalendarDate(year: 2026, month: 9, day: 30))
        let reading = try #require(load.readings.first)
        #expect(
            reading.header?.line == 5 && reading.repeatedHeaders.map(\.line) == [13, 20] && reading.sections.map(\.risks) == [3, 2, 1])
        #expect(reading.columns.first { $0.letters == "E" }?.header == "PRIORITY RAG (Red Amber Green)")
        #expect(reading.columns.first { $0.letters == "F" }?.readAs == nil)
    }

    @Test func categoryTreeWithMergedCellsAndNoIDs() throws {
        let load = try RealLayouts.load("brookside-primary.csv")
        let risks = load.registers.risks
        #expect(risks.map(\.id) == ["BRO-1.1", "BRO-1.2", "BRO-1.3", "BRO-2.1", "BRO-2.2", "BRO-3.1", "BRO-4.1", "BRO-4.2"])
        #expect(
            risks.map(\.category) == [
                "Strategic", "Strategic", "Strategic", "Operational", "Operational", "Compliance", "Financial", "Financial",
            ])
        #expect(risks[1].subcategory == "Academy objects" && risks[2].subcategory == "Public profile")
        #expect(risks.allSatisfy { $0.inherent == nil && $0.origin.idIsGenerated })
        #expect(risks[0].response == .treat && risks[7].response == .transfer)
        let boiler = load.registers.mitigations.filter { $0.risks == ["BRO-2.2"] }
        #expect(boiler.last?.owner == "SBM" && boiler.last?.due == CalendarDate(year: 2027, month: 1, day: 31))
        #expect(load.notes.contains { $0.severity == .warning && $0.message.hasPrefix("no ID column") })
    }

    @Test func fourPointWordsOneNoteAndActionOwners() throws {
        let load = try RealLayouts.load("elmwood-governors.csv")
        let first = try #require(load.registers.risks.first)
        #expect(first.residual == RiskScore(nativeLikelihood: 3, nativeImpact: 4, scale: ScoreScale(likelihoodPoints: 4, impactPoints: 4)))
        #expect(first.residual?.value == 20)
        #expect(
            load.registers.risks.map { $0.residual.map { "\($0.nativeLikelihood)×\($0.nativeImpact)" } ?? "-" } == [
                "3×4", "4×3", "2×2", "3×3", "1×1",
            ])
        let actions = load.registers.mitigations.filter { $0.risks == [first.id] }
        #expect(actions.map(\.owner) == ["Deputy head", "Chair"])
        #expect(actions[1].due == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(load.notes.filter { $0.message.hasPrefix("one likelihood × impact pair") }.count == 1)
    }

    @Test func compositeRatingsSplitIntoTheirPair() throws {
        let load = try RealLayouts.load("ashgrove-hs-assessment.csv")
        let risks = load.registers.risks
        #expect(risks.map { $0.residual.map { "\($0.likelihood)×\($0.impact)" } ?? "-" } == ["3×4", "2×4", "4×2", "2×2"])
        #expect(risks.map(\.statedScore) == [12, 8, 8, 4])
        let reading = try #require(load.readings.first)
        #expect(reading.header?.line == 9 && reading.skipped.map(\.line) == [1, 2, 3, 4, 6, 7])
        let minibus = load.registers.mitigations.first { $0.id == "ASH-1-A1" }
        #expect(minibus?.owner == "SBM" && minibus?.due == CalendarDate(year: 2027, month: 3, day: 31))
    }

    @Test func semicolonsSeverityFirstAndAResidualWordSetAside() throws {
        let load = try RealLayouts.load("kingsway-slr-form.csv")
        let drill = try #require(load.registers.risk(id: "KIN-S2.1"))
        #expect(drill.residual == RiskScore(likelihood: 2, impact: 4) && drill.statedScore == 8)
        #expect(drill.category == "DESIGN AND TECHNOLOGY WORKSHOP")
        let reading = try #require(load.readings.first)
        #expect(reading.delimiter == .semicolon)
        #expect(reading.columns.first { $0.header == "Res" }?.readAs == nil)
        #expect(load.registers.mitigations.first { $0.id == "KIN-S2.1-A1" }?.owner == "HoD")
    }

    @Test func threePointWordsAndSeveralReviewDates() throws {
        let load = try RealLayouts.load("millfield-operational-ra.csv")
        let cover = try #require(load.registers.risk(id: "MIL-1.2"))
        #expect(cover.residual == RiskScore(nativeLikelihood: 3, nativeImpact: 2, scale: ScoreScale(likelihoodPoints: 3, impactPoints: 3)))
        #expect(cover.residual?.value == 15 && cover.statedRAG == .red)
        #expect(load.registers.risk(id: "MIL-1.1")?.nextReview == CalendarDate(year: 2026, month: 11, day: 5))
        #expect(load.registers.risks.map(\.id) == ["MIL-1.1", "MIL-1.2", "MIL-2.1", "MIL-2.2"])
    }

    @Test func aScoreOutOf25OnARowOfItsOwn() throws {
        let load = try RealLayouts.load("st-piran-ras-report.csv")
        #expect(load.registers.risks.map(\.statedScore) == [12, 6, 15])
        #expect(load.registers.risks.allSatisfy { $0.residual == nil })
        #expect(load.registers.risks[0].description == "Two outlets below 50°C at the last check")
        #expect(load.readings.first?.valueRows.map(\.line) == [7, 9, 11])
        let map = HeatMap(register: nil, stage: .residual, risks: load.registers.risks, bands: RAGBands())
        #expect(map.total == 0 && map.unplaced.count == 3)
    }

    @Test func noScoresAndActionsByWhoAndWhen() throws {
        let load = try RealLayouts.load("heathfield-five-steps.csv")
        #expect(load.registers.risks.allSatisfy { !$0.isRated })
        #expect(load.notes.filter { $0.message.contains("have no score") }.count == 1)
        let actions = load.registers.mitigations.filter { $0.id.contains("-A") }
        #expect(actions.map(\.owner) == ["Site Manager", "SBM", "Caretaker", "Caretaker"])
        #expect(actions.map(\.status) == [.planned, .inPlace, .inPlace, .inPlace])
        #expect(actions[0].due == CalendarDate(year: 2027, month: 3, day: 31))
    }

    @Test func windows1252AndTheRAGWordInsideText() throws {
        let load = try RealLayouts.load("northgate-risk-plan.csv")
        #expect(load.registers.risks.map(\.statedRAG) == [.red, .green, .amber, .amber])
        #expect(load.registers.risks.map(\.category) == ["STAFFING", "STAFFING", "PREMISES", "PREMISES"])
        #expect(load.registers.mitigations.contains { $0.title == "Quote of £3,500 obtained" })
        #expect(load.notes.first?.message.hasPrefix("the file is not UTF-8, so it is read as Windows-1252") == true)
        let roof = load.registers.mitigations.first { $0.id == "NOR-S2.1-A1" }
        #expect(roof?.owner == "SBM" && roof?.due == CalendarDate(year: 2026, month: 11, day: 30))
    }

    @Test func threeByThreeAcademyBesideTheFiveByFiveTrust() throws {
        let load = try RealLayouts.load("willowbank-primary.csv")
        let deficit = try #require(load.registers.risk(id: "WB01"))
        #expect(deficit.residual?.value == 25 && deficit.residual?.nativeValue == 9)
        #expect(load.notes.contains { $0.message.hasPrefix("trust register not given; links to trust risks not checked (3 risks") })
    }

    @Test func grossAndNetPairsInFivePointWords() throws {
        let load = try RealLayouts.load("harbour-academy.csv")
        let flood = try #require(load.registers.risk(id: "HA-01"))
        #expect(flood.inherent == RiskScore(likelihood: 3, impact: 4) && flood.residual == RiskScore(likelihood: 2, impact: 4))
        #expect(flood.lastReviewed == CalendarDate(year: 2026, month: 11, day: 12))
        #expect(flood.nextReview == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(load.registers.risk(id: "HA-04")?.residual == RiskScore(likelihood: 1, impact: 5))
    }
}
