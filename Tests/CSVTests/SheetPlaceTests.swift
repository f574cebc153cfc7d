import Testing

@testable import CSV

/// Cells read from a workbook or document name themselves as a person finds them there; cells
/// of a CSV file are named as before.
struct SheetPlaceTests {
    @Test func aCellOfACSVFileKeepsItsLineAndColumn() {
        let cell = CSVCell(text: "x", line: 7, column: 12, field: 3)
        #expect(cell.place == "7:12")
        #expect(cell.location(in: "register.csv") == "register.csv:7:12")
        #expect(CSVTable.Row(cells: [cell], line: 7).location(in: "register.csv") == "register.csv:7")
    }

    @Test func aCellOfASheet() {
        let cell = CSVCell(text: "x", line: 7, column: 3, field: 3, sheet: .sheet("Sheet1"))
        #expect(cell.place == "Sheet1!C7")
        #expect(cell.location(in: "register.xlsx") == "register.xlsx: Sheet1!C7")
        #expect(
            CSVTable.Row(cells: [cell], line: 7, sheet: .sheet("Sheet1")).location(in: "register.xlsx") == "register.xlsx: Sheet1 row 7")
    }

    @Test func sheetNamesAreQuotedAsSpreadsheetsQuoteThem() {
        #expect(SheetPlace.sheet("Risk register").cell(row: 7, field: 28) == "'Risk register'!AB7")
        #expect(SheetPlace.sheet("Tom's risks").cell(row: 1, field: 1) == "'Tom''s risks'!A1")
        #expect(SheetPlace.sheet("2026").cell(row: 1, field: 1) == "'2026'!A1")
        #expect(SheetPlace.sheet("Risks_2026").cell(row: 1, field: 1) == "Risks_2026!A1")
    }

    @Test func aCellOfADocumentTable() {
        let cell = CSVCell(text: "x", line: 7, column: 3, field: 3, sheet: .documentTable(2))
        #expect(cell.location(in: "register.docx") == "register.docx: table 2, row 7, column C")
        #expect(SheetPlace.documentTable(2).row(7) == "table 2, row 7")
    }
}
