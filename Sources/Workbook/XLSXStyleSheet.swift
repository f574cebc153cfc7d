/// The cell styles a workbook uses, gathered as cells are written and numbered in order of
/// first use (style 0 is the default), then written as `xl/styles.xml`.
struct XLSXStyleSheet {
    private(set) var styles: [CellStyle] = [CellStyle()]
    private var indices: [CellStyle: Int] = [CellStyle(): 0]

    /// The `s` index of `style`, adding it when it is new.
    mutating func index(of style: CellStyle) -> Int {
        if let index = indices[style] { return index }
        styles.append(style)
        indices[style] = styles.count - 1
        return styles.count - 1
    }

    func xml() -> String {
        var formats: [String] = []
        var fills: [String] = []
        var xfs = ""
        for style in styles {
            var formatID = 0
            if style.format != .general {
                if !formats.contains(style.format.code) { formats.append(style.format.code) }
                formatID = 164 + (formats.firstIndex(of: style.format.code) ?? 0)
            }
            var fillID = 0
            if let fill = style.fill {
                if !fills.contains(fill) { fills.append(fill) }
                fillID = 2 + (fills.firstIndex(of: fill) ?? 0)
            }
            xfs +=
                "<xf numFmtId=\"\(formatID)\" fontId=\"\(style.bold ? 1 : 0)\" fillId=\"\(fillID)\" borderId=\"0\" xfId=\"0\""
                + "\(formatID > 0 ? " applyNumberFormat=\"1\"" : "")\(style.bold ? " applyFont=\"1\"" : "")\(fillID > 0 ? " applyFill=\"1\"" : "")"
            // Every cell top-aligned, so a row whose text wraps reads from its top line; text on
            // several lines wraps, so every line shows.
            xfs += " applyAlignment=\"1\"><alignment vertical=\"top\"\(style.wraps ? " wrapText=\"1\"" : "")/></xf>"
        }
        var xml = XLSXWriter.declaration + "<styleSheet xmlns=\"\(XLSXWriter.main)\">"
        if !formats.isEmpty {
            xml += "<numFmts count=\"\(formats.count)\">"
            for (i, code) in formats.enumerated() { xml += "<numFmt numFmtId=\"\(164 + i)\" formatCode=\"\(XMLEscaping.escaped(code))\"/>" }
            xml += "</numFmts>"
        }
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        xml += "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
        xml +=
            "<fills count=\"\(2 + fills.count)\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(fill)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        xml += "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        // The Normal style top-aligned too: a cell written with no style of its own takes it.
        xml +=
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">\(xfs)</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return xml
    }
}

/// The shared string table: each distinct text once, numbered in order of first use.
struct XLSXSharedStringTable {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    private(set) var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        strings.append(text)
        indices[text] = strings.count - 1
        return strings.count - 1
    }

    func xml() -> String {
        var xml = XLSXWriter.declaration + "<sst xmlns=\"\(XLSXWriter.main)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml += "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(XMLEscaping.escaped(text))</t></si>"
        }
        return xml + "</sst>"
    }
}
