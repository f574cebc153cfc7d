import Testing

@testable import CSV

/// The writer quotes what needs quoting, guards formula-like text, and reads back unchanged.
struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsIt() {
        let writer = CSVWriter()
        #expect(writer.cell(.text("plain")) == "plain")
        #expect(writer.cell(.text("a, b")) == "\"a, b\"")
        #expect(writer.cell(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(writer.cell(.text("two\nlines")) == "\"two\nlines\"")
        #expect(writer.cell(.text(" padded ")) == "\" padded \"")
        #expect(writer.cell(.text("Windows\r\nline break")) == "\"Windows\r\nline break\"")
        #expect(CSVWriter(delimiter: .semicolon).cell(.text("a; b")) == "\"a; b\"")
        #expect(CSVWriter(delimiter: .semicolon).cell(.text("a, b")) == "a, b")
    }

    @Test(arguments: ["=1+1", "+44 1234", "-5", "@SUM(A1)", "\tcmd", "\r=x", "\r\n=x", "'quoted"])
    func formulaLikeTextIsWrittenAsText(text: String) throws {
        let cell = CSVWriter().cell(.text(text))
        #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"), "\(cell.debugDescription) would run as a formula")
        let back = try CSVReader().read(text: "h\n" + cell + "\n", source: "w.csv")
        #expect(back.rows[1].cells[0].text == text)
    }

    @Test func numbersStayNumbers() {
        let writer = CSVWriter()
        #expect(writer.cell(.number(-5)) == "-5")
        #expect(writer.cell(.number(12500)) == "12500")
        #expect(writer.cell(.number(2.5)) == "2.5")
        #expect(writer.cell(.number(nil)) == "")
        #expect(writer.cell(.number(.nan)) == "")
        #expect(writer.cell(.integer(7)) == "7")
        #expect(writer.cell(.empty) == "")
    }

    @Test func linesEndInCRLFByDefault() {
        #expect(CSVWriter().write([[.text("a"), .integer(1)], [.text("b"), .empty]]) == "a,1\r\nb,\r\n")
        #expect(CSVWriter(lineEnding: "\n").line([.text("x")]) == "x\n")
    }

    /// Seeded random cells, including every character that needs care, read back exactly.
    @Test func randomCellsRoundTrip() throws {
        let alphabet = Array("ab ,;\"\n\r\t=+-@'£é😀1.")
        for seed in 0..<200 {
            var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
            func next() -> Int {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                return Int(state % 1_000_000)
            }
            let rows = (0..<3).map { _ in (0..<4).map { _ in String((0..<(next() % 8)).map { _ in alphabet[next() % alphabet.count] }) } }
            for delimiter in CSVDelimiter.allCases {
                let text = CSVWriter(delimiter: delimiter).write(
                    [["h1", "h2", "h3", "h4"].map(CSVField.text)] + rows.map { $0.map(CSVField.text) })
                let table = try CSVReader(delimiter: delimiter).read(text: text, source: "seed \(seed)")
                #expect(table.rows.dropFirst().map { $0.cells.map(\.text) } == rows, "seed \(seed), \(delimiter.name)")
            }
        }
    }

    @Test func columnLettersCountLikeASpreadsheet() {
        #expect(CSVCell.letters(forField: 1) == "A")
        #expect(CSVCell.letters(forField: 26) == "Z")
        #expect(CSVCell.letters(forField: 27) == "AA")
        #expect(CSVCell.letters(forField: 703) == "AAA")
    }
}
