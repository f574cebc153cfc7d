/// Writes a ZIP archive in memory: each part stored or DEFLATE-compressed (whichever is
/// smaller), names in UTF-8, and every timestamp 1980-01-01 00:00 so the same parts always give
/// the same bytes.
package struct ZipWriter: Sendable {
    /// One part to write.
    package struct Part: Sendable {
        package var name: String
        package var contents: [UInt8]

        package init(name: String, contents: [UInt8]) {
            self.name = name
            self.contents = contents
        }
    }

    /// Whether parts may be compressed; stored archives are for tests and fixtures.
    package var compresses: Bool

    package init(compresses: Bool = true) {
        self.compresses = compresses
    }

    /// The archive holding `parts` in order. Refuses what ZIP without ZIP64 cannot hold
    /// (4 GiB or 65,535 parts), which no workbook matrisk writes comes near.
    package func archive(_ parts: [Part]) throws(ArchiveError) -> [UInt8] {
        guard parts.count < 0xFFFF else { throw .tooLargeToWrite(detail: "\(parts.count) parts") }
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for part in parts {
            let crc = CRC32.checksum(part.contents)
            let deflated = compresses ? Deflater.deflate(part.contents) : part.contents
            let useDeflate = compresses && deflated.count < part.contents.count
            let data = useDeflate ? deflated : part.contents
            let header = Header(
                name: Array(part.name.utf8), method: useDeflate ? 8 : 0, crc: crc, compressedSize: data.count,
                size: part.contents.count, offset: out.count)
            guard out.count + data.count < 0xFFFF_FFFF, header.name.count < 0xFFFF else {
                throw .tooLargeToWrite(detail: "more than 4 GiB")
            }
            out += header.local()
            out += data
            directory += header.central()
        }
        let directoryOffset = out.count
        out += directory
        out.appendLittleEndian(0x0605_4B50, count: 4)
        out.appendLittleEndian(0, count: 4)  // this disk, the directory's disk
        out.appendLittleEndian(UInt64(parts.count), count: 2)
        out.appendLittleEndian(UInt64(parts.count), count: 2)
        out.appendLittleEndian(UInt64(directory.count), count: 4)
        out.appendLittleEndian(UInt64(directoryOffset), count: 4)
        out.appendLittleEndian(0, count: 2)  // no comment
        return out
    }

    /// The fields a part's local and central headers share.
    private struct Header {
        var name: [UInt8]
        var method: UInt64
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var offset: Int

        /// Version 2.0, UTF-8 names (flag bit 11), 1980-01-01 00:00 (DOS date 0x21, time 0).
        func common() -> [UInt8] {
            var out: [UInt8] = []
            out.appendLittleEndian(20, count: 2)
            out.appendLittleEndian(0x0800, count: 2)
            out.appendLittleEndian(method, count: 2)
            out.appendLittleEndian(0, count: 2)
            out.appendLittleEndian(0x21, count: 2)
            out.appendLittleEndian(UInt64(crc), count: 4)
            out.appendLittleEndian(UInt64(compressedSize), count: 4)
            out.appendLittleEndian(UInt64(size), count: 4)
            out.appendLittleEndian(UInt64(name.count), count: 2)
            out.appendLittleEndian(0, count: 2)  // no extra field
            return out
        }

        func local() -> [UInt8] {
            var out: [UInt8] = []
            out.appendLittleEndian(0x0403_4B50, count: 4)
            out += common()
            out += name
            return out
        }

        func central() -> [UInt8] {
            var out: [UInt8] = []
            out.appendLittleEndian(0x0201_4B50, count: 4)
            out.appendLittleEndian(20, count: 2)  // made by: version 2.0, MS-DOS attributes
            out += common()
            out.appendLittleEndian(0, count: 2)  // no comment
            out.appendLittleEndian(0, count: 2)  // disk 0
            out.appendLittleEndian(0, count: 2)  // internal attributes
            out.appendLittleEndian(0, count: 4)  // external attributes
            out.appendLittleEndian(UInt64(offset), count: 4)
            out += name
            return out
        }
    }
}
