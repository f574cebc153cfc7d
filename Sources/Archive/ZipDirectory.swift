/// Finds and parses a ZIP archive's central directory: the end-of-central-directory record,
/// the ZIP64 record when a field overflows, and one header per part.
enum ZipDirectory {
    /// Where the directory is and how many parts it lists.
    struct Location {
        var offset: UInt64
        var size: UInt64
        var count: UInt64
    }

    static func locate(in reader: LittleEndian, source: String, limits: ArchiveLimits) throws(ArchiveError) -> Location {
        let bytes = reader.bytes
        // The end record is 22 bytes plus a comment of at most 65,535, so it is found by
        // searching backwards over that span only.
        guard bytes.count >= 22 else { throw .truncated(source: source) }
        var end = bytes.count - 22
        let lowest = Swift.max(0, bytes.count - 22 - 65_535)
        while end >= lowest, reader.u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest, let disk = reader.u16(end + 4), let startDisk = reader.u16(end + 6), let count16 = reader.u16(end + 10),
            let size32 = reader.u32(end + 12), let offset32 = reader.u32(end + 16)
        else { throw .truncated(source: source) }
        var location = Location(offset: UInt64(offset32), size: UInt64(size32), count: UInt64(count16))
        if count16 == 0xFFFF || size32 == 0xFFFF_FFFF || offset32 == 0xFFFF_FFFF, reader.u32(end - 20) == 0x0706_4B50 {
            location = try zip64Location(in: reader, locator: end - 20, source: source)
        } else if disk != 0 || startDisk != 0 {
            throw .multiDisk(source: source)
        }
        guard location.count <= UInt64(limits.maximumEntries) else {
            throw .tooManyEntries(source: source, count: location.count, limit: limits.maximumEntries)
        }
        guard location.offset <= UInt64(bytes.count), location.size <= UInt64(bytes.count) - location.offset else {
            throw .truncated(source: source)
        }
        return location
    }

    /// The ZIP64 end record, through its locator.
    private static func zip64Location(in reader: LittleEndian, locator: Int, source: String) throws(ArchiveError) -> Location {
        guard let recordOffset = reader.u64(locator + 8), let disks = reader.u32(locator + 16) else { throw .truncated(source: source) }
        guard disks <= 1 else { throw .multiDisk(source: source) }
        guard recordOffset < UInt64(reader.bytes.count) else {
            throw .damaged(source: source, detail: "its ZIP64 end record lies outside the file")
        }
        let record = Int(recordOffset)
        guard reader.u32(record) == 0x0606_4B50, let count = reader.u64(record + 32), let size = reader.u64(record + 40),
            let offset = reader.u64(record + 48)
        else { throw .damaged(source: source, detail: "its ZIP64 end record is unreadable") }
        return Location(offset: offset, size: size, count: count)
    }

    /// Every header in the directory at `location`.
    static func entries(of location: Location, in reader: LittleEndian, source: String, limits: ArchiveLimits) throws(ArchiveError)
        -> [ZipEntry]
    {
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(location.count))
        var offset = Int(location.offset)
        let end = offset + Int(location.size)
        for _ in 0..<location.count {
            let (entry, next) = try header(at: offset, in: reader, source: source)
            guard next <= end else { throw .damaged(source: source, detail: "its directory runs past its recorded end") }
            entries.append(entry)
            offset = next
        }
        return entries
    }

    /// One central directory header and the offset after it.
    private static func header(at offset: Int, in reader: LittleEndian, source: String) throws(ArchiveError) -> (ZipEntry, Int) {
        guard reader.u32(offset) == 0x0201_4B50, let flags = reader.u16(offset + 8), let method = reader.u16(offset + 10),
            let crc = reader.u32(offset + 16), let compressed = reader.u32(offset + 20), let uncompressed = reader.u32(offset + 24),
            let nameLength = reader.u16(offset + 28), let extraLength = reader.u16(offset + 30),
            let commentLength = reader.u16(offset + 32), let localOffset = reader.u32(offset + 42)
        else { throw .damaged(source: source, detail: "its directory has an unreadable entry") }
        let nameStart = offset + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard reader.has(next - nameStart, at: nameStart) else { throw .damaged(source: source, detail: "its directory is cut short") }
        let nameBytes = reader.bytes[nameStart..<extraStart]
        var entry = ZipEntry(
            name: String(decoding: nameBytes, as: UTF8.self), method: method, flags: flags, crc32: crc,
            compressedSize: UInt64(compressed), uncompressedSize: UInt64(uncompressed), localHeaderOffset: UInt64(localOffset))
        try applyZip64(to: &entry, extra: extraStart..<extraStart + Int(extraLength), in: reader, source: source)
        return (entry, next)
    }

    /// Replaces the 32-bit fields that hold 0xFFFFFFFF with the 64-bit values of the ZIP64
    /// extra field (id 1), which lists only those fields, in this order.
    private static func applyZip64(to entry: inout ZipEntry, extra: Range<Int>, in reader: LittleEndian, source: String)
        throws(ArchiveError)
    {
        let overflow: UInt64 = 0xFFFF_FFFF
        guard entry.uncompressedSize == overflow || entry.compressedSize == overflow || entry.localHeaderOffset == overflow else {
            return
        }
        let name = entry.name
        var field = extra.lowerBound
        while field + 4 <= extra.upperBound, let id = reader.u16(field), let length = reader.u16(field + 2) {
            let data = field + 4
            if id == 1 {
                var cursor = data
                func next() throws(ArchiveError) -> UInt64 {
                    guard cursor + 8 <= data + Int(length), let value = reader.u64(cursor) else {
                        throw .damaged(source: source, detail: "the ZIP64 sizes of '\(name)' are cut short")
                    }
                    cursor += 8
                    return value
                }
                if entry.uncompressedSize == overflow { entry.uncompressedSize = try next() }
                if entry.compressedSize == overflow { entry.compressedSize = try next() }
                if entry.localHeaderOffset == overflow { entry.localHeaderOffset = try next() }
                return
            }
            field = data + Int(length)
        }
        throw .damaged(source: source, detail: "the part '\(entry.name)' is too large for its header and has no ZIP64 sizes")
    }
}
