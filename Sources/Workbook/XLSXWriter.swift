import Archive
import CSV

/// Writes sheets of typed cells as an Excel workbook (.xlsx, Office Open XML transitional) that
/// Excel, LibreOffice and Google Sheets open: text as shared strings (never formulas), numbers
/// with their £ and % formats, dates as dates, the header row bold, frozen and filterable,
/// columns sized to their content. The same sheets always give the same bytes.
package enum XLSXWriter {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The workbook's bytes, ready to be written to a file in one piece. Fails only for a
    /// workbook past what ZIP holds without ZIP64 (4 GiB), far beyond any table a command prints.
    package static func write(_ sheets: [SheetToWrite]) throws(WorkbookError) -> [UInt8] {
        let names = sheetNames(sheets.map(\.name))
        var styles = XLSXStyleSheet()
        var strings = XLSXSharedStringTable()
        var parts: [ZipWriter.Part] = []
        for (i, sheet) in sheets.enumerated() {
            let xml = XLSXSheetWriter.xml(sheet, selected: i == 0, styles: &styles, strings: &strings)
            parts.append(ZipWriter.Part(name: "xl/worksheets/sheet\(i + 1).xml", contents: Array(xml.utf8)))
        }
        let package: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(names, sheets: sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles.xml()),
            ("xl/sharedStrings.xml", strings.xml()),
        ]
        let all = package.map { ZipWriter.Part(name: $0.0, contents: Array($0.1.utf8)) } + parts
        do {
            return try ZipWriter().archive(all)
        } catch {
            throw .archive(error)
        }
    }

    /// Names Excel accepts: at most 31 characters, none of `[]:*?/\`, not blank, no two alike
    /// (ignoring case); a clash gets " (2)", " (3)", ….
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used: Set<String> = []
        return wanted.enumerated().map { i, name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingSpaces
            while clean.hasPrefix("'") { clean.removeFirst() }
            while clean.hasSuffix("'") { clean.removeLast() }
            if clean.isEmpty { clean = "Sheet\(i + 1)" }
            clean = String(clean.prefix(31))
            var candidate = clean
            var n = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(n))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    private static func workbook(_ names: [String], sheets: [SheetToWrite]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><bookViews><workbookView/></bookViews><sheets>"
        for (i, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLEscaping.escaped(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        xml += "</sheets>"
        // Excel records each sheet's filter range under this hidden name, and the rows printed
        // at the top of every page (the header) under Print_Titles.
        let filters = sheets.enumerated().flatMap { i, sheet -> [String] in
            guard let range = XLSXSheetWriter.filterRange(sheet) else { return [] }
            let name = SheetPlace.sheet(names[i]).quotedName
            return [
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">"
                    + XMLEscaping.escaped(name + "!" + range) + "</definedName>",
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">" + XMLEscaping.escaped(name + "!$1:$1") + "</definedName>",
            ]
        }
        if !filters.isEmpty { xml += "<definedNames>" + filters.joined() + "</definedNames>" }
        return xml + "</workbook>"
    }

    private static func contentTypes(sheetCount: Int) -> String {
        let prefix = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(prefix)sheet.main+xml\"/>"
        for i in 0..<sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"\(prefix)worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(prefix)styles+xml\"/>"
        xml += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(prefix)sharedStrings+xml\"/>"
        return xml + "</Types>"
    }

    private static let rootRelationships =
        declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    private static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for i in 0..<sheetCount {
            xml += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }
}
