import CSV
import Testing

@testable import Workbook

/// Excel workbooks read into the CSV reader's table type, each value as a spreadsheet shows it.
struct XLSXReaderTests {
    /// The same register saved by LibreOffice from CSV (as .xlsx and .ods) and typed by openpyxl
    /// (dates as dates, probabilities as percentages, money with £) reads as the CSV does.
    @Test(arguments: ["oak-primary-libreoffice.xlsx", "oak-primary-libreoffice.ods", "oak-primary-openpyxl.xlsx"])
    func aRegisterReadsAsItsCSVDoes(_ name: String) throws {
        let csv = try CSVReader().read(bytes: try fixture("oak-primary.csv"), source: "oak-primary.csv")
        let first = try #require(try read(name).sheets.first)
        #expect(texts(first.table) == texts(csv))
        #expect(cell(first, "B7") == "=1+1 typed into the wrong cell")
    }

    @Test func cellsNameTheirSheetAndPlace() throws {
        let risks = try sheet(try read("oak-primary-openpyxl.xlsx"), "Risks")
        let c7 = try #require(risks.table.rows.first { $0.line == 7 }?[field: 2])
        #expect(c7.location(in: "oak-primary.xlsx") == "oak-primary.xlsx: Risks!C7")
        #expect(risks.table.rows[2].location(in: "oak-primary.xlsx") == "oak-primary.xlsx: Risks row 3")
        #expect(c7.field == 3 && c7.line == 7)
    }

    @Test func everyCellTypeOpenpyxlWrites() throws {
        let extras = try sheet(try read("oak-primary-openpyxl.xlsx"), "Extras")
        #expect(cell(extras, "B2") == nil)  // #N/A, read as empty
        #expect(cell(extras, "B3") == nil)  // a formula openpyxl saved without a value
        #expect(cell(extras, "B4") == "21")
        #expect(cell(extras, "B5") == "Red – two vacancies")
        #expect(cell(extras, "B6") == "TRUE")
        #expect(cell(extras, "B7") == "14:30")
        #expect(cell(extras, "B8") == "2026-11-22 09:15")
        #expect(cell(extras, "B9") == "0.3")
        #expect(cell(extras, "B10") == "-12400.5")
        #expect(["A12", "B12", "C12"].map { cell(extras, $0) } == Array(repeating: "Merged across", count: 3))
        #expect(["D14", "D15", "D16"].map { cell(extras, $0) } == Array(repeating: "Merged down", count: 3))
        #expect(
            extras.notes == [
                "'Extras' hides 1 row (6); they are read like the others.",
                "1 cell of 'Extras' hold a spreadsheet error and are read as empty: Extras!B2 (#N/A).",
                "1 formula of 'Extras' have no saved value and are read as empty (Extras!B3); open the file in a spreadsheet and save it to calculate them.",
            ])
    }

    @Test func formulasReadByTheValueLibreOfficeSaved() throws {
        let extras = try sheet(try read("oak-primary-extras-libreoffice.xlsx"), "Extras")
        #expect(cell(extras, "B3") == "42")
        #expect(cell(extras, "B2") == nil)
        #expect(extras.notes.contains { $0.contains("Extras!B2 (#N/A)") })
    }

    @Test func hiddenSheetsAreReadAndNoted() throws {
        let lookups = try sheet(try read("oak-primary-openpyxl.xlsx"), "Lookups")
        #expect(lookups.isHidden)
        #expect(texts(lookups.table) == [["financial"], ["estates"], ["technology"], ["workforce"]])
        #expect(lookups.notes == ["The sheet 'Lookups' is hidden in the workbook; it is read like the others."])
    }

    @Test func datesOfThe1904System() throws {
        let dates = try #require(try read("dates-1904-openpyxl.xlsx").sheets.first)
        #expect(texts(dates.table) == [["Next review"], ["2026-11-22"], ["1904-01-02"]])
    }

    @Test func handWrittenCellsOfEveryKind() throws {
        let tables = try read("hand-written.xlsx")
        let types = try sheet(tables, "Cell types")
        let expected: [String: String?] = [
            "B2": "Castle Secondary", "B3": "Castle", "B4": "FALSE", "B5": nil, "B6": "2026-11-22",
            "B7": "1900-02-28", "B8": "1900-02-29", "B9": "1900-03-01", "A10": "no r", "B10": "0.0015",
            "B12": "line one\r\nline two & _x0041_", "B13": "7.5%", "B14": "12:00",
            "C15": "merged over the rest of the sheet", "C16": "merged over the rest of the sheet", "A16": "last",
        ]
        for (reference, text) in expected { #expect(cell(types, reference) == text, "\(reference)") }
        // The merged range reaches row 1,048,576 and column XFD; it is filled only where the sheet has values.
        #expect(types.table.rows.map(\.line) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16])
        #expect(types.table.rows.allSatisfy { $0.cells.count <= 3 })
        #expect(tables.notes == ["The sheet 'Chart' is a chart or dialog sheet, not cells; it is left out."])
        #expect(types.notes == ["1 cell of 'Cell types' hold a spreadsheet error and are read as empty: 'Cell types'!B5 (#DIV/0!)."])
    }

    @Test func aCategoryTreeWithMergedCells() throws {
        for name in ["category-tree-openpyxl.xlsx", "category-tree-libreoffice.xlsx", "category-tree-libreoffice.ods"] {
            let register = try #require(try read(name).sheets.first)
            #expect(cell(register, "I1") == "Willow Brook Primary Academy: Risk Register", "\(name)")
            #expect(cell(register, "E5") == "1.0 Strategic and Reputational Risks", "\(name)")
            #expect(cell(register, "A7") == "Strategic", "\(name)")
            #expect(cell(register, "A11") == "Operational", "\(name)")
            #expect(cell(register, "C11") == "Ransomware locks the school's files", "\(name)")
            // The score is a formula: LibreOffice saved its value, openpyxl none.
            #expect(cell(register, "F11") == (name.contains("openpyxl") ? "" : "10"), "\(name)")
        }
    }

    @Test func workbooksExcelWrote() throws {
        let issues = try read("excel-issues.xlsx")
        #expect(texts(try sheet(issues, "datatypes").table) == [["1"], ["1.5"], ["ab"], ["FALSE"], ["test"], ["2016-10-20"]])
        #expect(texts(try sheet(issues, "spc_chrs").table).prefix(6).map { $0.first ?? "" } == ["&", "<", ">", "aaa ' aaa", "\"", "☺"])
        #expect(texts(try read("excel-x000D.xlsx").sheets[0].table) == [["ABC\r\nDEF"]])
        #expect(texts(try read("excel-mac-example.xlsx").sheets[0].table) == [["lorem", "ipsum"]])
        #expect(texts(try read("prefixed-namespaces.xlsx").sheets[0].table) == [["a", "b"], ["1", "3"], ["2", "4"]])
        let merged = try read("excel-merge-cells.xlsx").sheets[0]
        #expect(
            texts(merged.table) == [
                ["Row Merge", "Row Merge", "Not Merged"],
                ["Column Merge", "Chunk Merged", "Chunk Merged", "Chunk Merged"],
                ["Column Merge", "Chunk Merged", "Chunk Merged", "Chunk Merged"],
                ["Column Merge", "Chunk Merged", "Chunk Merged", "Chunk Merged"],
            ])
    }

    @Test func excelsErrorValuesAreEmptyWithANote() throws {
        let errors = try sheet(try read("excel-errors.xlsx"), "Feuil1")
        #expect(errors.table.rows.isEmpty)
        #expect(
            errors.notes == [
                "7 cells of 'Feuil1' hold a spreadsheet error and are read as empty: Feuil1!A1 (#DIV/0!), Feuil1!A2 (#NAME?), Feuil1!A3 (#VALUE!), Feuil1!A4 (#NULL!), Feuil1!A5 (#REF!) and 2 more."
            ])
    }
}
