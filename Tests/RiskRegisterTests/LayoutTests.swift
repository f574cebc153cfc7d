import CSV
import Testing

@testable import RiskRegister

/// Finding the table in a file: the header below a title block, sections, the header repeated,
/// merged cells, values on rows of their own.
struct LayoutTests {
    func load(_ text: String, name: String = "oak-primary.csv", policy: RiskPolicy? = nil) throws -> RegisterLoad {
        try Registers.load([name: text], policy: policy)
    }

    @Test func theHeaderIsTheRowNamingTheMostColumns() throws {
        let text = """
            Oak Primary risk register,,,
            Approved by:,FGB,Date:,12/10/2026
            Likelihood,Rare,Unlikely,Possible
            Risk,Owner,Likelihood,Impact
            Roof leaks,SBM,3,4
            """
        let load = try load(text)
        #expect(load.readings.first?.header?.line == 4 && load.readings.first?.skipped.map(\.line) == [1, 2, 3])
        #expect(load.registers.risks.map(\.title) == ["Roof leaks"])
    }

    @Test func sectionsRepeatedHeadersAndTheCategoryTheyGive() throws {
        let text = """
            1.0 Strategic Risks
            Risk,Likelihood,Impact
            Growth stalls,2,3
            2.0 Financial Risks
            Risk,Likelihood,Impact
            Deficit,4,4
            Energy costs,3,3
            PREMISES
            Roof leaks,3,4
            A boiler that fails
            """
        let load = try load(text)
        let risks = load.registers.risks
        #expect(risks.map(\.id) == ["OAK-1.1", "OAK-2.1", "OAK-2.2", "OAK-S3.1", "OAK-S3.2"])
        #expect(risks.map(\.category) == ["Strategic", "Financial", "Financial", "PREMISES", "PREMISES"])
        #expect(risks.last?.title == "A boiler that fails", "a one-cell row in ordinary words is a risk, not a heading")
        let reading = try #require(load.readings.first)
        #expect(reading.sections.map(\.heading) == ["1.0 Strategic Risks", "2.0 Financial Risks", "PREMISES"])
        #expect(reading.repeatedHeaders.map(\.line) == [5])
    }

    @Test(arguments: [
        ("1.0 Strategic and Reputational Risks", "1", "Strategic and Reputational"),
        ("A GOVERNANCE / BOARD NOT MAKING DECISIONS", "A", "GOVERNANCE"),
        ("B. Finance", "B", "Finance"), ("FINANCIAL RISKS", nil, "FINANCIAL"), ("3 Estates", "3", "Estates"),
        ("Operational risks", nil, "Operational"),
    ])
    func headingsAndTheirLabels(text: String, label: String?, category: String) throws {
        let heading = try #require(SectionHeading.heading(text, row: RowPlace(line: 1)))
        #expect(heading.label == label)
        #expect(heading.category == category)
    }

    @Test(arguments: ["A boiler that fails", "Roof leaks in the hall", "12 pupils on the bus"])
    func sentencesAreNotHeadings(text: String) {
        #expect(SectionHeading.heading(text, row: RowPlace(line: 1)) == nil)
    }

    @Test func mergedGroupingCellsAreFilledDownWithinASection() throws {
        let text = """
            Category,Sub Category,Risk,Likelihood,Impact,Owner
            Financial,Income,Lettings fall,2,3,SBM
            ,,Trips cancelled,2,2,
            ,Spending,Energy,3,3,SBM
            STAFFING
            ,,Vacancies,3,4,HT
            """
        let risks = try load(text).registers.risks
        #expect(risks.map(\.category) == ["Financial", "Financial", "Financial", ""])
        #expect(risks.map(\.subcategory) == ["Income", "Income", "Spending", ""])
        #expect(risks[1].owner == "", "only grouping columns are filled down")
        #expect(risks[1].origin.cells["category"] == SourceLocation(file: "oak-primary.csv", line: 2, column: 1))
    }

    @Test func aFileWithARegisterColumnIsNeverFilledDown() throws {
        let text = "Register,Risk ID,Category,Likelihood,Impact\noak,A1,Financial,2,3\noak,A2,,2,3\n"
        #expect(try load(text).registers.risks.map(\.category) == ["Financial", ""])
    }

    @Test func aValueOnARowOfItsOwnBelongsToTheRiskAbove() throws {
        let text = "What are the hazards?,What is already being done?\nLegionella,Monthly checks\nRisk Rating: 12\nFire,Drills\n"
        let risks = try load(text).registers.risks
        #expect(risks.map(\.statedScore) == [12, nil])
        #expect(risks[0].origin.cells["rating"] == SourceLocation(file: "oak-primary.csv", line: 3, column: 13))
    }

    @Test func aHeaderThatMatchesNothingIsRefusedWithAHint() {
        do {
            _ = try load("Month,Income,Spend\nSep,1,2\n")
            Issue.record("a budget is not a register")
        } catch {
            #expect(
                "\(error)"
                    == "oak-primary.csv:1:1: error: this is neither a risk register (it needs columns such as 'Risk', 'Likelihood', 'Impact') nor a mitigations file (it needs 'Mitigation ID', 'Risk IDs', 'Status'); its header has 'Month', 'Income', 'Spend'. If it is a register, name its columns in the policy: \"columns\": {\"Specific Risk\": \"title\"}."
            )
        }
    }

    @Test func headersWithNotesAndLineBreaks() throws {
        let text =
            "\"PRIORITY\nRAG\n(Red Amber Green)\",\"Likelihood of occurring (5 = High, 1 = Low)\",Impact if occurs,Specific Risk\nRed,4,4,Deficit\n"
        let load = try load(text)
        let risk = try #require(load.registers.risks.first)
        #expect(risk.title == "Deficit" && risk.statedRAG == .red && risk.residual == RiskScore(likelihood: 4, impact: 4))
    }
}
