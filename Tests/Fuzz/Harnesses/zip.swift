// libFuzzer harness: the ZIP reader, on any bytes a user might give matrisk as a workbook.
//
// Properties checked on every input, beyond "does not crash, hang or exhaust memory":
// - every refusal is an ArchiveError whose sentence names the file;
// - no part expands past the limits it is read under;
// - the parts that read, written again by ZipWriter, read back to the same names and bytes.
// Built and run by Tests/Fuzz/run.sh; not part of any SwiftPM target.
import Archive

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZipReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = ArchiveLimits(maximumEntryBytes: 4 << 20, maximumTotalBytes: 16 << 20, maximumEntries: 1000)
    var archive: ZipArchive
    do {
        archive = try ZipArchive(bytes: bytes, source: "fuzz.xlsx", limits: limits)
    } catch {
        require(error.description.hasPrefix("fuzz.xlsx: error:"), "an error that does not name its file: \(error)")
        return 0
    }
    var parts: [ZipWriter.Part] = []
    for entry in archive.entries {
        do {
            let contents = try archive.contents(of: entry)
            require(contents.count <= limits.maximumEntryBytes, "a part of \(contents.count) bytes passed the limit")
            parts.append(ZipWriter.Part(name: entry.name, contents: contents))
        } catch {
            require(error.description.hasPrefix("fuzz.xlsx: error:"), "an error that does not name its file: \(error)")
        }
    }
    require(archive.bytesRead <= limits.maximumTotalBytes, "read \(archive.bytesRead) bytes past the total limit")
    do {
        var written = try ZipArchive(bytes: try ZipWriter().archive(parts), source: "written.zip", limits: limits)
        require(written.entries.map(\.name) == parts.map(\.name), "written part names differ")
        for (entry, part) in zip(written.entries, parts) {
            require(try written.contents(of: entry) == part.contents, "part '\(part.name)' reads back differently")
        }
    } catch {
        fatalError("parts that read could not be written and read back: \(error)")
    }
    return 0
}

/// Stops with `message` when a property fails (an optimised build drops `precondition`'s message).
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}
