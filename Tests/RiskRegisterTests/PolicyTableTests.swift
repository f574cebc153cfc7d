import Testing
import Workbook

@testable import RiskRegister

/// The policy written as a table of settings (the Policy sheet of an exported workbook): read
/// through the policy file's own rules, each mistake named at its cell.
struct PolicyTableTests {
    static let register = RegisterSource(name: "oak.csv", text: "Risk ID,Title,Category,Likelihood,Impact\nOAK-01,Roof,Estates,2,3\n")

    func failure(_ sources: [RegisterSource]) -> String {
        do {
            _ = try RegisterSet.load(sources)
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func aPolicyTableSetsThePolicy() throws {
        let table = RegisterSource(
            name: "policy.csv",
            text:
                "Setting,Value,What it sets\nappetite.estates,averse,\nescalationThreshold,12,\nrag.redMinimum,16,\nscales.oak.likelihood,Low; Medium; High,\n"
        )
        let load = try RegisterSet.load([Self.register, table])
        #expect(load.registers.policy.appetite == ["estates": .averse])
        #expect(load.registers.policy.escalationThreshold == 12 && load.registers.policy.bands.redMinimum == 16)
        #expect(load.registers.policy.scales["oak"]?.likelihood.words == ["Low", "Medium", "High"])
        #expect(load.readings.map(\.kind) == [.risks, .policy])
    }

    @Test func aBadSettingIsNamedAtItsCell() {
        let table = RegisterSource(name: "policy.csv", text: "Setting,Value\nappetite.estates,reckless\n")
        #expect(
            failure([Self.register, table])
                == "policy.csv:2:18: error: appetite.estates: expected one of 'averse', 'minimal', 'cautious', 'open', 'eager', found the text \"reckless\"."
        )
        let misspelt = RegisterSource(name: "policy.csv", text: "Setting,Value\napetite.estates,averse\n")
        #expect(
            failure([Self.register, misspelt])
                == "policy.csv:2:1: error: unknown field 'apetite' at the top level; did you mean 'appetite'?")
        let twice = RegisterSource(name: "policy.csv", text: "Setting,Value\nappetite.estates,averse\nappetite.estates,open\n")
        #expect(failure([Self.register, twice]) == "policy.csv:3:1: error: the setting 'appetite.estates' is written twice; keep one row.")
    }

    @Test func inASheetTheCellIsNamedAsASpreadsheetNamesIt() throws {
        let sheet = SheetToWrite(
            name: "Policy",
            rows: [
                [.text("Setting"), .text("Value")], [.text("appetite.estates"), .text("averse")], [.text("rag.redMinimum"), .number(4)],
            ])
        let book = RegisterSource(name: "policy.xlsx", bytes: try XLSXWriter.write([sheet]))
        #expect(
            failure([Self.register, book])
                == "policy.xlsx: Policy!B3: error: rag.redMinimum: redMinimum (4) must be above greenMaximum (6).")
    }

    @Test func aPolicyTableBesideAPolicyFileIsASecondPolicy() {
        let json = RegisterSource(name: "policy.json", text: "{\"appetite\": {}}")
        let table = RegisterSource(name: "policy.csv", text: "Setting,Value\nappetite.estates,averse\n")
        #expect(
            failure([Self.register, json, table])
                == "policy.csv:1: error: a second policy file; policy.json is already the policy. Keep one, or choose with --policy.")
    }
}
