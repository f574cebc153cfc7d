import Foundation
import Testing

@testable import RiskRegister

/// Each real-layout register as LibreOffice saved it as an Excel workbook (`Fixtures/real-layouts/xlsx`),
/// and four as an OpenDocument spreadsheet or a Word document's tables (`ods-docx`), reads as the
/// same register as its CSV file: the same risks, controls and actions, through the same layout rules.
struct RealLayoutWorkbookTests {
    static let others = [
        "ods-docx/brookside-primary.ods", "ods-docx/northgate-risk-plan.ods", "ods-docx/heathfield-five-steps.docx",
        "ods-docx/trust-board-lettered.docx",
    ]

    /// The CSV fixture a workbook was made from: `xlsx/brookside-primary.xlsx` → `brookside-primary.csv`.
    static func csvName(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return (file as NSString).deletingPathExtension + ".csv"
    }

    /// A workbook read alone, named by its file name only (so its register is named as the CSV's is).
    static func load(_ path: String) throws -> RegisterLoad {
        let bytes = [UInt8](try Data(contentsOf: RealLayouts.folder.appendingPathComponent(path)))
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return try RegisterSet.load([RegisterSource(name: name, bytes: bytes)])
    }

    @Test func everyCSVHasItsWorkbook() {
        let made = (try? FileManager.default.contentsOfDirectory(atPath: RealLayouts.folder.appendingPathComponent("xlsx").path)) ?? []
        #expect(made.filter { $0.hasSuffix(".xlsx") }.sorted().map(Self.csvName) == RealLayouts.names)
    }

    @Test(arguments: RealLayoutTests.corpus)
    func eachXLSXLoadsWithTheRisksOfItsCSV(_ expected: RealLayoutTests.Expected) throws {
        try expectSameAsCSV("xlsx/" + (expected.file as NSString).deletingPathExtension + ".xlsx", expected: expected)
    }

    @Test(arguments: others)
    func eachODSAndWordDocumentLoadsWithTheRisksOfItsCSV(_ path: String) throws {
        let expected = try #require(RealLayoutTests.corpus.first { $0.file == Self.csvName(path) })
        try expectSameAsCSV(path, expected: expected)
    }

    private func expectSameAsCSV(_ path: String, expected: RealLayoutTests.Expected) throws {
        let book = try Self.load(path)
        let csv = try RealLayouts.load(expected.file)
        #expect(book.problems.isEmpty, "\(book.problems)")
        #expect(book.registers == csv.registers)
        #expect(book.registers.risks.map(\.id) == csv.registers.risks.map(\.id))
        #expect(book.readings.count == 1)
        #expect(book.readings.first?.risks == expected.risks)
        #expect(book.readings.first?.controls == expected.controls)
        #expect(book.readings.first?.actions == expected.actions)
        #expect(book.readings.first?.sections.count == csv.readings.first?.sections.count)
        #expect(book.readings.first?.delimiter == nil && book.readings.first?.sheet != nil)
    }

    @Test func aWordDocumentsSectionsAreItsTablesAndItsPlacesNameThem() throws {
        let load = try Self.load("ods-docx/trust-board-lettered.docx")
        let reading = try #require(load.readings.first)
        #expect(reading.sheet == "tables 1–3")
        #expect(reading.sections.map(\.row.description) == ["table 1, row 1", "table 2, row 1", "table 3, row 1"])
        #expect(reading.repeatedHeaders.map(\.description) == ["table 2, row 2", "table 3, row 2"])
        let b1 = try #require(load.registers.risk(id: "B1"))
        #expect(b1.origin.location?.description == "trust-board-lettered.docx: table 2, row 3")
        #expect(b1.origin.location(of: "nextReview")?.description == "trust-board-lettered.docx: table 2, row 3, column I")
    }

    @Test func aWorkbooksCellsAreNamedBySheetAndCell() throws {
        let load = try Self.load("xlsx/trust-register.xlsx")
        let r03 = try #require(load.registers.risk(id: "R03"))
        #expect(r03.origin.location(of: "residualLikelihood")?.description == "trust-register.xlsx: 'trust-register'!D4")
        #expect(load.readings.first?.windows1252 == false, "a workbook's text is Unicode, whatever the CSV it came from")
        #expect(load.readings.first?.header?.description == "row 1")
    }

    @Test func aFolderOfWorkbooksReadsAsTheFolderOfCSVFiles() throws {
        let xlsx = try RealLayoutTests.corpus.map { expected in
            let path = "xlsx/" + (expected.file as NSString).deletingPathExtension + ".xlsx"
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return RegisterSource(name: name, bytes: [UInt8](try Data(contentsOf: RealLayouts.folder.appendingPathComponent(path))))
        }
        let books = try RegisterSet.load(xlsx)
        let csv = try RealLayouts.loadAll()
        #expect(books.registers == csv.registers)
        #expect(books.problems.isEmpty)
    }

    @Test func aWorkbookIsKnownByItsBytesAndACSVFileByItsText() throws {
        let book = [UInt8](try Data(contentsOf: RealLayouts.folder.appendingPathComponent("xlsx/willowbank-primary.xlsx")))
        let misnamed = try RegisterSet.load([RegisterSource(name: "willowbank-primary.csv", bytes: book)])
        #expect(misnamed.registers == (try RealLayouts.load("willowbank-primary.csv")).registers)
        let text = try RealLayouts.source("willowbank-primary.csv").bytes
        let renamed = try RegisterSet.load([RegisterSource(name: "willowbank-primary.xlsx", bytes: text)])
        #expect(renamed.registers == misnamed.registers)
        #expect(
            renamed.notes.first?.description
                == "willowbank-primary.xlsx: note: the file is named as an Excel workbook (.xlsx) but holds text, so it is read as CSV; give it a .csv name."
        )
    }

    /// The Workbook module's own registers, written by openpyxl, LibreOffice Calc, python-docx and
    /// LibreOffice Writer with merged section rows (`Tests/WorkbookTests/Fixtures`): the merged
    /// heading fills its row, and the row is still one section.
    @Test(arguments: [
        ("category-tree-openpyxl.xlsx", 5, ["1.0 Strategic and Reputational Risks", "2.0 Operational Risks"]),
        ("category-tree-libreoffice.xlsx", 5, ["1.0 Strategic and Reputational Risks", "2.0 Operational Risks"]),
        ("category-tree-libreoffice.ods", 5, ["1.0 Strategic and Reputational Risks", "2.0 Operational Risks"]),
        ("lettered-sections-python-docx.docx", 4, ["A GOVERNANCE / BOARD", "B FINANCE"]),
        ("lettered-sections-libreoffice.docx", 4, ["A GOVERNANCE / BOARD", "B FINANCE"]),
    ])
    func mergedSectionRowsOfOtherProducersAreSections(_ file: String, risks: Int, sections: [String]) throws {
        let url = Registers.packageRoot.appendingPathComponent("Tests/WorkbookTests/Fixtures").appendingPathComponent(file)
        let load = try RegisterSet.load([RegisterSource(name: file, bytes: [UInt8](try Data(contentsOf: url)))])
        #expect(load.problems.isEmpty, "\(load.problems)")
        #expect(load.registers.risks.count == risks)
        #expect(load.readings.first?.sections.map(\.heading) == sections)
    }
}
