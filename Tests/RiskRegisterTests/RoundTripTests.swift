import JSONDocument
import Testing

@testable import RiskRegister

/// A register exported and read back is the same register, in CSV and in JSON.
struct RoundTripTests {
    func tricky() throws -> RegisterSet {
        var set = try RegisterSet.load(try Registers.example("registers")).requireValid()
        set.risks[0].title = "=HYPERLINK(\"http://evil\",\"click\")"
        set.risks[1].description = "Line one,\r\nline two; \"quoted\"\n+ and - and @ at the start"
        set.risks[2].owner = "-"
        set.mitigations[0].title = "@SUM(1)"
        return set
    }

    @Test func csvExportReadsBackEqual() throws {
        let set = try tricky()
        let back = try RegisterSet.load(
            [
                RegisterSource(name: "risks.csv", text: set.risksCSV), RegisterSource(name: "mitigations.csv", text: set.mitigationsCSV),
            ], options: RegisterImportOptions(policy: set.policy)
        ).requireValid()
        #expect(back == set)
        #expect(back.risks.map(\.id) == set.risks.map(\.id))
    }

    @Test func jsonExportReadsBackEqual() throws {
        let set = try tricky()
        let text = JSONWriterText.of(set)
        let back = try RegisterSet.load([RegisterSource(name: "set.json", text: text)]).requireValid()
        #expect(back == set)
    }

    @Test func workbookExportReadsBackEqualPolicyAndAll() throws {
        var set = try tricky()
        set.policy.columns = ["Specific Risk": "title", "Notes. Internal": "ignore", " Spaced header ": "owner"]
        set.policy.scales = [
            "oak-primary": RegisterScale(
                likelihood: .init(points: 3, words: ["Remote", "Possible", "Probable"]), impact: .init(points: 4)),
            "meadow-primary": RegisterScale(
                likelihood: .init(points: 3, words: ["Low; rare", "Medium", " High"]), impact: .init(points: 5)),
        ]
        set.policy.escalationThreshold = 12
        let back = try RegisterSet.load([RegisterSource(name: "set.xlsx", bytes: try set.workbook())]).requireValid()
        #expect(back == set)
        #expect(back.policy == set.policy)
        #expect(back.risks.map(\.id) == set.risks.map(\.id))
        #expect(back.risks[0].title.hasPrefix("=HYPERLINK"), "a formula-like title stays text")
    }

    @Test func aPolicySheetAppliesToEveryRegisterWhateverTheOrder() throws {
        var set = try tricky()
        set.policy.escalationThreshold = 12
        let register = RegisterSource(name: "risks.csv", text: set.risksCSV)
        let book = RegisterSource(name: "policy.xlsx", bytes: try set.workbook())
        let load = try RegisterSet.load([register, book], options: RegisterImportOptions(sheets: ["Policy"]))
        #expect(load.registers.policy.escalationThreshold == 12)
        #expect(load.readings.map(\.kind) == [.risks, .policy])
    }

    @Test func aFormulaCellIsWrittenSoASpreadsheetShowsText() throws {
        let csv = try tricky().risksCSV
        let line = csv.split(separator: "\r\n")[1]
        #expect(line.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\","))
        #expect(!csv.contains(",=") && !csv.contains(",@") && !csv.contains(",-,"))
    }
}

/// Every real-layout register, exported and read back, is the register it was.
struct RealLayoutRoundTripTests {
    @Test func csvAndJSONExportsOfTheRealLayoutsReadBackEqual() throws {
        let set = try RealLayouts.loadAll().requireValid()
        #expect(set.risks.contains { $0.residual?.nativeScale.isFivePoint == false } && set.risks.contains { $0.statedRAG != nil })
        let csv = try RegisterSet.load(
            [RegisterSource(name: "risks.csv", text: set.risksCSV), RegisterSource(name: "mitigations.csv", text: set.mitigationsCSV)],
            options: RegisterImportOptions(policy: set.policy)
        ).requireValid()
        #expect(csv == set)
        let json = try RegisterSet.load([RegisterSource(name: "set.json", text: JSONWriterText.of(set))]).requireValid()
        #expect(json == set)
    }

    @Test(arguments: RealLayouts.names)
    func eachRealLayoutReadsBackEqual(_ name: String) throws {
        let set = try RealLayouts.load(name).requireValid()
        let back = try RegisterSet.load(
            [RegisterSource(name: "risks.csv", text: set.risksCSV), RegisterSource(name: "mitigations.csv", text: set.mitigationsCSV)],
            options: RegisterImportOptions(policy: set.policy)
        ).requireValid()
        #expect(back == set)
    }

    @Test func workbookExportsOfTheRealLayoutsReadBackEqual() throws {
        let set = try RealLayouts.loadAll().requireValid()
        let back = try RegisterSet.load([RegisterSource(name: "set.xlsx", bytes: try set.workbook())]).requireValid()
        #expect(back == set)
    }

    @Test func anExampleRegisterExportsTheColumnsItAlwaysHad() throws {
        let set = try RegisterSet.load(try Registers.example("registers")).requireValid()
        #expect(!set.risksCSV.contains("Scale") && !set.risksCSV.contains("Rating"))
    }
}

enum JSONWriterText {
    static func of(_ set: RegisterSet) -> String { JSONWriter.write(set.json) }
}
