import Archive

/// Opens the trust's own files: reads an Excel workbook (.xlsx), an OpenDocument spreadsheet
/// (.ods) or the tables of a Word document (.docx) into the same ``CSV/CSVTable`` the CSV reader
/// makes, each cell able to name itself as `Sheet1!C7`.
///
/// The format is judged from the bytes, not the name: a workbook saved under the wrong
/// extension still reads, and an old binary Excel file (.xls), a password-protected workbook or
/// a damaged archive each gets one sentence saying what it is and what to do.
package enum WorkbookReader {
    /// Whether `bytes` look like a file this reader should be given rather than the CSV reader:
    /// a ZIP archive or an old Office (OLE compound) file.
    package static func recognises(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
            || bytes.starts(with: OLECompoundFile.signature)
    }

    /// Every sheet (or document table) in `bytes`; `source` names the file in errors and notes.
    package static func read(bytes: [UInt8], source: String, limits: WorkbookLimits = WorkbookLimits()) throws(WorkbookError)
        -> WorkbookTables
    {
        if bytes.starts(with: OLECompoundFile.signature) { throw OLECompoundFile.refusal(bytes, source: source) }
        var archive: ZipArchive
        do {
            archive = try ZipArchive(bytes: bytes, source: source, limits: limits.archive)
        } catch .truncated where !recognises(bytes) {
            throw .notAWorkbook(source: source, found: "not a ZIP archive (is it a CSV or text file under a workbook's name?)")
        } catch {
            throw .archive(error)
        }
        switch try format(of: &archive) {
        case .xlsx: return try XLSXReader.read(&archive, limits: limits)
        case .ods: return try ODSReader.read(&archive, limits: limits)
        case .docx: return try DOCXReader.read(&archive, limits: limits)
        }
    }

    /// Which format the package is, from its `mimetype` (OpenDocument) or its main part (Office
    /// Open XML); other packages are named and refused.
    static func format(of archive: inout ZipArchive) throws(WorkbookError) -> WorkbookFormat {
        let source = archive.source
        if archive.entry(named: "mimetype") != nil {
            let mimetype =
                (try? archive.contents(ofEntryNamed: "mimetype")).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { return .ods }
            if mimetype.hasPrefix("application/vnd.oasis.opendocument.text") {
                throw .notAWorkbook(
                    source: source, found: "an OpenDocument text document (.odt); save it from Writer as a Word document (.docx)")
            }
            throw .notAWorkbook(source: source, found: "an OpenDocument file of type '\(mimetype)'")
        }
        let main = try XLSXReader.mainPart(of: &archive, fallback: "")
        let name = main.split(separator: "/").last.map(String.init) ?? ""
        if name.hasSuffix(".bin") {
            throw .notAWorkbook(source: source, found: "an Excel binary workbook (.xlsb); save it from Excel as an Excel Workbook (.xlsx)")
        }
        if name == "workbook.xml" || (main.isEmpty && archive.entry(named: "xl/workbook.xml") != nil) { return .xlsx }
        if name == "document.xml" || (main.isEmpty && archive.entry(named: "word/document.xml") != nil) { return .docx }
        if archive.entry(named: "ppt/presentation.xml") != nil {
            throw .notAWorkbook(source: source, found: "a PowerPoint presentation")
        }
        throw .notAWorkbook(source: source, found: "a ZIP archive that holds no workbook or document")
    }
}

/// Old Office files and password-protected new ones share one container, the OLE compound
/// file (MS-CFB). Its directory names its streams in UTF-16: an encrypted Office Open XML file
/// holds `EncryptedPackage`, an Excel 97–2003 workbook `Workbook` (or `Book` before Excel 97),
/// a Word 97–2003 document `WordDocument`. Finding the name is enough to say what the file is.
enum OLECompoundFile {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func refusal(_ bytes: [UInt8], source: String) -> WorkbookError {
        if holds("EncryptedPackage", in: bytes) { return .encrypted(source: source) }
        if holds("WordDocument", in: bytes) {
            return .oldBinaryFormat(
                source: source, kind: "a Word 97–2003 document (.doc)",
                resave: "open it in Word or LibreOffice Writer and save it as a Word Document (.docx).")
        }
        if holds("Workbook", in: bytes) || holds("Book", in: bytes) {
            return .oldBinaryFormat(
                source: source, kind: "an Excel 97–2003 workbook (.xls)",
                resave:
                    "open it in Excel and choose File > Save As > Excel Workbook (.xlsx), or in LibreOffice Calc save it as .xlsx or .ods.")
        }
        return .oldBinaryFormat(
            source: source, kind: "an old Office file (OLE compound document)",
            resave: "open it in its program and save it as .xlsx or .docx.")
    }

    /// Whether `name` appears in UTF-16LE, as directory entries write stream names.
    private static func holds(_ name: String, in bytes: [UInt8]) -> Bool {
        var needle: [UInt8] = []
        for unit in name.utf16 { needle += [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)] }
        needle += [0, 0]
        guard bytes.count >= needle.count else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0], bytes[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
