import Testing

@testable import Archive

/// The ZIP reader reads what Python's zipfile and LibreOffice write, including ZIP64, and
/// refuses damaged archives and zip bombs with one sentence each.
struct ZipArchiveTests {
    func open(_ name: String, limits: ArchiveLimits = ArchiveLimits()) throws -> ZipArchive {
        try ZipArchive(bytes: try fixture(name), source: name, limits: limits)
    }

    @Test(arguments: ["python-deflated.zip", "python-stored.zip"])
    func readsEveryPartZipfileWrote(_ name: String) throws {
        var archive = try open(name)
        #expect(archive.entries.map(\.name) == ["oak-valley.txt", "empty.txt", "registers/", "registers/meadow primary.csv"])
        #expect(try archive.contents(ofEntryNamed: "oak-valley.txt") == (try fixture("oak-valley.txt")))
        #expect(try archive.contents(ofEntryNamed: "empty.txt") == [])
        #expect(
            try archive.contents(ofEntryNamed: "registers/meadow primary.csv")
                == Array("Risk ID,Title\nMP-01,Roof leaks in the hall\n".utf8))
        #expect(archive.entry(named: "registers/")?.isDirectory == true)
        #expect(try archive.contents(ofEntryNamed: "missing.txt") == nil)
    }

    @Test func findsTheDirectoryPastAnArchiveComment() throws {
        // python-deflated.zip ends with a 34-byte comment.
        #expect(try open("python-deflated.zip").entries.count == 4)
    }

    @Test func looksPartsUpIgnoringCaseAndALeadingSlash() throws {
        let archive = try open("python-deflated.zip")
        #expect(archive.entry(named: "/Registers/Meadow Primary.csv")?.name == "registers/meadow primary.csv")
    }

    @Test func readsZip64Records() throws {
        var archive = try open("zip64.zip")
        #expect(archive.entries.map(\.name) == ["register.csv", "empty.txt"])
        #expect(try archive.contents(ofEntryNamed: "register.csv") == Array("Risk ID,Title\nT-01,Academy joins with a deficit\n".utf8))
        #expect(try archive.contents(ofEntryNamed: "empty.txt") == [])
    }

    @Test(arguments: [("declares-5-gib.zip", UInt64(5) << 30), ("declares-4-gib.zip", UInt64(0xFFFF_FFFE))])
    func refusesAPartDeclaringGibibytesBeforeExpandingIt(_ name: String, _ bytes: UInt64) throws {
        var archive = try open(name)
        let error = ArchiveError.entryTooLarge(source: name, entry: "sheet.xml", bytes: bytes, limit: 256 << 20)
        #expect(throws: error) { try archive.contents(ofEntryNamed: "sheet.xml") }
        #expect(error.description.contains("zip bomb"))
    }

    @Test func refusesACompressionRatioNoDocumentHas() throws {
        var archive = try open("bomb-ratio.zip")
        let entry = try #require(archive.entry(named: "sheet.xml"))
        let ratio = entry.uncompressedSize / entry.compressedSize
        #expect(ratio > 1000)
        #expect(throws: ArchiveError.suspiciousRatio(source: "bomb-ratio.zip", entry: "sheet.xml", ratio: ratio, limit: 250)) {
            try archive.contents(of: entry)
        }
    }

    @Test func stopsAPartThatExpandsPastItsDeclaredSize() throws {
        var archive = try open("bomb-lying-size.zip")
        #expect(
            throws: ArchiveError.corruptEntry(
                source: "bomb-lying-size.zip", entry: "sheet.xml", detail: "the data expands to more than 101 bytes")
        ) {
            try archive.contents(ofEntryNamed: "sheet.xml")
        }
    }

    @Test func capsTheTotalReadFromOneArchive() throws {
        var archive = try open("python-deflated.zip", limits: ArchiveLimits(maximumTotalBytes: 4000))
        _ = try archive.contents(ofEntryNamed: "oak-valley.txt")
        #expect(throws: ArchiveError.totalTooLarge(source: "python-deflated.zip", limit: 4000)) {
            try archive.contents(ofEntryNamed: "oak-valley.txt")
        }
    }

    @Test func capsTheNumberOfParts() {
        #expect(throws: ArchiveError.tooManyEntries(source: "python-deflated.zip", count: 4, limit: 3)) {
            try open("python-deflated.zip", limits: ArchiveLimits(maximumEntries: 3))
        }
    }

    @Test func refusesABadChecksum() throws {
        var archive = try open("bad-crc.zip")
        #expect(throws: ArchiveError.badChecksum(source: "bad-crc.zip", entry: "register.csv")) {
            try archive.contents(ofEntryNamed: "register.csv")
        }
    }

    @Test func refusesAnEncryptedPart() throws {
        var archive = try open("encrypted-flag.zip")
        #expect(throws: ArchiveError.encrypted(source: "encrypted-flag.zip", entry: "register.csv")) {
            try archive.contents(ofEntryNamed: "register.csv")
        }
    }

    @Test func refusesATruncatedArchive() {
        #expect(throws: ArchiveError.truncated(source: "truncated.zip")) { try open("truncated.zip") }
        #expect(ArchiveError.truncated(source: "a.xlsx").description.contains("cut short"))
    }

    @Test func refusesAnythingThatIsNoArchive() {
        #expect(throws: ArchiveError.truncated(source: "x")) { try ZipArchive(bytes: Array("Risk ID,Title\n".utf8), source: "x") }
        #expect(throws: ArchiveError.truncated(source: "x")) { try ZipArchive(bytes: [], source: "x") }
    }

    @Test func readsEveryPartOfAFileLibreOfficeWrote() throws {
        var archive = try open("libreoffice.ods")
        #expect(archive.entries.first?.name == "mimetype")
        for entry in archive.entries where !entry.isDirectory {
            _ = try archive.contents(of: entry)
        }
        #expect(try archive.contents(ofEntryNamed: "mimetype") == Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
    }

    @Test func damagedCopiesNeverCrash() throws {
        let original = try fixture("python-deflated.zip")
        for seed in UInt64(0)..<3000 {
            var generator = SeededGenerator(seed: seed)
            var bytes = original
            for _ in 0..<(1 + generator.next() % 4) {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            guard var archive = try? ZipArchive(bytes: bytes, source: "damaged.zip") else { continue }
            for entry in archive.entries {
                do {
                    _ = try archive.contents(of: entry)
                } catch {
                    #expect(error.description.hasPrefix("damaged.zip: error:"), "seed \(seed)")
                }
            }
        }
    }
}

/// What the writer writes, the reader reads back, byte for byte, every time the same.
struct ZipWriterTests {
    let parts = [
        ZipWriter.Part(name: "[Content_Types].xml", contents: Array(String(repeating: "<Types/>", count: 50).utf8)),
        ZipWriter.Part(name: "xl/worksheets/sheet1.xml", contents: Array("<worksheet>£ and ✓</worksheet>".utf8)),
        ZipWriter.Part(name: "empty", contents: []),
    ]

    @Test(arguments: [true, false])
    func roundTrips(_ compresses: Bool) throws {
        let bytes = try ZipWriter(compresses: compresses).archive(parts)
        var archive = try ZipArchive(bytes: bytes, source: "written.zip")
        #expect(archive.entries.map(\.name) == parts.map(\.name))
        for part in parts { #expect(try archive.contents(ofEntryNamed: part.name) == part.contents) }
        #expect(archive.entries[0].method == (compresses ? 8 : 0))
        // A part that would grow when deflated is stored.
        #expect(archive.entries[2].method == 0)
    }

    @Test func isDeterministic() throws {
        #expect(try ZipWriter().archive(parts) == (try ZipWriter().archive(parts)))
    }
}
