/// Why a ZIP archive (an .xlsx, .ods or .docx is one) could not be read, naming the file and,
/// where it matters, the part inside it, with what to do about it.
package enum ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No end-of-archive record: not a ZIP file at all, or one cut short.
    case truncated(source: String)
    /// The archive's directory contradicts itself or points outside the file.
    case damaged(source: String, detail: String)
    /// An archive spread over several files (disks), which no office suite writes.
    case multiDisk(source: String)
    /// A part whose compressed data is corrupt.
    case corruptEntry(source: String, entry: String, detail: String)
    /// A part whose CRC-32 is not the one its header records.
    case badChecksum(source: String, entry: String)
    /// A part encrypted with a ZIP password.
    case encrypted(source: String, entry: String)
    /// A part compressed with a method other than stored (0) or DEFLATE (8).
    case unsupportedMethod(source: String, entry: String, method: Int)
    /// A part larger than any workbook part should be (a zip bomb or a lying header).
    case entryTooLarge(source: String, entry: String, bytes: UInt64, limit: Int)
    /// More data in total than a workbook should expand to.
    case totalTooLarge(source: String, limit: Int)
    /// A part that expands far more than real documents do (a zip bomb).
    case suspiciousRatio(source: String, entry: String, ratio: UInt64, limit: Int)
    /// More parts than a workbook has.
    case tooManyEntries(source: String, count: UInt64, limit: Int)
    /// A part the format requires is not in the archive.
    case missingEntry(source: String, entry: String)
    /// The archive would be too large to write (over 4 GiB or 65,535 parts).
    case tooLargeToWrite(detail: String)

    package var description: String {
        switch self {
        case .truncated(let source):
            return
                "\(source): error: the file is not a complete ZIP archive (its end is missing); it may have been cut short while copying. Save or copy it again."
        case .damaged(let source, let detail):
            return "\(source): error: the file is damaged: \(detail). Open it in your office program and save it again."
        case .multiDisk(let source):
            return "\(source): error: this is one part of an archive split over several files; save the document as a single file."
        case .corruptEntry(let source, let entry, let detail):
            return "\(source): error: the part '\(entry)' is damaged: \(detail). Open the file in your office program and save it again."
        case .badChecksum(let source, let entry):
            return
                "\(source): error: the part '\(entry)' fails its CRC-32 check, so the file is damaged. Open it in your office program and save it again."
        case .encrypted(let source, let entry):
            return "\(source): error: the part '\(entry)' is password-protected; remove the password and save the file again."
        case .unsupportedMethod(let source, let entry, let method):
            return
                "\(source): error: the part '\(entry)' is compressed with method \(method), which office programs do not use; save the file again from your office program."
        case .entryTooLarge(let source, let entry, let bytes, let limit):
            return
                "\(source): error: the part '\(entry)' would expand to \(bytes) bytes, more than the \(limit) a workbook part may have; this looks like a zip bomb, not a register."
        case .totalTooLarge(let source, let limit):
            return
                "\(source): error: the file expands to more than \(limit) bytes in total; this looks like a zip bomb, not a register."
        case .suspiciousRatio(let source, let entry, let ratio, let limit):
            return
                "\(source): error: the part '\(entry)' expands \(ratio) times over, more than the \(limit) times real documents do; this looks like a zip bomb, not a register."
        case .tooManyEntries(let source, let count, let limit):
            return "\(source): error: the archive has \(count) parts, more than the \(limit) a workbook could have."
        case .missingEntry(let source, let entry):
            return "\(source): error: the part '\(entry)' is missing, so this is not a complete workbook or document; save it again."
        case .tooLargeToWrite(let detail):
            return "error: the archive is too large to write: \(detail)."
        }
    }
}
