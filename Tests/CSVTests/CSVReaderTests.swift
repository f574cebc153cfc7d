import Foundation
import Testing

@testable import CSV

/// The reader follows RFC 4180 and what spreadsheets actually save, and knows where every cell is.
struct CSVReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func read(_ text: String, delimiter: CSVDelimiter? = nil) throws -> CSVTable {
        try CSVReader(delimiter: delimiter).read(text: text, source: "test.csv")
    }

    func texts(_ table: CSVTable) -> [[String]] { table.rows.map { $0.cells.map(\.text) } }

    @Test func quotedCellsHoldDelimitersQuotesAndLineBreaks() throws {
        let table = try read("id,note\nT1,\"a, b\"\nT2,\"she said \"\"no\"\"\"\nT3,\"two\nlines\"\n")
        #expect(texts(table) == [["id", "note"], ["T1", "a, b"], ["T2", "she said \"no\""], ["T3", "two\nlines"]])
    }

    @Test func everyCellKnowsItsLineAndColumn() throws {
        let table = try read("id,note,score\nT1,\"first\nsecond\",4\nT2,x,£5\n")
        let cells = table.rows.flatMap(\.cells)
        #expect(cells.map(\.line) == [1, 1, 1, 2, 2, 3, 4, 4, 4])
        #expect(table.rows[1].cells[2].column == 9)  // after `second",` on line 3
        #expect(table.rows[2].line == 4)
        #expect(table.rows[2].cells[2].column == 6)
        #expect(table.rows[2].cells[2].field == 3)
        #expect(table.rows[2].cells[2].columnLetters == "C")
    }

    @Test func crlfLfAndLoneCRAllEndLines() throws {
        for ending in ["\r\n", "\n", "\r"] {
            let table = try read("a,b" + ending + "1,2" + ending + "3,4")
            #expect(texts(table) == [["a", "b"], ["1", "2"], ["3", "4"]], "line ending \(ending.debugDescription)")
            #expect(table.rows.map(\.line) == [1, 2, 3])
        }
    }

    @Test func aLoneCRInsideAQuotedCellStillCountsAsALine() throws {
        let table = try read("a,b\r\"x\ry\",2\r3,4\r")
        #expect(table.rows[1].cells[0].text == "x\ry")
        #expect(table.rows[2].line == 4)
    }

    @Test func trailingBlankLinesAreNotRowsButBlankLinesInsideAreKept() throws {
        let table = try read("a,b\n1,2\n\n3,4\n\n\n\r\n")
        #expect(table.rows.count == 4)
        #expect(table.rows[2].isBlank)
        #expect(table.rows[3].line == 4)
    }

    @Test func emptyTextIsNoRows() throws {
        #expect(try read("").rows.isEmpty)
        #expect(try read("\n\n").rows.isEmpty)
    }

    @Test func crlfFixtureReadsWithItsQuotedComma() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("crlf.csv")))
        let table = try CSVReader().read(bytes: bytes, source: "crlf.csv")
        #expect(texts(table) == [["Risk ID", "Title", "Likelihood"], ["T01", "Growth, and capacity", "4"]])
    }

    @Test func semicolonFileWithByteOrderMarkIsDetected() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("semicolon-bom.csv")))
        let table = try CSVReader().read(bytes: bytes, source: "semicolon-bom.csv")
        #expect(table.delimiter == .semicolon)
        #expect(texts(table) == [["Risk ID", "Title", "Likelihood"], ["T01", "Staff costs; pay award", "4"]])
        #expect(table.rows[0].cells[0].column == 1, "the byte-order mark is not a character of the first cell")
    }

    @Test func delimiterDetectionUsesTheHeaderAndIgnoresQuotedOnes() {
        #expect(CSVReader.detectDelimiter(Array("a;b;c\n1,5;2;3".utf8)) == .semicolon)
        #expect(CSVReader.detectDelimiter(Array("\"a;b;c\",d\n".utf8)) == .comma)
        #expect(CSVReader.detectDelimiter(Array("a\tb\tc\n".utf8)) == .tab)
        #expect(CSVReader.detectDelimiter(Array("\n\nid;title\n".utf8)) == .semicolon)
        #expect(CSVReader.detectDelimiter(Array("single".utf8)) == .comma)
    }

    @Test func aChosenDelimiterOverridesDetection() throws {
        let table = try read("a;b,c\n1;2,3\n", delimiter: .comma)
        #expect(texts(table) == [["a;b", "c"], ["1;2", "3"]])
    }

    @Test func utf16WithByteOrderMarkIsConverted() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "id,£\n1,2\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let table = try CSVReader().read(bytes: bytes, source: "u16.csv")
        #expect(texts(table) == [["id", "£"], ["1", "2"]])
    }

    @Test func aGuardedFormulaReadsBackAsItsText() throws {
        let table = try read("'=SUM(A1),'-5,'@x,'hello,''=x\n")
        #expect(texts(table) == [["=SUM(A1)", "-5", "@x", "'hello", "'=x"]])
    }
}

/// Every way a file can fail to be CSV gives one error naming the file and the place.
struct CSVReaderErrorTests {
    func error(_ bytes: [UInt8], limits: CSVReader.Limits = CSVReader.Limits()) -> CSVError? {
        do {
            _ = try CSVReader(limits: limits).read(bytes: bytes, source: "r.csv")
            return nil
        } catch let error as CSVError {
            return error
        } catch {
            return nil
        }
    }

    @Test func unclosedQuoteNamesWhereTheCellStarts() {
        let e = error(Array("id,title\nT1,\"Growth\nT2,x\n".utf8))
        #expect(e == .unclosedQuote(source: "r.csv", line: 2, column: 4))
        #expect(e?.description.hasPrefix("r.csv:2:4: error: this quoted cell is never closed") == true)
    }

    @Test func textAfterAClosingQuoteIsNamed() {
        let e = error(Array("id,title\nT1,\"Growth\" plan,x\n".utf8))
        #expect(e == .textAfterClosingQuote(source: "r.csv", line: 2, column: 13, found: "p"))
    }

    @Test func spacesAfterAClosingQuoteAreAllowed() throws {
        let table = try CSVReader().read(text: "a,b\n\"x\"  ,y\n", source: "r.csv")
        #expect(table.rows[1].cells.map(\.text) == ["x", "y"])
    }

    @Test func latin1PoundSignIsExplained() throws {
        let bytes = [UInt8](try Data(contentsOf: CSVReaderTests.fixtures.appendingPathComponent("latin1.csv")))
        let e = error(bytes)
        #expect(e == .notUTF8(source: "r.csv", line: 2, column: 8, byte: 0xA3))
        #expect(e?.description.contains("0xA3 is '£' in Windows-1252") == true)
    }

    /// Bad UTF-8 is placed by the lines the reader counts: a lone CR ends a line as LF and CRLF
    /// do, so a CR-only file's error is not put on line 1 at a column past every line.
    @Test(arguments: ["\r\n", "\n", "\r"])
    func badUTF8IsPlacedOnItsLineWhateverTheLineEnding(_ ending: String) {
        let head = Array(("id,note" + ending + "T1,ok" + ending + "T2,caf").utf8)
        #expect(error(head + [0xA3]) == .notUTF8(source: "r.csv", line: 3, column: 7, byte: 0xA3))
        let atLineStart = Array(("id,note" + ending + "T1,£5" + ending).utf8)
        #expect(error(atLineStart + [0xA3]) == .notUTF8(source: "r.csv", line: 3, column: 1, byte: 0xA3))
    }

    @Test(
        arguments: [
            ([0x50, 0x4B, 0x03, 0x04, 0, 0], "an Excel workbook (.xlsx)"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1], "an old-style Excel workbook (.xls)"),
            (Array("%PDF-1.7\n".utf8), "a PDF document"),
            ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0x7F, 0x45, 0x4C, 0x46, 2, 1], "a program"),
            ([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49], "a binary file"),
            ([0x61, 0x00, 0x2C, 0x00, 0x62, 0x00], "UTF-16 text without a byte-order mark"),
        ] as [([UInt8], String)])
    func binaryFilesAreNamedForWhatTheyAre(bytes: [UInt8], kind: String) {
        guard case .binary(let source, let found)? = error(bytes) else {
            Issue.record("expected a binary-file error")
            return
        }
        #expect(source == "r.csv")
        #expect(found.hasPrefix(kind))
    }

    @Test func limitsRefuseHugeFilesRowsAndCells() {
        let small = CSVReader.Limits(maximumBytes: 100, maximumFieldsPerRow: 3, maximumCellBytes: 10)
        #expect(error(Array(repeating: UInt8(ascii: "a"), count: 101), limits: small) == .tooLarge(source: "r.csv", bytes: 101, limit: 100))
        #expect(error(Array("a,b,c,d\n".utf8), limits: small) == .tooManyFields(source: "r.csv", line: 1, limit: 3))
        #expect(error(Array("a,bbbbbbbbbbbb\n".utf8), limits: small) == .cellTooLong(source: "r.csv", line: 1, column: 3, limit: 10))
        #expect(error(Array("a,\"bbbbbbbbbbbb\"\n".utf8), limits: small) == .cellTooLong(source: "r.csv", line: 1, column: 3, limit: 10))
    }

    @Test func tooLargeSaysHowLargeInMegabytes() {
        let e = CSVError.tooLarge(source: "big.csv", bytes: 50 << 20, limit: 32 << 20)
        #expect(
            e.description == "big.csv: error: the file is 50.0 MB, larger than the 32.0 MB a register file may be; is it the right file?")
    }

    @Test func invalidUTF8SequencesAreFound() {
        #expect(TextEncoding.firstInvalidUTF8(Array("ok £ é 😀".utf8)) == nil)
        #expect(TextEncoding.firstInvalidUTF8([0x61, 0xC0, 0x80]) == 1, "overlong encoding")
        #expect(TextEncoding.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0, "a surrogate")
        #expect(TextEncoding.firstInvalidUTF8([0x61, 0x62, 0xE2, 0x82]) == 2, "cut short")
        #expect(TextEncoding.firstInvalidUTF8([0xF5, 0x80, 0x80, 0x80]) == 0, "beyond U+10FFFF")
    }
}
