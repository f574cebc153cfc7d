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
}
