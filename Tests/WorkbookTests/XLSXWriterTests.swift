import Archive
import CSV
import Testing

@testable import Workbook

/// What the writer writes reads back the same, stays text where it is text, and carries the
/// styles a person sees.
struct XLSXWriterTests {
    let sheets = [
        SheetToWrite(
            name: "Risks",
            rows: [
                [.text("Risk"), .text("Impact"), .text("Probability"), .text("Next review"), .text("RAG")],
                [
                    .text("=1+1"), .number(12500.5, format: .pounds), .number(0.234, format: .percent(places: 1)),
                    .date(iso: "2026-11-22") ?? .empty, .text("red", style: CellStyle(fill: "E9A077")),
                ],
                [
                    .text("  padded \n two lines"), .number(-3, format: .integer), .empty, .text("not a date"),
                    .text("green", style: CellStyle(fill: "7FCDB9")),
                ],
            ]),
        SheetToWrite(name: "Risks", rows: [[.text("a [clash]: *?/\\")]], hasHeader: false),
    ]

    @Test func readsBackTheSameValues() throws {
        let tables = try WorkbookReader.read(bytes: try XLSXWriter.write(sheets), source: "out.xlsx")
        #expect(tables.sheets.map(\.name) == ["Risks", "Risks (2)"])
        #expect(
            texts(tables.sheets[0].table) == [
                ["Risk", "Impact", "Probability", "Next review", "RAG"],
                ["=1+1", "12500.5", "23.4%", "2026-11-22", "red"],
                ["  padded \n two lines", "-3", "", "not a date", "green"],
            ])
        #expect(texts(tables.sheets[1].table) == [["a [clash]: *?/\\"]])
    }

    @Test func textIsNeverAFormula() throws {
        var archive = try ZipArchive(bytes: try XLSXWriter.write(sheets), source: "out.xlsx")
        let sheet = String(decoding: try archive.requiredContents(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains("<c r=\"A2\" t=\"s\">"))
    }

    @Test func headerBoldFrozenFilteredAndColumnsSized() throws {
        var archive = try ZipArchive(bytes: try XLSXWriter.write(sheets), source: "out.xlsx")
        let sheet = String(decoding: try archive.requiredContents(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"$A$1:$E$3\"/>"))
        #expect(sheet.contains("<row r=\"3\" ht=\"30\" customHeight=\"1\">"))
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"12\" customWidth=\"1\"/>"))
        let styles = String(decoding: try archive.requiredContents(of: "xl/styles.xml"), as: UTF8.self)
        #expect(styles.contains("formatCode=\"&quot;£&quot;#,##0;\\-&quot;£&quot;#,##0\""))
        #expect(styles.contains("formatCode=\"0.0%\"") && styles.contains("formatCode=\"dd/mm/yyyy\""))
        #expect(styles.contains("<fgColor rgb=\"FFE9A077\"/>") && styles.contains("<fgColor rgb=\"FF7FCDB9\"/>"))
        #expect(styles.contains("<font><b/>"))
        // The cell holding a line break wraps, so both its lines show.
        #expect(styles.contains("<alignment vertical=\"top\" wrapText=\"1\"/>"))
        let workbook = String(decoding: try archive.requiredContents(of: "xl/workbook.xml"), as: UTF8.self)
        #expect(
            workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">Risks!$A$1:$E$3</definedName>"))
    }

    @Test func longTextWrapsInAColumnOfAtMostFiftyAndThePagePrintsLandscapeOneWide() throws {
        let long = String(repeating: "word ", count: 30)
        let sheet = SheetToWrite(name: "Risks", rows: [[.text("Title"), .text("RAG")], [.text(long), .text("red")]])
        var archive = try ZipArchive(bytes: try XLSXWriter.write([sheet]), source: "out.xlsx")
        let xml = String(decoding: try archive.requiredContents(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"50\" customWidth=\"1\"/>"))
        // 150 characters in a column holding 48 a line: four lines, 60 points.
        #expect(XLSXSheetWriter.shownLines(long, width: 50) == 4)
        #expect(xml.contains("<row r=\"2\" ht=\"60\" customHeight=\"1\">"))
        #expect(
            xml.hasPrefix(XLSXWriter.declaration + "<worksheet")
                && xml.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension"))
        #expect(xml.hasSuffix("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"))
        let workbook = String(decoding: try archive.requiredContents(of: "xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Risks!$1:$1</definedName>"))
        let styles = String(decoding: try archive.requiredContents(of: "xl/styles.xml"), as: UTF8.self)
        #expect(
            styles.contains(
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf></cellStyleXfs>"
            ))
        let read = try WorkbookReader.read(bytes: try XLSXWriter.write([sheet]), source: "out.xlsx")
        #expect(read.sheets[0].table.rows[1].cells[0].text == long, "wrapping changes how text shows, not the text")
    }

    @Test func aCarriageReturnIsKept() throws {
        let sheet = SheetToWrite(name: "S", rows: [[.text("one\r\ntwo\rthree")]], hasHeader: false)
        let read = try WorkbookReader.read(bytes: try XLSXWriter.write([sheet]), source: "out.xlsx")
        #expect(read.sheets[0].table.rows[0].cells[0].text == "one\r\ntwo\rthree")
    }

    @Test func isDeterministic() throws {
        #expect(try XLSXWriter.write(sheets) == (try XLSXWriter.write(sheets)))
    }

    @Test func sheetNamesExcelAccepts() {
        #expect(
            XLSXWriter.sheetNames(["Risks", "risks", "", "'quoted'", String(repeating: "x", count: 40), "a/b"]) == [
                "Risks", "risks (2)", "Sheet3", "quoted", String(repeating: "x", count: 31), "a-b",
            ])
    }

    @Test func controlCharactersAreEscapedAndReadBack() throws {
        let text = "bell\u{7} and _x0041_ literally"
        let bytes = try XLSXWriter.write([SheetToWrite(name: "S", rows: [[.text(text)]], hasHeader: false)])
        #expect(texts(try WorkbookReader.read(bytes: bytes, source: "s.xlsx").sheets[0].table) == [[text]])
    }

    @Test func aCSVTableWritesWithDatesAsDates() throws {
        let sheet = SheetToWrite(name: "Register", fields: [[.text("Next review"), .text("Score")], [.text("2026-11-22"), .number(12)]])
        #expect(sheet.rows[1][0] == SheetCell(.date(year: 2026, month: 11, day: 22), style: CellStyle(format: .date)))
        let tables = try WorkbookReader.read(bytes: try XLSXWriter.write([sheet]), source: "r.xlsx")
        #expect(texts(tables.sheets[0].table) == [["Next review", "Score"], ["2026-11-22", "12"]])
    }
}

/// Dates, numbers and format codes, the small rules under the readers.
struct CellValueTests {
    @Test func serialDatesInBothSystems() {
        #expect(SerialDate.text(serial: 1, system: .from1900, shows: .date) == "1900-01-01")
        #expect(SerialDate.text(serial: 59, system: .from1900, shows: .date) == "1900-02-28")
        #expect(SerialDate.text(serial: 60, system: .from1900, shows: .date) == "1900-02-29")
        #expect(SerialDate.text(serial: 61, system: .from1900, shows: .date) == "1900-03-01")
        #expect(SerialDate.text(serial: 46348, system: .from1900, shows: .date) == "2026-11-22")
        #expect(SerialDate.text(serial: 44886, system: .from1904, shows: .date) == "2026-11-22")
        #expect(SerialDate.text(serial: 0, system: .from1904, shows: .date) == "1904-01-01")
        #expect(SerialDate.text(serial: 46348.75, system: .from1900, shows: .dateAndTime) == "2026-11-22 18:00")
        #expect(SerialDate.text(serial: 0.5000115740740741, system: .from1900, shows: .time) == "12:00:01")
        #expect(SerialDate.text(serial: -1, system: .from1900, shows: .date) == nil)
        #expect(SerialDate.serial1900(year: 2026, month: 11, day: 22) == 46348)
    }

    @Test func numbersAsAGeneralCellShowsThem() {
        #expect(NumberDisplay.text(12500) == "12500")
        #expect(NumberDisplay.text(0.1 + 0.2) == "0.3")
        #expect(NumberDisplay.text(-1.5) == "-1.5")
        #expect(NumberDisplay.text(1e20) == "1E+20")
        #expect(NumberDisplay.percent(0.07) == "7%")
        #expect(NumberDisplay.percent(0.075) == "7.5%")
    }

    @Test func formatCodesByKind() {
        #expect(NumberFormatKind.custom("dd/mm/yyyy") == .date(.date))
        #expect(NumberFormatKind.custom("yyyy\\-mm\\-dd") == .date(.date))
        #expect(NumberFormatKind.custom("h:mm") == .date(.time))
        #expect(NumberFormatKind.custom("h:mm AM/PM") == .date(.time))
        #expect(NumberFormatKind.custom("dd/mm/yyyy hh:mm") == .date(.dateAndTime))
        #expect(NumberFormatKind.custom("mmm-yy") == .date(.monthAndYear))
        #expect(NumberFormatKind.custom("mmmm yyyy") == .date(.monthAndYear))
        #expect(NumberFormatKind.builtIn(17) == .date(.monthAndYear))
        #expect(NumberFormatKind.custom("yyyy") == .date(.date))
        #expect(SerialDate.text(serial: 46447, system: .from1900, shows: .monthAndYear) == "March 2027")
        #expect(NumberFormatKind.custom("\"£\"#,##0;[Red]\\-\"£\"#,##0") == .number)
        #expect(NumberFormatKind.custom("0.0%") == .percent)
        #expect(NumberFormatKind.custom("General") == .number)
        #expect(NumberFormatKind.custom("\"Day \"0") == .number)
        #expect(NumberFormatKind.builtIn(14) == .date(.date))
        #expect(NumberFormatKind.builtIn(9) == .percent)
        #expect(NumberFormatKind.builtIn(3) == .number)
    }
}
