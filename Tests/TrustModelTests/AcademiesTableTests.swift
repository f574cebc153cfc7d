import Foundation
import MonteCarlo
import Testing

@testable import TrustModel

/// A scenario's academies read from a table (issue 14, point 1): through the loader, with files in memory.
struct AcademiesTableTests {
    static func scenario(academies: String) -> String {
        """
        {"name": "Table trust", "startYear": 2026, "years": 2, "trials": 10, "seed": 1,
         "economy": {"fundingUpliftPercent": 2, "payAwardPercent": 3, "nonPayInflationPercent": 3},
         "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 100000}},
         "academies": \(academies)}
        """
    }

    static let budget = """
        Budget 2026/27,,,,,,,,,,
        ,,,,,,,,,,
        Academy,Phase,Type,NOR,GAG per pupil (£),Staff costs (£),Non-staff costs (£),Reserves b/f,Roll change low,Roll change likely,Roll change high
        Oak Primary,Primary,Converter,"1,050",£5.4k,"£1,968,000","£520,000","(£12,000)",-3,-1,1
        Total,,,"1,050",,,,,,,

        """

    @Test func splitColumnsAreATriangularAndMoneyIsReadAsTyped() throws {
        let loaded = try Fixtures.load(
            Self.scenario(
                academies:
                    #"["budget.csv", {"id": "hill", "phase": "secondary", "type": "converter", "pupils": 900, "fundingPerPupil": 7000, "staffCosts": 5000000, "nonStaffCosts": 1200000}]"#
            ), files: ["budget.csv": Self.budget])
        let academies = loaded.base.academies
        #expect(academies.map(\.id) == ["oak-primary", "hill"])
        let oak = academies[0]
        #expect(oak.name == "Oak Primary" && oak.phase == .primary && oak.type == .converter)
        #expect(oak.pupils == 1_050 && oak.capacity == 1_050)
        #expect(oak.fundingPerPupil == 5_400 && oak.staffCosts == 1_968_000 && oak.reserves == -12_000)
        #expect(oak.rollChangePercent == (try .triangular(min: -3, mode: -1, max: 1)))
    }

    @Test func aDistributionTypedInACellIsReadAsTheFileWouldWriteIt() throws {
        let csv =
            "Academy,Phase,Type,Pupils,GAG per pupil,Staff costs,Non-staff costs,Roll change %\nOak,primary,converter,200,5400,800000,200000,\"pert(-2, 0, 2)\"\n"
        let loaded = try Fixtures.load(Self.scenario(academies: #""budget.csv""#), files: ["budget.csv": csv])
        #expect(loaded.base.academies[0].rollChangePercent == (try .pert(min: -2, mode: 0, max: 2)))
    }

    @Test func aMissingColumnIsNamedWithTheNearestHeading() {
        let csv =
            "Academy,Phase,Type,Pupils,GAG per pupil,Staff cost totals,Non-staff costs\nOak,primary,converter,200,5400,800000,200000\n"
        #expect {
            try Fixtures.load(Self.scenario(academies: #""budget.csv""#), files: ["budget.csv": csv])
        } throws: { error in
            String(describing: error).hasPrefix("budget.csv:1: error: this academies table has no 'Staff costs' column")
        }
    }

    @Test func aRuleAcademiesMeetIsPlacedAtTheCell() {
        let csv =
            "Academy,Phase,Type,Pupils,Capacity,GAG per pupil,Staff costs,Non-staff costs\nOak,primary,converter,400,300,5400,800000,200000\n"
        #expect {
            try Fixtures.load(Self.scenario(academies: #""budget.csv""#), files: ["budget.csv": csv])
        } throws: { error in
            String(describing: error).hasPrefix("budget.csv:2:")
                && String(describing: error).contains("400 pupils is more than the capacity of 300")
        }
    }

    @Test func aMissingTableIsReportedAtTheFieldThatNamesIt() {
        #expect {
            try Fixtures.load(Self.scenario(academies: #"["nowhere.csv"]"#))
        } throws: { error in
            String(describing: error).contains("the file 'nowhere.csv' does not exist or cannot be read")
        }
    }
}
