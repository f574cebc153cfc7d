import Testing

@testable import Archive

/// The decoder reads what zlib writes, block type by block type, and refuses broken streams.
struct InflaterTests {
    @Test(arguments: ["oak-valley.fixed.deflate", "oak-valley.dynamic.deflate"])
    func decodesZlibsHuffmanBlocks(_ name: String) throws {
        let expected = try fixture("oak-valley.txt")
        #expect(try Inflater.inflate(try fixture(name), limit: 1 << 20) == expected)
    }

    @Test func decodesStoredBlocksOverSixtyFourKibibytes() throws {
        let text = try fixture("oak-valley.txt")
        let expected = Array([[UInt8]](repeating: text, count: 24).joined())
        #expect(expected.count > 65_535)
        #expect(try Inflater.inflate(try fixture("oak-valley.stored.deflate"), limit: 1 << 20) == expected)
    }

    @Test func decodesTheEmptyStream() throws {
        #expect(try Inflater.inflate(try fixture("empty.deflate"), limit: 10) == [])
    }

    @Test func aStreamCutShortIsTruncated() throws {
        let whole = try fixture("oak-valley.dynamic.deflate")
        for cut in [0, 1, 5, whole.count / 2, whole.count - 1] {
            #expect(throws: InflateError.truncated, "cut at \(cut)") { try Inflater.inflate(Array(whole.prefix(cut)), limit: 1 << 20) }
        }
    }

    @Test func refusesTheReservedBlockType() {
        #expect(throws: InflateError.reservedBlockType) { try Inflater.inflate([0b0000_0111], limit: 10) }
    }

    @Test func refusesAStoredBlockWhoseLengthsDisagree() {
        #expect(throws: InflateError.storedLengthMismatch) { try Inflater.inflate([0x01, 0x05, 0x00, 0x00, 0x00], limit: 10) }
    }

    @Test func refusesADistanceBeforeTheStart() {
        // Fixed block: length 3 (symbol 257, code 0000001), distance code 0 (distance 1), no output yet.
        #expect(throws: InflateError.distanceTooFar(distance: 1, available: 0)) { try Inflater.inflate([0x03, 0x02, 0x00], limit: 10) }
    }

    @Test func stopsAtTheOutputLimit() throws {
        let text = try fixture("oak-valley.txt")
        #expect(throws: InflateError.outputLimit(100)) { try Inflater.inflate(try fixture("oak-valley.fixed.deflate"), limit: 100) }
        #expect(try Inflater.inflate(try fixture("oak-valley.fixed.deflate"), limit: text.count).count == text.count)
    }

    @Test func crcOfTheCheckString() {
        // The check value every CRC-32 (ISO-HDLC) implementation publishes.
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    @Test func crcMatchesZipfilesRecordedValue() throws {
        let archive = try ZipArchive(bytes: try fixture("python-deflated.zip"), source: "python-deflated.zip")
        let entry = try #require(archive.entry(named: "oak-valley.txt"))
        #expect(CRC32.checksum(try fixture("oak-valley.txt")) == entry.crc32)
    }
}

/// What the encoder writes, the decoder reads back, for any bytes.
struct DeflaterTests {
    @Test func roundTripsTextRunsAndNothing() throws {
        let text = try fixture("oak-valley.txt")
        for input in [[], [65], Array("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8), text, [UInt8](repeating: 0, count: 100_000)] {
            #expect(try Inflater.inflate(Deflater.deflate(input), limit: 1 << 20) == input)
        }
    }

    @Test func compressesRepetitiveXML() {
        let row = Array("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>12</v></c><c r=\"B1\"><v>4</v></c></row>".utf8)
        let xml = Array([[UInt8]](repeating: row, count: 1000).joined())
        #expect(Deflater.deflate(xml).count * 10 < xml.count)
    }

    @Test func roundTripsSeededRandomBytes() throws {
        for seed in UInt64(0)..<40 {
            var generator = SeededGenerator(seed: seed)
            let count = Int(generator.next() % 70_000)
            // A small alphabet makes matches, long and short, near and far.
            let alphabet = UInt64(1 + generator.next() % 255)
            let input = (0..<count).map { _ in UInt8(generator.next() % alphabet) }
            #expect(try Inflater.inflate(Deflater.deflate(input), limit: 1 << 20) == input, "seed \(seed)")
        }
    }

    @Test func isDeterministic() throws {
        let text = try fixture("oak-valley.txt")
        #expect(Deflater.deflate(text) == Deflater.deflate(text))
    }
}
