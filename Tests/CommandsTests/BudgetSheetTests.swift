import Foundation
import Testing

/// A CFO's budget sheet of seven academies, some in cumulative deficit, through `matrisk init`
/// and `matrisk simulate` (issue 14, points 1 to 3): the in-year and cumulative deficits of a
/// fixed-input run against the arithmetic of `Fixtures/budget/make-budget.py`, and "most
/// exposed" naming the academy with the largest expected deficit.
struct BudgetSheetTests {
    /// A folder holding a copy of the budget sheet, and the scenario `init` wrote beside it.
    static func initialised() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["academies.csv", "academies.xlsx"] {
            try FileManager.default.copyItem(
                at: MatriskProcess.fixtures.appendingPathComponent("budget/\(name)"), to: folder.url.appendingPathComponent(name))
        }
        let run = MatriskProcess.inProcess(
            ["init", "academies.csv", "-o", "trust.json5", "--name", "Oak Valley", "--start-year", "2026"], in: folder.url)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Wrote trust.json5: 7 academies from academies.csv."))
        #expect(run.standardOutput.contains("matrisk simulate trust.json5"))
        return folder
    }

    /// Nothing moves: no uplift, pay award or inflation, no roll change.
    static let fixedInputs =
        [
            "economy.fundingUpliftPercent=0", "economy.payAwardPercent=0", "economy.payGrantCoveragePercent=0",
            "economy.nonPayInflationPercent=0", "economy.correlations=[]",
        ] + (0..<7).map { "academies[\($0)].rollChangePercent=0" }

    struct Expected: Decodable {
        struct Academy: Decodable {
            var name: String
            var cumulativeDeficit: [Double]
            var inYearDeficit: [Double]
            var expectedDeficit: [Double]
            var expectedInYearDeficit: [Double]
        }
        var years: Int
        var academies: [Academy]
    }

    @Test func fixedInputDeficitsAreTheHandComputedOnes() throws {
        let folder = try Self.initialised()
        let arguments = ["simulate", "trust.json5", "--trials", "40", "--format", "json"] + Self.fixedInputs.flatMap { ["--set", $0] }
        let run = MatriskProcess.inProcess(arguments, in: folder.url)
        #expect(run.exitCode == 0, "\(run.standardError)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let tables = try #require(json["tables"] as? [String: Any])
        let rows = try #require((tables["academy-years"] as? [String: Any])?["rows"] as? [[String: Any]])
        let expected = try JSONDecoder().decode(
            Expected.self, from: Data(contentsOf: MatriskProcess.fixtures.appendingPathComponent("budget/expected.json")))
        #expect(rows.count == 7 * expected.years)
        for (index, academy) in expected.academies.enumerated() {
            for year in 0..<expected.years {
                let row = rows[index * expected.years + year]
                let place = "\(academy.name), year \(year)"
                #expect(row["deficit"] as? Double == academy.cumulativeDeficit[year], "\(place)")
                #expect(row["inYearDeficit"] as? Double == academy.inYearDeficit[year], "\(place)")
                let deficit = try #require(row["expectedDeficit"] as? Double)
                let inYear = try #require(row["expectedInYearDeficit"] as? Double)
                #expect(abs(deficit - academy.expectedDeficit[year]) < 1e-6, "\(place): \(deficit)")
                #expect(abs(inYear - academy.expectedInYearDeficit[year]) < 1e-6, "\(place): \(inYear)")
            }
        }
    }

    @Test func mostExposedIsTheLargestExpectedDeficitNotTheFirstCertainOne() throws {
        // Beacon, Dale and Greenway are all certain to be in cumulative deficit by the last year;
        // Dale's is by far the largest (£800k against £66k and £89k).
        let folder = try Self.initialised()
        let arguments = ["simulate", "trust.json5", "--trials", "40"] + Self.fixedInputs.flatMap { ["--set", $0] }
        let run = MatriskProcess.inProcess(arguments, in: folder.url)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(
            run.standardOutput.contains(
                "Ranked by expected deficit (£), Dale Secondary is the most exposed in 2030/31: reserves below £0 by £800k on average"),
            "\(run.standardOutput)")
    }

    @Test func theStarterRunsWithItsUncertaintyAndTheWorkbookReadsAsTheCSV() throws {
        let folder = try Self.initialised()
        let run = MatriskProcess.inProcess(["simulate", "trust.json5", "--trials", "200"], in: folder.url)
        #expect(run.exitCode == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Dale Secondary"))
        let csv = MatriskProcess.inProcess(
            ["simulate", "trust.json5", "--trials", "200", "--format", "csv", "--set", #"academies="academies.csv""#], in: folder.url)
        let xlsx = MatriskProcess.inProcess(
            ["simulate", "trust.json5", "--trials", "200", "--format", "csv", "--set", #"academies="academies.xlsx""#], in: folder.url)
        #expect(csv.exitCode == 0 && xlsx.exitCode == 0, "\(csv.standardError)\(xlsx.standardError)")
        #expect(csv.standardOutput == xlsx.standardOutput)
    }

    @Test func initNeverOverwrites() throws {
        let folder = try Self.initialised()
        let path = folder.url.appendingPathComponent("trust.json5")
        let before = try Data(contentsOf: path)
        let again = MatriskProcess.inProcess(["init", "academies.csv", "-o", "trust.json5"], in: folder.url)
        #expect(again.exitCode == 73)
        #expect(again.standardError.contains("trust.json5: error: the file already exists"))
        #expect(try Data(contentsOf: path) == before)
    }

    @Test func aBadCellIsNamedByFileLineAndColumn() throws {
        let folder = try TemporaryFolder()
        let csv = "Academy,Phase,Type,Pupils,GAG per pupil,Staff costs,Non-staff costs\nOak,primary,converter,210,tbc,900000,200000\n"
        try csv.write(to: folder.url.appendingPathComponent("budget.csv"), atomically: true, encoding: .utf8)
        let run = MatriskProcess.inProcess(["init", "budget.csv"], in: folder.url)
        #expect(run.exitCode == 65)
        #expect(run.standardError.hasPrefix("budget.csv:2:27: error: GAG per pupil: expected a number"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("scenario.json5").path))
    }
}
