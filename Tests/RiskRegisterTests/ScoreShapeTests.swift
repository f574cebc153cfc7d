import Testing

@testable import RiskRegister

/// Every score shape a register may have, read on its own scale and compared on one 1–5 scale.
struct ScoreShapeTests {
    func load(_ text: String, policy: RiskPolicy? = nil) throws -> RegisterLoad {
        try Registers.load(["oak-primary.csv": text], policy: policy)
    }

    @Test func twoPairsAreInherentAndResidual() throws {
        let risk = try #require(try load("Risk ID,Likelihood,Impact,Residual L,Residual I\nA1,4,4,2,4\n").registers.risks.first)
        #expect(risk.inherent == RiskScore(likelihood: 4, impact: 4) && risk.residual == RiskScore(likelihood: 2, impact: 4))
    }

    @Test func onePairIsTheCurrentScoreAndInherentIsNotRecorded() throws {
        let load = try load("Risk,L,I,Owner\nDeficit,4,4,CFO\nRoof,2,2,SBM\n")
        #expect(load.registers.risks.map(\.residual) == [RiskScore(likelihood: 4, impact: 4), RiskScore(likelihood: 2, impact: 2)])
        #expect(load.registers.risks.allSatisfy { $0.inherent == nil })
        #expect(load.notes.filter { $0.message.hasPrefix("one likelihood × impact pair") }.count == 1)
        let findings = RegisterCheck(load.registers, asOf: Registers.asOf).findings()
        #expect(!findings.contains { $0.kind == .unevidencedReduction || $0.kind == .residualAboveInherent })
        #expect(findings.contains { $0.kind == .redWithoutMitigation && $0.subject == "OAK-1" })
        #expect(findings.first { $0.kind == .aboveAppetite }?.location == SourceLocation(file: "oak-primary.csv", line: 2, column: 9))
    }

    @Test func severityBeforeLikelihood() throws {
        let risk = try #require(try load("Hazard,S,L,R\nAcid splash,4,2,8\n").registers.risks.first)
        #expect(risk.residual == RiskScore(likelihood: 2, impact: 4) && risk.statedScore == 8)
    }

    @Test func aCombinedScoreBesideThePairIsChecked() throws {
        let load = try load("Risk,Likelihood,Impact,Score,Owner\nDeficit,4,3,13,CFO\nRoof,2,3,6,SBM\n")
        #expect(load.problems.isEmpty)
        let mismatches = RegisterCheck(load.registers, asOf: Registers.asOf).findings().filter { $0.kind == .scoreMismatch }
        #expect(
            mismatches.map(\.description) == [
                "oak-primary.csv:2:13: error: OAK-1's combined score is 13, but its likelihood × impact is 4×3=12; correct one of them."
            ])
    }

    @Test(arguments: [
        ("4x3 = 12", 4, 3, 12), ("4 × 3", 4, 3, nil), ("Probable x moderate, 4x3 = 12", 4, 3, 12),
        ("Possible x severe, 3x4 = 12", 3, 4, 12),
    ])
    func compositeCellsSplitNumbersWinning(cell: String, l: Int, i: Int, stated: Int?) throws {
        let risk = try #require(try load("Risk,Risk rating\nRoof,\"\(cell)\"\n").registers.risks.first)
        #expect(risk.residual == RiskScore(likelihood: l, impact: i))
        #expect(risk.statedScore == stated)
    }

    @Test func aCompositeOfWordsIsReadOnTheirScale() throws {
        let risk = try #require(try load("Risk,Rating\nRoof,Probable x severe\nBoiler,Very unlikely x slight\n").registers.risks.first)
        #expect(risk.residual == RiskScore(likelihood: 4, impact: 4))
    }

    @Test func aSingleRatingAloneIsABandOnly() throws {
        let load = try load("Risk,Risk rating,Owner\nLegionella,16,SBM\nFire,6,SBM\n")
        #expect(load.problems.isEmpty)
        let risks = load.registers.risks
        #expect(risks.map(\.statedScore) == [16, 6] && risks.allSatisfy { $0.residual == nil })
        #expect(risks.map { $0.currentBand(RAGBands()) } == [.red, .green])
        let findings = RegisterCheck(load.registers, asOf: Registers.asOf).findings()
        #expect(
            findings.contains {
                $0.description
                    == "oak-primary.csv:2: error: OAK-1 is red (rated 16 (a combined score)) and has no mitigation planned or in place; agree an action and its owner."
            })
        let rollUp = RollUp(load.registers)
        #expect(rollUp.escalationCandidates.map(\.id) == ["OAK-1"])
        #expect(rollUp.heatMaps[1].unplaced.map(\.id) == ["OAK-1", "OAK-2"])
    }

    @Test func aRAGWordAloneIsItsBand() throws {
        let load = try load("Risk,RAG,Owner\nVacancies,\"Red – two vacancies\",HT\nRoof,Amber,SBM\nFence,green,SBM\n")
        #expect(load.registers.risks.map(\.statedRAG) == [.red, .amber, .green])
        let risk = load.registers.risks[0]
        #expect(risk.currentFloor(RAGBands()) == 15 && risk.currentValue == nil)
        let findings = RegisterCheck(load.registers, asOf: Registers.asOf).findings()
        #expect(findings.contains { $0.kind == .aboveAppetite && $0.subject == "OAK-1" })
        #expect(!findings.contains { $0.kind == .aboveAppetite && $0.subject == "OAK-3" })
        #expect(RollUp(load.registers).escalationCandidates.map(\.id) == ["OAK-1"])
    }

    @Test func noScoreAtAllIsKeptWithOneNote() throws {
        let load = try load("Hazard,Existing controls\nSlips,Gritting\nFalls,Handrails\n")
        #expect(load.problems.isEmpty && load.registers.risks.count == 2)
        #expect(load.registers.risks.allSatisfy { !$0.isRated })
        #expect(load.notes.filter { $0.message.contains("no score") }.count == 1)
        #expect(
            RegisterCheck(load.registers, asOf: Registers.asOf).findings().allSatisfy {
                $0.kind != .redWithoutMitigation && $0.kind != .aboveAppetite
            })
    }

    @Test(arguments: [
        (["Low", "Medium", "High"], 3), (["L", "M", "H"], 3), (["Remote", "Possible", "Probable"], 3), (["Low", "High"], 3),
        (["Highly unlikely", "Very likely"], 4), (["very low", "VERY HIGH"], 4), (["Rare", "Almost certain"], 5),
        (["Very unlikely", "Probable"], 5),
    ])
    func wordScalesOfThreeFourAndFivePoints(words: [String], points: Int) {
        #expect(WordScale.best(for: words, among: WordScale.likelihood)?.points == points)
    }

    @Test func impactWordScales() {
        #expect(WordScale.best(for: ["Insignificant", "Catastrophic"], among: WordScale.impact)?.points == 5)
        #expect(WordScale.best(for: ["Negligible", "Very severe"], among: WordScale.impact)?.points == 5)
        #expect(WordScale.best(for: ["Minor", "Moderate", "Major"], among: WordScale.impact)?.words.first == "Insignificant")
        #expect(WordScale.best(for: ["Medium", "Very high"], among: WordScale.impact)?.words == ["Low", "Medium", "High", "Very high"])
        // Words that fit both 4-point scales are read on the one with Medium, whose Low is its lowest point.
        #expect(WordScale.best(for: ["Low", "High", "Very high"], among: WordScale.impact)?.point(of: "low") == 1)
    }

    /// The documented mapping: the ends stay the ends, the points between are spread evenly.
    @Test func theOneToFiveMapping() {
        #expect((1...3).map { ScoreScale.comparable($0, of: 3) } == [1, 3, 5])
        #expect((1...4).map { ScoreScale.comparable($0, of: 4) } == [1, 2, 4, 5])
        #expect((1...5).map { ScoreScale.comparable($0, of: 5) } == [1, 2, 3, 4, 5])
        let score = RiskScore(nativeLikelihood: 3, nativeImpact: 2, scale: ScoreScale(likelihoodPoints: 3, impactPoints: 3))
        #expect(score.value == 15 && score.nativeValue == 6 && "\(score)" == "3×2 on a 3×3 scale (5×3=15)")
    }

    @Test func aThreeByThreeRegisterKeepsItsScaleAndComparesOnOneToFive() throws {
        let load = try load("Risk,Likelihood,Impact\nDeficit,High,Medium\nRoof,low,LOW\n")
        let risk = try #require(load.registers.risks.first)
        #expect(risk.residual?.nativeScale == ScoreScale(likelihoodPoints: 3, impactPoints: 3))
        #expect(risk.residual?.nativeLikelihood == 3 && risk.residual?.likelihood == 5 && risk.residual?.value == 15)
        let map = HeatMap(register: nil, stage: .residual, risks: load.registers.risks, bands: RAGBands())
        #expect(map.count(likelihood: 5, impact: 3) == 1 && map.count(likelihood: 1, impact: 1) == 1)
    }

    @Test func aWordAmongNumbersIsAnErrorAndANumberBeyondAWordScaleToo() throws {
        let numbers = try load("Risk,Likelihood,Impact\nA,3,3\nB,High,2\nC,4,4\n")
        #expect(
            numbers.problems.map(\.description) == [
                "oak-primary.csv:3:3: error: 'Likelihood' (column B) is 'High'; likelihood and impact are whole numbers from 1 to 5."
            ])
        let words = try load("Risk,Likelihood,Impact\nA,High,Low\nB,4,Medium\nC,Low,High\n")
        #expect(
            words.problems.map(\.description) == [
                "oak-primary.csv:3:3: error: 'Likelihood' (column B) is 4, outside the 1 to 3 scale; likelihood and impact are scored 1 (lowest) to 3 (highest)."
            ])
    }

    @Test func wordsFromTwoScalesInOneColumnAreAnError() throws {
        let load = try load("Risk,Likelihood,Impact\nA,Medium,2\nB,Very likely,3\nC,Low,1\n")
        #expect(
            load.problems.map(\.description) == [
                "oak-primary.csv:3:3: error: 'Likelihood' (column B) is 'Very likely', which is not on this column's scale (Low, Medium, High); use those words or 1 to 3, or name the register's scale in the policy (\"scales\")."
            ])
    }

    @Test func theHeaderNamesTheScale() throws {
        let load = try load("Risk,Likelihood (1-3),Impact (1-3)\nA,3,2\nB,4,1\n")
        #expect(load.registers.risks.first?.residual?.value == 15)
        #expect(load.problems.first?.message.hasPrefix("'Likelihood (1-3)' (column B) is 4, outside the 1 to 3 scale") == true)
    }

    @Test func aLoneCombinedScoreOnAThreePointRegisterIsRefused() throws {
        let load = try load("Risk,Likelihood (1-3),Impact (1-3),Score\nA,,,6\n")
        #expect(
            load.problems.first?.message.hasPrefix(
                "'Score' (column D) is 6, a combined score with no likelihood and impact, on a register scored 3×3") == true)
    }
}
