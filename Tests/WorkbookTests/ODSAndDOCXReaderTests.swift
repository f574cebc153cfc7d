import CSV
import Testing

@testable import Workbook

/// OpenDocument spreadsheets: value types, repeats that cost nothing, covered cells, hidden sheets.
struct ODSReaderTests {
    @Test func everyValueType() throws {
        let tables = try read("hand-written.ods")
        let types = try sheet(tables, "Types")
        #expect(
            texts(types.table) == [
                ["Kind", "Value"], ["float", "12500.5"], ["percentage", "15%"], ["currency", "-12400"], ["date", "2026-11-22"],
                ["date and time", "2026-11-22 14:30"], ["time", "09:05"], ["boolean", "TRUE"],
                ["string", "Two   spaces\ttab\nsecond paragraph\nbroken"], ["error"], ["twice", "twice"], ["twice", "twice"],
                ["twice", "twice"], ["merged", "merged"], ["merged", "merged", "3"],
            ])
        #expect(types.table.rows.last?.line == 15)
        #expect(
            types.notes == [
                "'Types' hides 1 row (9); they are read like the others.",
                "1 cell of 'Types' hold a spreadsheet error and are read as empty: Types!B10 (#N/A).",
            ])
        let hidden = try sheet(tables, "Hidden")
        #expect(hidden.isHidden && texts(hidden.table) == [["secret"]])
    }

    @Test func aValueRepeatedAcrossAMillionColumnsIsRefusedAtOnce() {
        // From calamine's tests: one cell repeated 999,999,999 times in a row repeated as often.
        #expect(throws: WorkbookError.tooManyColumns(source: "repeat-dos.ods", place: "Sheet1!BXY1", limit: 2000)) {
            try read("repeat-dos.ods")
        }
    }
}

/// Word documents: each table, merged cells filled, paragraphs joined, several tables as one register.
struct DOCXReaderTests {
    @Test(arguments: ["lettered-sections-python-docx.docx", "lettered-sections-libreoffice.docx"])
    func tablesOfARegisterInSections(_ name: String) throws {
        let tables = try read(name)
        #expect(tables.format == .docx)
        #expect(tables.sheets.map(\.name) == ["Table 1", "Table 2"])
        let first = texts(tables.sheets[0].table)
        #expect(first[0] == Array(repeating: "A GOVERNANCE / BOARD", count: 9))
        #expect(first[1].first == "RISK No" && first[1].last == "NEXT REVIEW DATE")
        #expect(
            first[2] == [
                "A1", "Governance", "Trustees lack the skills to oversee growth to 12 academies",
                "Skills audit each summer\nTwo co-opted trustees with finance backgrounds", "Amber", "MEDIUM", "Chair", "Board",
                "September 2027",
            ])
        #expect(first[3][0...1] == ["A2", "Governance"])
        let second = texts(tables.sheets[1].table)
        #expect(
            second[3] == [
                "B2", "Finance", "Central reserves fall below one month of central costs", "Monthly cash-flow forecast", "Amber", "MEDIUM",
                "CFO", "Audit and risk", "12.11.26",
            ])
    }

    @Test func severalTablesJoinIntoOneRegisterKeepingEachPlace() throws {
        let joined = try read("lettered-sections-python-docx.docx").joined()
        #expect(joined.rows.count == 8)
        let b1 = joined.rows[6].cells[0]
        #expect(b1.text == "B1")
        #expect(b1.location(in: "register.docx") == "register.docx: table 2, row 3, column A")
        #expect(joined.rows[6].location(in: "register.docx") == "register.docx: table 2, row 3")
    }
}
