import Archive
import SafeXML
import Testing

@testable import Workbook

/// Files that are not workbooks, or are damaged, each get one sentence naming the file and
/// what to do; none crashes.
struct RefusalTests {
    /// The error reading the fixture `name` gives, or nil if it reads.
    func refusal(_ name: String) throws -> WorkbookError? {
        let bytes = try fixture(name)
        do {
            _ = try WorkbookReader.read(bytes: bytes, source: name)
            return nil
        } catch {
            return error
        }
    }
    @Test func anEncryptedExcelWorkbook() throws {
        let error = WorkbookError.encrypted(source: "excel-password.xlsx")
        #expect(throws: error) { try read("excel-password.xlsx") }
        #expect(
            error.description
                == "excel-password.xlsx: error: the file is password-protected (encrypted); open it, remove the password (File > Info > Protect), and save it again."
        )
    }

    @Test func anEncryptedOpenDocumentFile() {
        #expect(throws: WorkbookError.encrypted(source: "libreoffice-password.ods")) { try read("libreoffice-password.ods") }
    }

    @Test func anOldExcelWorkbook() throws {
        let error = try #require(try refusal("excel-97.xls"))
        #expect(
            error.description
                == "excel-97.xls: error: this is an Excel 97–2003 workbook (.xls), an old binary format matrisk does not read; open it in Excel and choose File > Save As > Excel Workbook (.xlsx), or in LibreOffice Calc save it as .xlsx or .ods."
        )
    }

    @Test func aTruncatedWorkbook() {
        #expect(throws: WorkbookError.archive(.truncated(source: "truncated.xlsx"))) { try read("truncated.xlsx") }
    }

    @Test func aCorruptedWorkbook() {
        #expect(throws: WorkbookError.archive(.badChecksum(source: "bad-crc.xlsx", entry: "xl/worksheets/sheet1.xml"))) {
            try read("bad-crc.xlsx")
        }
    }

    @Test func aZipBomb() throws {
        let error = try #require(try refusal("zip-bomb.xlsx"))
        guard case .archive(.suspiciousRatio(let source, let entry, _, let limit)) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(source == "zip-bomb.xlsx" && entry == "xl/worksheets/sheet1.xml" && limit == 250)
        #expect(error.description.contains("zip bomb"))
    }

    @Test func aCSVFileUnderAWorkbooksName() {
        #expect(
            throws: WorkbookError.notAWorkbook(
                source: "csv-named.xlsx", found: "not a ZIP archive (is it a CSV or text file under a workbook's name?)")
        ) { try read("csv-named.xlsx") }
    }

    @Test func aZipThatHoldsNoWorkbook() throws {
        let zip = try ZipWriter().archive([ZipWriter.Part(name: "notes.txt", contents: Array("hello".utf8))])
        #expect(throws: WorkbookError.notAWorkbook(source: "notes.zip", found: "a ZIP archive that holds no workbook or document")) {
            try WorkbookReader.read(bytes: zip, source: "notes.zip")
        }
    }

    @Test func aDocumentWithNoTable() throws {
        let document = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes</w:t></w:r></w:p></w:body></w:document>
            """
        let zip = try ZipWriter().archive([ZipWriter.Part(name: "word/document.xml", contents: Array(document.utf8))])
        #expect(throws: WorkbookError.noTables(source: "minutes.docx", kind: "document")) {
            try WorkbookReader.read(bytes: zip, source: "minutes.docx")
        }
    }

    @Test func aSheetWhoseXMLDeclaresADocumentType() throws {
        let sheet = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>
            """
        let workbook = """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """
        let zip = try ZipWriter().archive([
            ZipWriter.Part(name: "xl/workbook.xml", contents: Array(workbook.utf8)),
            ZipWriter.Part(name: "xl/_rels/workbook.xml.rels", contents: Array(rels.utf8)),
            ZipWriter.Part(name: "xl/worksheets/sheet1.xml", contents: Array(sheet.utf8)),
        ])
        do {
            _ = try WorkbookReader.read(bytes: zip, source: "lolz.xlsx")
            Issue.record("a DTD was read")
        } catch {
            guard case .xml(let xml) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(xml.problem == .documentType)
            #expect(error.description.hasPrefix("lolz.xlsx: xl/worksheets/sheet1.xml:1:22: error: the XML declares a document type"))
        }
    }

    @Test func damagedCopiesNeverCrash() throws {
        for name in ["oak-primary-libreoffice.xlsx", "lettered-sections-python-docx.docx", "hand-written.ods"] {
            let original = try fixture(name)
            for seed in UInt64(0)..<300 {
                var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
                var bytes = original
                for _ in 0..<3 {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    bytes[Int(state >> 33) % bytes.count] = UInt8(truncatingIfNeeded: state >> 17)
                }
                do {
                    _ = try WorkbookReader.read(bytes: bytes, source: "damaged")
                } catch {
                    #expect(error.description.hasPrefix("damaged"), "\(name) seed \(seed): \(error)")
                }
            }
        }
    }
}

/// How the commands will tell a workbook from a CSV file: by its bytes, and by its name.
struct FormatRecognitionTests {
    @Test func byTheFirstBytes() throws {
        #expect(WorkbookReader.recognises(try fixture("oak-primary-libreoffice.xlsx")))
        #expect(WorkbookReader.recognises(try fixture("excel-97.xls")))
        #expect(!WorkbookReader.recognises(try fixture("oak-primary.csv")))
        #expect(!WorkbookReader.recognises([]))
    }

    @Test func byTheName() {
        #expect(WorkbookFormat(fileName: "Risk Register.XLSX") == .xlsx)
        #expect(WorkbookFormat(fileName: "register.xlsm") == .xlsx)
        #expect(WorkbookFormat(fileName: "register.ods") == .ods)
        #expect(WorkbookFormat(fileName: "board register.docx") == .docx)
        #expect(WorkbookFormat(fileName: "register.csv") == nil)
    }

    @Test func eachFormatIsJudgedFromItsContentsNotItsName() throws {
        #expect(try WorkbookReader.read(bytes: try fixture("oak-primary-libreoffice.ods"), source: "misnamed.xlsx").format == .ods)
        #expect(try WorkbookReader.read(bytes: try fixture("lettered-sections-libreoffice.docx"), source: "x.xlsx").format == .docx)
    }
}
