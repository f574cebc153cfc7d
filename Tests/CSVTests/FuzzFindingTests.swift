import Testing

@testable import CSV

/// What the libFuzzer harness for the CSV reader (Tests/Fuzz/Harnesses/csv.swift) found, each
/// kept as the smallest input that showed it: a table the reader accepts must write back as
/// CSV that it reads back to the same cells.
struct FuzzFindingTests {
    func roundTrip(_ bytes: [UInt8], delimiter: CSVDelimiter = .comma) throws -> (read: [[String]], back: [[String]]) {
        let table = try CSVReader(delimiter: delimiter).read(bytes: bytes, source: "in.csv")
        let written = CSVWriter(delimiter: delimiter).write(table.rows.map { $0.cells.map { .text($0.text) } })
        let back = try CSVReader(delimiter: delimiter).read(text: written, source: "out.csv")
        return (table.rows.map { $0.cells.map(\.text) }, back.rows.map { $0.cells.map(\.text) })
    }

    func binaryKind(_ bytes: [UInt8]) -> String? {
        do {
            _ = try CSVReader().read(bytes: bytes, source: "in.csv")
            return nil
        } catch let CSVError.binary(_, kind) {
            return kind
        } catch {
            return "\(error)"
        }
    }

    /// A NUL after a UTF-8 byte-order mark, in UTF-16, or past the first 8 KB was read into a
    /// cell; written back without the mark, the file was refused as binary.
    @Test func aNULAnywhereMakesTheFileBinary() {
        let nul = "a binary file (it contains NUL bytes)"
        #expect(binaryKind([0xEF, 0xBB, 0xBF, 0x61, 0x00, 0x62]) == nul)
        #expect(binaryKind([0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00]) == nul)
        #expect(binaryKind(Array(repeating: UInt8(ascii: "a"), count: 9000) + [0x00]) == nul)
    }

    /// A file signature after a byte-order mark ("\u{FEFF}PK\u{3}\u{4}") was read as text; written
    /// back without the mark, it was refused as a workbook. The text is judged as well as the bytes.
    @Test func aSignatureAfterAByteOrderMarkIsStillNamed() {
        #expect(binaryKind([0xEF, 0xBB, 0xBF] + Array("PK\u{3}\u{4}x".utf8)) == "an Excel workbook (.xlsx) or another zip file")
        #expect(binaryKind([0xFE, 0xFF, 0x00, 0x25, 0x00, 0x50, 0x00, 0x44, 0x00, 0x46]) == "a PDF document")
    }

    /// A quoted first cell "%PDF" was written unquoted, making a file that starts like a PDF.
    @Test func aCellThatLooksLikeASignatureIsQuoted() throws {
        #expect(CSVWriter().cell(.text("%PDF")) == "\"%PDF\"")
        let trip = try roundTrip(Array("\"%PDF\",x\n".utf8))
        #expect(trip.back == trip.read && trip.read == [["%PDF", "x"]])
    }

    /// Two byte-order marks: the second was kept in the first cell ("\u{FEFF}Risk ID" matches no
    /// header), and written back it became a mark that the reader dropped.
    @Test func aSecondByteOrderMarkIsNotText() throws {
        let table = try CSVReader().read(bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("Risk ID,x\n".utf8), source: "in.csv")
        #expect(table.rows[0].cells[0].text == "Risk ID")
        let utf16 = try CSVReader().read(bytes: [0xFF, 0xFE, 0xFF, 0xFE, 0x41, 0x00], source: "in.csv")
        #expect(utf16.rows[0].cells[0].text == "A")
        #expect(CSVWriter().cell(.text("\u{FEFF}x")) == "\"\u{FEFF}x\"")
    }

    /// A quote followed by a combining mark is one Character, so doubling quotes Character by
    /// Character missed it, and the cell was written with a bare quote inside its quotes.
    @Test func aQuoteBeforeACombiningMarkIsStillDoubled() throws {
        #expect(CSVWriter().cell(.text("R\"\u{FE2C}x")) == "\"R\"\"\u{FE2C}x\"")
        let trip = try roundTrip(Array("R\"\u{FE2C},y\n".utf8))
        #expect(trip.back == trip.read)
    }

    /// The formula guard is judged on scalars both ways, whatever follows the quote.
    @Test func aFormulaGuardBeforeACombiningMarkRoundTrips() throws {
        for text in ["'\u{301}x", "=\u{301}1", "''\u{301}"] {
            let written = CSVWriter().write([[.text(text)]])
            let back = try CSVReader().read(text: written, source: "out.csv")
            #expect(back.rows[0].cells[0].text == text, "\(text.unicodeScalars.map { $0.value })")
        }
    }
}
