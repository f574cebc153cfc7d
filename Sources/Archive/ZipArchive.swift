/// A ZIP archive read from memory (APPNOTE.TXT 6.3): its central directory, ZIP64 records
/// where present, and parts stored or DEFLATE-compressed, each checked against its CRC-32 and
/// against ``ArchiveLimits``.
///
/// Office files are ZIP archives: .xlsx and .docx (Office Open XML) and .ods (OpenDocument).
package struct ZipArchive: Sendable {
    package let source: String
    package let entries: [ZipEntry]
    package let limits: ArchiveLimits
    private let bytes: [UInt8]
    /// Bytes expanded so far, counted against ``ArchiveLimits/maximumTotalBytes``.
    package private(set) var bytesRead = 0

    /// Reads the directory of the archive in `bytes`; `source` names the file in errors.
    package init(bytes: [UInt8], source: String, limits: ArchiveLimits = ArchiveLimits()) throws(ArchiveError) {
        self.bytes = bytes
        self.source = source
        self.limits = limits
        let directory = try ZipDirectory.locate(in: LittleEndian(bytes: bytes), source: source, limits: limits)
        self.entries = try ZipDirectory.entries(of: directory, in: LittleEndian(bytes: bytes), source: source, limits: limits)
    }

    /// The part named `name` (a leading `/` ignored); an exact match first, then one that
    /// differs only in case, as Open Packaging Conventions part names do.
    package func entry(named name: String) -> ZipEntry? {
        let wanted = name.hasPrefix("/") ? String(name.dropFirst()) : name
        if let exact = entries.first(where: { $0.name == wanted }) { return exact }
        let lowered = wanted.lowercased()
        return entries.first { $0.name.lowercased() == lowered }
    }

    /// The contents of the part named `name`, or nil when there is none.
    package mutating func contents(ofEntryNamed name: String) throws(ArchiveError) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// The contents of the part named `name`; a missing part is an error.
    package mutating func requiredContents(of name: String) throws(ArchiveError) -> [UInt8] {
        guard let data = try contents(ofEntryNamed: name) else { throw .missingEntry(source: source, entry: name) }
        return data
    }

    /// The contents of `entry`, expanded and checked.
    package mutating func contents(of entry: ZipEntry) throws(ArchiveError) -> [UInt8] {
        try checkLimits(entry)
        let compressed = try compressedData(of: entry)
        let size = Int(entry.uncompressedSize)
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = Array(compressed)
        case 8:
            do {
                // One byte more than declared, so a part that lies about its size is caught.
                data = try Inflater.inflate(compressed, expectedSize: size, limit: Swift.min(size + 1, limits.maximumEntryBytes))
            } catch {
                throw .corruptEntry(source: source, entry: entry.name, detail: error.description)
            }
        default:
            throw .unsupportedMethod(source: source, entry: entry.name, method: Int(entry.method))
        }
        guard data.count == size else {
            throw .corruptEntry(source: source, entry: entry.name, detail: "it holds \(data.count) bytes where its header says \(size)")
        }
        guard CRC32.checksum(data) == entry.crc32 else { throw .badChecksum(source: source, entry: entry.name) }
        bytesRead += data.count
        return data
    }

    /// Refuses a part before expanding it when its declared size, ratio or the running total
    /// is beyond the limits.
    private func checkLimits(_ entry: ZipEntry) throws(ArchiveError) {
        if entry.isEncrypted { throw .encrypted(source: source, entry: entry.name) }
        if entry.uncompressedSize > UInt64(limits.maximumEntryBytes) {
            throw .entryTooLarge(source: source, entry: entry.name, bytes: entry.uncompressedSize, limit: limits.maximumEntryBytes)
        }
        if entry.uncompressedSize > UInt64(limits.ratioFloorBytes) {
            let ratio = entry.uncompressedSize / Swift.max(entry.compressedSize, 1)
            if ratio > UInt64(limits.maximumRatio) {
                throw .suspiciousRatio(source: source, entry: entry.name, ratio: ratio, limit: limits.maximumRatio)
            }
        }
        if bytesRead + Int(entry.uncompressedSize) > limits.maximumTotalBytes {
            throw .totalTooLarge(source: source, limit: limits.maximumTotalBytes)
        }
    }

    /// The part's compressed bytes, found through its local header.
    private func compressedData(of entry: ZipEntry) throws(ArchiveError) -> ArraySlice<UInt8> {
        let reader = LittleEndian(bytes: bytes)
        guard entry.localHeaderOffset < UInt64(bytes.count) else { throw .truncated(source: source) }
        let offset = Int(entry.localHeaderOffset)
        guard let signature = reader.u32(offset), let nameLength = reader.u16(offset + 26), let extraLength = reader.u16(offset + 28)
        else { throw .truncated(source: source) }
        guard signature == 0x0403_4B50 else {
            throw .damaged(source: source, detail: "the part '\(entry.name)' does not start where the directory says")
        }
        let start = offset + 30 + Int(nameLength) + Int(extraLength)
        guard entry.compressedSize <= UInt64(bytes.count), reader.has(Int(entry.compressedSize), at: start) else {
            throw .truncated(source: source)
        }
        return bytes[start..<start + Int(entry.compressedSize)]
    }
}
