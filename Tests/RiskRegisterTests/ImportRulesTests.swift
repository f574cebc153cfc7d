import CSV
import Testing
import Workbook

@testable import RiskRegister

/// Encodings, generated ids, one academy's file alone, and a folder whose files fail one by one.
struct ImportRulesTests {
    @Test func windows1252IsReadWithANote() throws {
        var bytes = Array("Risk,Likelihood,Impact,Controls\nRoof ".utf8)
        bytes +=
            [0x96] + Array(" hall,3,4,\"Quote of ".utf8) + [0xA3] + Array("3,500 held; ".utf8) + [0x93] + Array("urgent".utf8) + [
                0x94, 0x22, 0x0A,
            ]
        let load = try RegisterSet.load([RegisterSource(name: "oak.csv", bytes: bytes)])
        #expect(load.registers.risks.first?.title == "Roof – hall")
        #expect(load.registers.mitigations.map(\.title) == ["Quote of £3,500 held", "“urgent”"])
        #expect(load.notes.first?.description.hasPrefix("oak.csv:1: note: the file is not UTF-8, so it is read as Windows-1252") == true)
    }

    @Test func windows1252Decoding() {
        #expect(TextEncoding.windows1252ToUTF8([0x80, 0x96, 0xA3, 0xE9, 0x41, 0x81]) == Array("€–£éA\u{81}".utf8))
        let utf8 = try? RegisterSet.load([RegisterSource(name: "x.csv", text: "Risk,L,I\ncaf\u{E9},1,1\n")])
        #expect(utf8?.notes.contains { $0.message.contains("Windows-1252") } == false)
        #expect(throws: WorkbookError.self, "ZIP bytes are read as a workbook (here a damaged one), never as Windows-1252 text") {
            try RegisterSet.load([RegisterSource(name: "x.csv", bytes: [0x50, 0x4B, 0x03, 0x04, 0xA3])])
        }
    }

    @Test func generatedIDsAreStableAndDistinctAcrossRegisters() throws {
        let load = try Registers.load([
            "oak-primary.csv": "Risk,L,I\nRoof,2,3\nBoiler,3,3\n", "oak-secondary.csv": "Risk,L,I\nRoll,2,2\n",
            "trust.csv": "Risk,L,I\nGrowth,3,3\n",
        ])
        #expect(load.registers.risks.map(\.id) == ["OAK-1", "OAK-2", "OAK-SECONDARY-1", "TRUST-1"])
        #expect(load.problems.isEmpty)
        #expect(load.notes.filter { $0.severity == .warning }.count == 3)
    }

    @Test func oneAcademysFileAloneNotesTheTrustRegisterIsMissing() throws {
        let load = try Registers.load(["oak.csv": "Risk ID,Risk,L,I,Trust risk\nA1,Roof,2,3,T09\nA2,Roll,2,2,\n"])
        #expect(load.problems.isEmpty)
        #expect(
            load.notes.map(\.description) == [
                "oak.csv:1: note: one likelihood × impact pair ('L' (C), 'I' (D)), read as the current (residual) score; inherent is not recorded, so no check that compares inherent and residual scores is made.",
                "oak.csv:2:13: note: trust register not given; links to trust risks not checked (1 risk names one: A1 → T09). Give the trust register too to check them.",
            ])
        let withTrust = try Registers.load([
            "oak.csv": "Risk ID,Risk,L,I,Trust risk\nA1,Roof,2,3,T09\n", "trust.csv": "Risk ID,Risk,L,I\nT01,Growth,2,2\n",
        ])
        #expect(withTrust.problems.map(\.kind) == [.unknownRisk])
    }

    @Test func everyFileIsReadEvenAfterOneFails() {
        let sources = [
            RegisterSource(name: "a.csv", text: "Month,Income\nSep,1\n"), RegisterSource(name: "b.csv", text: "Risk,L,I\nRoof,2,3\n"),
            RegisterSource(name: "c.csv", text: "Risk ID,\"open\n"),
        ]
        let imported = RegisterSet.importFiles(sources)
        #expect(imported.failures.map(\.source) == ["a.csv", "c.csv"])
        #expect(imported.load.readings.map(\.source) == ["b.csv"])
        #expect(throws: RegisterFileError.self) { try RegisterSet.load(sources) }
    }

    @Test func aRatingAndRAGAreWrittenInJSONAndScalesSaySo() throws {
        let three = ScoreScale(likelihoodPoints: 3, impactPoints: 3)
        var risk = Risk(id: "A1", register: "oak", title: "Roof", subcategory: "Premises")
        risk.residual = RiskScore(nativeLikelihood: 3, nativeImpact: 2, scale: three)
        risk.statedScore = 6
        risk.statedRAG = .amber
        let set = RegisterSet(risks: [risk, Risk(id: "A2", register: "oak", title: "Fence", statedScore: 12)])
        let text = JSONWriterText.of(set)
        #expect(text.contains(#""residual": {"#) && text.contains(#""scale": "3x3""#) && text.contains(#""rating": 6"#))
        #expect(try RegisterSet.load([RegisterSource(name: "s.json", text: text)]).requireValid() == set)
    }

    @Test(arguments: [
        #"{"risks": [{"id": "A", "register": "oak", "title": "x", "inherent": {"likelihood": 2, "impact": 2}}]}"#,
        #"{"risks": [{"id": "A", "register": "oak", "title": "x", "residual": {"likelihood": 2, "impact": 2, "scale": "3x3"}, "inherent": {"likelihood": 2, "impact": 2}}]}"#,
        #"{"risks": [{"id": "A", "register": "oak", "title": "x", "residual": {"likelihood": 4, "impact": 2, "scale": "3x3"}}]}"#,
        #"{"risks": [{"id": "A", "register": "oak", "title": "x", "rating": 30}]}"#,
        #"{"risks": [{"id": "A", "register": "oak", "title": "x", "target": {"likelihood": 2, "impact": 2, "scale": "4x4"}, "rating": 20}]}"#,
    ])
    func jsonScoresThatCannotBeAreRefused(text: String) {
        #expect(throws: (any Error).self) { try RegisterSet.load([RegisterSource(name: "s.json", text: text)]) }
    }
}
