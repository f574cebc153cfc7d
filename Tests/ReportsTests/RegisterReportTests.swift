import Foundation
import RiskRegister
import Testing

@testable import Reports

/// Register reports read well as text and carry the same content in CSV and JSON.
struct RegisterReportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func risk(_ id: String, _ register: String, residual: (Int, Int), trust: String? = nil, category: String = "financial") -> Risk {
        Risk(
            id: id, register: register, title: "Risk \(id)", category: category, owner: "CFO",
            inherent: RiskScore(likelihood: 5, impact: 5), residual: RiskScore(likelihood: residual.0, impact: residual.1), trustRisk: trust
        )
    }

    @Test func heatMapGridMatchesTheSnapshot() throws {
        let risks = [risk("A", "oak", residual: (4, 4)), risk("B", "oak", residual: (3, 3)), risk("C", "oak", residual: (1, 5))]
        let map = HeatMap(register: "oak", stage: .residual, risks: risks, bands: RAGBands())
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("heatmap-oak-residual.txt"), encoding: .utf8)
        #expect(HeatMapFigure.grid(map).joined(separator: "\n") + "\n" == expected)
    }

    @Test func heatMapTableHasACellPerLikelihoodAndImpact() {
        let map = HeatMap(register: nil, stage: .inherent, risks: [risk("A", "oak", residual: (1, 1))], bands: RAGBands())
        guard case .figure(_, let table) = HeatMapFigure.block([map]) else {
            Issue.record("not a figure")
            return
        }
        #expect(table.rows.count == 25)
        #expect(
            table.rows[0] == [.text("trust-wide"), .text("inherent"), .integer(5), .integer(1), .integer(5), .text("green"), .integer(0)])
        #expect(
            table.rows[4] == [.text("trust-wide"), .text("inherent"), .integer(5), .integer(5), .integer(25), .text("red"), .integer(1)])
    }

    @Test func rollUpReportRendersTheSameTablesInEveryFormat() throws {
        let set = RegisterSet(risks: [
            risk("T1", "trust", residual: (2, 3)), risk("A1", "oak", residual: (4, 4), trust: "T1"),
            risk("A2", "ash", residual: (4, 4)),
        ])
        let report = RollUpReport.report(RollUp(set), registers: set, asOf: CalendarDate(year: 2026, month: 11, day: 22)!)
        #expect(report.tables.map(\.id) == ["trustRisks", "escalationCandidates", "emergingThemes", "heatMaps"])
        let text = report.rendered(as: .text)
        #expect(
            text.contains("  T1          Risk T1  financial      6  green          1       16      16       0  1: oak          UNDER-RATED")
        )
        #expect(text.contains("  A2    ash       Risk A2  financial        16  red  CFO"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.rendered(as: .json).utf8)) as? [String: Any])
        let tables = try #require(json["tables"] as? [String: [String: Any]])
        for table in report.tables {
            #expect((tables[table.id]?["rows"] as? [Any])?.count == table.rows.count, "\(table.id)")
        }
        let csv = report.rendered(as: .csv)
        #expect(
            csv.hasPrefix(
                "Trust risks: the board's residual score beside the academies'\r\nTrust risk,Title,Category,Board,RAG,Academies,Highest,Lowest,Spread,Above appetite,Flag\r\n"
            ))
        #expect(csv.contains("\r\nT1,Risk T1,financial,6,green,1,16,16,0,1: oak,UNDER-RATED\r\n"))
    }

    @Test func checkSummaryCountsBySeverity() {
        let findings = [
            Finding(.duplicateID, at: SourceLocation(file: "a.csv", line: 3, column: 1), "x"),
            Finding(.missingOwner, at: SourceLocation(file: "a.csv", line: 4), "y"),
        ]
        let report = CheckReport.report(
            findings: findings, registers: RegisterSet(), fileCount: 1, asOf: CalendarDate(year: 2026, month: 11, day: 22)!)
        #expect(
            report.rendered(as: .text)
                == "a.csv:3:1: error: x\na.csv:4: warning: y\n\n1 error and 1 warning in 1 file (0 risks, 0 mitigations), as of 22/11/2026.\n"
        )
        #expect(
            report.rendered(as: .csv)
                == "File,Sheet,Line,Column,Severity,Kind,Subject,Message\r\na.csv,,3,1,error,duplicate-id,,x\r\na.csv,,4,,warning,missing-owner,,y\r\n"
        )
        let none = CheckReport.report(
            findings: [], registers: RegisterSet(), fileCount: 2, asOf: CalendarDate(year: 2026, month: 11, day: 22)!)
        #expect(none.rendered(as: .text) == "No findings in 2 files (0 risks, 0 mitigations), as of 22/11/2026.\n")
    }

    @Test func numbersAsAUKFinanceReportWritesThem() {
        #expect(NumberText.money(1_250_000) == "£1,250,000")
        #expect(NumberText.money(-12_400.4) == "-£12,400")
        #expect(NumberText.money(-0.4) == "£0")
        #expect(NumberText.shortMoney(12_500) == "£12.5k")
        #expect(NumberText.shortMoney(1_250_000) == "£1.25m")
        #expect(NumberText.percent(0.2345) == "23.5%")
        #expect(NumberText.fixed(-0.04, decimals: 1) == "0.0")
        #expect(NumberText.grouped(1234567) == "1,234,567")
    }
}
