/// What `xl/workbook.xml` says: the sheets in order, with their names, relationship ids and
/// whether they are hidden, and the date system.
struct XLSXWorkbookPart {
    struct Sheet {
        var name: String
        var relationship: String
        var isHidden: Bool
    }

    var sheets: [Sheet] = []
    var dateSystem = SerialDate.System.from1900

    init(_ part: inout PackagePart) throws(WorkbookError) {
        var sheets: [Sheet] = []
        var dateSystem = SerialDate.System.from1900
        try part.forEachStart { tag throws(WorkbookError) in
            switch tag.name.local {
            case "workbookPr":
                if let value = tag.attribute("date1904"), value == "1" || value == "true" { dateSystem = .from1904 }
            case "sheet":
                // r:id is in the relationships namespace, whichever URI (transitional or strict) it has.
                let id = tag.attributes.first { $0.name.local == "id" && !$0.name.namespace.isEmpty }?.value
                guard let name = tag.attribute("name"), let id else { return }
                let state = tag.attribute("state") ?? "visible"
                sheets.append(Sheet(name: name, relationship: id, isHidden: state != "visible"))
            default:
                break
            }
        }
        self.sheets = sheets
        self.dateSystem = dateSystem
    }
}

/// What `xl/styles.xml` says that reading needs: the number format kind of each cell style
/// (the `s` attribute of a cell indexes `cellXfs`).
struct XLSXStylesPart {
    var kinds: [NumberFormatKind] = []

    init() {}

    init(_ part: inout PackagePart) throws(WorkbookError) {
        var custom: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        while let event = try part.next() {
            switch event {
            case .start(let tag) where tag.name.local == "numFmt":
                if let id = tag.attribute("numFmtId").flatMap({ Int($0) }), let code = tag.attribute("formatCode") { custom[id] = code }
            case .start(let tag) where tag.name.local == "cellXfs":
                inCellXfs = true
            case .start(let tag) where tag.name.local == "xf" && inCellXfs:
                formatIDs.append(tag.attribute("numFmtId").flatMap { Int($0) } ?? 0)
            case .end(let name) where name.local == "cellXfs":
                inCellXfs = false
            default:
                break
            }
        }
        kinds = formatIDs.map { id in custom[id].map(NumberFormatKind.custom) ?? NumberFormatKind.builtIn(id) }
    }

    func kind(ofStyle index: Int?) -> NumberFormatKind {
        guard let index, kinds.indices.contains(index) else { return .number }
        return kinds[index]
    }
}

/// `xl/sharedStrings.xml`: the text of each shared string, rich-text runs joined and phonetic
/// guides left out.
enum XLSXSharedStrings {
    static func read(_ part: inout PackagePart) throws(WorkbookError) -> [String] {
        var strings: [String] = []
        while let event = try part.next() {
            if case .start(let tag) = event, tag.name.local == "si" {
                strings.append(OOXMLText.unescaped(try part.text(within: ["t"], skipping: ["rPh"])))
            }
        }
        return strings
    }
}

/// Text as Office Open XML stores it: a character XML cannot hold (a control character) is
/// written `_xHHHH_` (ECMA-376 Part 1 §22.9.2.19), and a literal `_x` before four hex digits as
/// `_x005F_x…`.
enum OOXMLText {
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if i + 6 < scalars.count, scalars[i] == "_", scalars[i + 1] == "x", scalars[i + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[i + 2..<i + 6])), radix: 16), let scalar = Unicode.Scalar(value)
            {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// `text` with the characters XML 1.0 cannot hold, and any `_xHHHH_` look-alike, escaped.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let control = scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
            let lookAlike =
                scalar == "_" && i + 6 < scalars.count && scalars[i + 1] == "x" && scalars[i + 6] == "_"
                && scalars[i + 2..<i + 6].allSatisfy { $0.properties.isASCIIHexDigit }
            if control || lookAlike || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_").unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
