import Archive
import SafeXML

/// Why a workbook or document could not be read as tables, naming the file (and the sheet and
/// cell where there is one) and what to do. Every case is bad input data.
package enum WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The ZIP container is damaged, truncated, encrypted or a zip bomb.
    case archive(ArchiveError)
    /// A part's XML is malformed or unsafe.
    case xml(XMLError)
    /// An Office file encrypted with a password (an OLE compound file holding an EncryptedPackage).
    case encrypted(source: String)
    /// An Excel 97–2003 workbook (.xls) or another old binary Office file.
    case oldBinaryFormat(source: String, kind: String, resave: String)
    /// A ZIP file or other file that is not a workbook or document matrisk reads.
    case notAWorkbook(source: String, found: String)
    /// A cell that cannot be read, named as `Sheet1!C7`.
    case badCell(source: String, place: String, detail: String)
    /// A sheet wider than any register.
    case tooManyColumns(source: String, place: String, limit: Int)
    /// A sheet with more cells than matrisk reads from one file.
    case tooManyCells(source: String, sheet: String, limit: Int)
    /// A document or workbook with no table in it.
    case noTables(source: String, kind: String)

    package var description: String {
        switch self {
        case .archive(let error): return error.description
        case .xml(let error): return error.description
        case .encrypted(let source):
            return
                "\(source): error: the file is password-protected (encrypted); open it, remove the password (File > Info > Protect), and save it again."
        case .oldBinaryFormat(let source, let kind, let resave):
            return "\(source): error: this is \(kind), an old binary format matrisk does not read; \(resave)"
        case .notAWorkbook(let source, let found):
            return
                "\(source): error: this is \(found), not an Excel workbook (.xlsx), OpenDocument spreadsheet (.ods) or Word document (.docx)."
        case .badCell(let source, let place, let detail):
            return "\(source): \(place): error: \(detail)"
        case .tooManyColumns(let source, let place, let limit):
            return
                "\(source): \(place): error: the sheet has a value beyond column \(limit); a register has a few dozen columns at most. Delete the stray cells and save again."
        case .tooManyCells(let source, let sheet, let limit):
            return
                "\(source): error: the sheet '\(sheet)' has more than \(limit) filled cells, more than any register; is it the right file?"
        case .noTables(let source, let kind):
            return "\(source): error: this \(kind) holds no table; a register in a document must be a table (Insert > Table)."
        }
    }
}
