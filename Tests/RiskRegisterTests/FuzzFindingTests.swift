import JSONDocument
import Testing

@testable import RiskRegister

/// What the libFuzzer harness for register import (Tests/Fuzz/Harnesses/register.swift) found,
/// each kept as the smallest input that showed it.
struct FuzzFindingTests {
    /// A score of 1e300 is a whole number, and converting it to an Int to check the 1–5 scale
    /// stopped the program; it is an out-of-scale value like any other.
    @Test func aHugeWholeScoreIsOutsideTheScaleNotACrash() throws {
        let load = try Registers.load(["trust.csv": "Risk ID,Likelihood,Impact,Residual likelihood,Residual impact\nT1,1e300,3,2,-1e300\n"])
        #expect(
            load.problems.map(\.description) == [
                "trust.csv:2:4: error: 'Likelihood' (column B) is 1e+300, outside the 1 to 5 scale; likelihood and impact are scored 1 (lowest) to 5 (highest).",
                "trust.csv:2:14: error: 'Residual impact' (column E) is -1e+300, outside the 1 to 5 scale; likelihood and impact are scored 1 (lowest) to 5 (highest).",
            ])
    }

    /// "1e308m" is a number, but scaled to millions it is no amount: it was read as infinity,
    /// which the export then wrote as an empty cell.
    @Test func moneyThatOverflowsWhenScaledIsNotAnAmount() throws {
        #expect(CellValue.money("1e308m") == nil)
        #expect(CellValue.money("£1.5m") == 1_500_000)
        let load = try Registers.load([
            "trust.csv":
                "Risk ID,Likelihood,Impact,Residual likelihood,Residual impact,Annual probability %,Impact min £,Impact likely £,Impact max £\nT1,3,3,2,3,10,1,2,1e308m\n"
        ])
        #expect(load.problems.map(\.kind) == [.invalidValue])
        #expect(load.problems.first?.message.hasPrefix("'Impact max £' (column I) is '1e308m'; write an amount in pounds") == true)
    }

    /// A risk id with a space ("ross impact", from a line ended by a lone CR inside a register)
    /// was read, its controls made mitigations of it, and the mitigations file written by export
    /// named it in a list of ids, which is split at spaces: the export did not read back.
    @Test func aRiskIDWithASpaceIsAnErrorNotALostLink() throws {
        let load = try Registers.load(["oak.csv": "Risk ID,Risk,L,I,Controls\nross impact,Sixth form numbers fall,3,3,Taster days\n"])
        #expect(
            load.problems.map(\.description) == [
                "oak.csv:2:1: error: the risk id 'ross impact' has a space or separator in it; write a risk id as one word (OAK-03), as lists of risk ids are split at spaces, commas and semicolons."
            ])
        let json = #"{"risks": [{"id": "a b", "register": "oak", "title": "x"}]}"#
        #expect(try RegisterSet.load([RegisterSource(name: "s.json", text: json)]).problems.map(\.kind) == [.invalidValue])
        let comma = #"{"risks": [{"id": "a,b", "register": "oak", "title": "x"}]}"#
        #expect(try RegisterSet.load([RegisterSource(name: "s.json", text: comma)]).problems.map(\.kind) == [.invalidValue])
        #expect(throws: JSONError.self) {
            try RegisterSet.load([RegisterSource(name: "s.json", text: #"{"risks": [{"id": "", "register": "oak", "title": "x"}]}"#)])
        }
    }
}
