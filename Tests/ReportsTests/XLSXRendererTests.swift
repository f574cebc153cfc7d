import Archive
import RiskRegister
import Testing
import Workbook

@testable import Reports

/// A report as a workbook carries the same values as its CSV form, typed and styled.
struct XLSXRendererTests {
    func risk(_ id: String, _ register: String, residual: (Int, Int), trust: String? = nil) -> Risk {
        Risk(
            id: id, register: register, title: "Risk \(id)", category: "financial", owner: "CFO",
            inherent: RiskScore(likelihood: 5, impact: 5), residual: RiskScore(likelihood: residual.0, impact: residual.1), trustRisk: trust
        )
    }

    /// Every cell text of every sheet the workbook reads back as.
    func texts(_ bytes: [UInt8]) throws -> [String: [[String]]] {
        let tables = try WorkbookReader.read(bytes: bytes, source: "report.xlsx")
        var out: [String: [[String]]] = [:]
        for sheet in tables.sheets { out[sheet.name] = sheet.table.rows.map { $0.cells.map(\.text) } }
        return out
    }

    @Test func aRollUpHasOneSheetPerTableWithTheCSVValues() throws {
        let set = RegisterSet(risks: [
            risk("T1", "trust", residual: (2, 3)), risk("A1", "oak", residual: (4, 4), trust: "T1"), risk("A2", "ash", residual: (4, 4)),
        ])
        let report = RollUpReport.report(RollUp(set), registers: set, asOf: CalendarDate(year: 2026, month: 11, day: 22)!)
        let bytes = try report.workbook()
        let tables = try WorkbookReader.read(bytes: bytes, source: "rollup.xlsx")
        #expect(tables.sheets.count == report.tables.count)
        let trustRisks = try #require(tables.sheets.first)
        #expect(tables.sheets.map(\.name) == ["Trust risks", "Escalation candidates", "Emerging themes", "Heat maps"])
        #expect(
            trustRisks.table.rows.map { $0.cells.map(\.text) } == [
                ["Trust risk", "Title", "Category", "Board", "RAG", "Academies", "Highest", "Lowest", "Spread", "Above appetite", "Flag"],
                ["T1", "Risk T1", "financial", "6", "green", "1", "16", "16", "0", "1: oak", "UNDER-RATED"],
            ])
    }

    @Test func ragCellsAreFilledAndKeepTheirWord() throws {
        var table = Table(id: "t", title: "Risks", columns: [.init("Risk", key: "risk"), .init("RAG", key: "rag")])
        table.append([.text("A1"), .text("red")])
        table.append([.text("A2"), .text("amber → green")])
        table.append([.text("A3"), .text("unknown")])
        let sheet = XLSXRenderer.sheet(table)
        #expect(sheet.rows[1][1] == .text("red", style: CellStyle(fill: "E9A077")))
        #expect(sheet.rows[2][1] == .text("amber → green", style: CellStyle(fill: "7FCDB9")))
        #expect(sheet.rows[3][1] == .text("unknown"))
        #expect(XLSXRenderer.ragFill("amber") == "F5EC8F")
    }

    @Test func numbersKeepTheirFormatsAndEstimatesTakeTwoColumns() throws {
        var table = Table(
            id: "t", title: "Figures",
            columns: [
                .init("Money", key: "m"), .init("Share", key: "s"), .init("P(deficit)", key: "p"), .init("Due", key: "d"),
                .init("Note", key: "n"),
            ])
        table.append([
            .money(12_500.456), .percent(0.2345), .estimate(0.123, standardError: 0.004, unit: .percent), .text("2026-11-22"),
            .text("=1+1"),
        ])
        let sheet = XLSXRenderer.sheet(table)
        #expect(sheet.rows[0].count == 6)
        #expect(sheet.rows[0][3] == .text("P(deficit) s.e."))
        #expect(sheet.rows[1][0] == .number(12_500.46, format: .pounds))
        #expect(sheet.rows[1][1] == .number(0.2345, format: .percent(places: 1)))
        #expect(sheet.rows[1][2] == .number(0.123, format: .percent(places: 1)))
        #expect(sheet.rows[1][3] == .number(0.004, format: .percent(places: 2)))
        #expect(sheet.rows[1][4] == SheetCell(.date(year: 2026, month: 11, day: 22), style: CellStyle(format: .date)))
        #expect(sheet.rows[1][5] == .text("=1+1"))
        var report = Report(title: "Figures")
        report.add(table)
        #expect(try texts(try report.workbook())["Figures"]?[1] == ["12500.46", "23.45%", "12.3%", "0.4%", "2026-11-22", "=1+1"])
    }

    @Test func findingsWithNoTableBecomeOneSheet() throws {
        var report = Report(title: "Check")
        report.add(.lines(["a.csv:3:1: error: x", "a.csv:4: warning: y"]))
        #expect(try texts(try report.workbook()) == ["Findings": [["message"], ["a.csv:3:1: error: x"], ["a.csv:4: warning: y"]]])
    }
}
