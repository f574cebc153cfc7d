import Archive
import SafeXML

/// One XML part of an office file's ZIP package, read through ``SafeXML/XMLScanner`` with
/// errors that name the file and the part (`register.xlsx: xl/worksheets/sheet1.xml:3:17`).
struct PackagePart {
    var scanner: XMLScanner

    /// The part at `path` in `archive`, or nil when the package has none.
    static func open(_ path: String, in archive: inout ZipArchive) throws(WorkbookError) -> PackagePart? {
        let bytes: [UInt8]?
        do {
            bytes = try archive.contents(ofEntryNamed: path)
        } catch {
            throw .archive(error)
        }
        guard let bytes else { return nil }
        do {
            return PackagePart(scanner: try XMLScanner(bytes: bytes, source: archive.source + ": " + path))
        } catch {
            throw .xml(error)
        }
    }

    /// The part at `path`; a missing part is an error.
    static func required(_ path: String, in archive: inout ZipArchive) throws(WorkbookError) -> PackagePart {
        guard let part = try open(path, in: &archive) else { throw .archive(.missingEntry(source: archive.source, entry: path)) }
        return part
    }

    /// The next event, XML errors as ``WorkbookError/xml(_:)``.
    mutating func next() throws(WorkbookError) -> XMLEvent? {
        do {
            return try scanner.next()
        } catch {
            throw .xml(error)
        }
    }

    /// Calls `body` with every start tag, for parts whose text does not matter.
    mutating func forEachStart(_ body: (XMLStartTag) throws(WorkbookError) -> Void) throws(WorkbookError) {
        while let event = try next() {
            if case .start(let tag) = event { try body(tag) }
        }
    }

    /// The text of the element just started, up to its end: only text inside elements whose
    /// local name is in `within` (all text when nil), and none inside elements named in
    /// `skipping`, so indentation between elements and phonetic guides are left out.
    mutating func text(within: Set<String>? = nil, skipping: Set<String> = []) throws(WorkbookError) -> String {
        if within == nil, skipping.isEmpty { return try allText() }
        var open: [(counted: Bool, skipped: Bool)] = [(within == nil, false)]
        var out = ""
        while !open.isEmpty, let event = try next() {
            switch event {
            case .start(let tag):
                let outer = open[open.count - 1]
                let counted = outer.counted || (within?.contains(tag.name.local) ?? true)
                open.append((counted, outer.skipped || skipping.contains(tag.name.local)))
            case .end:
                open.removeLast()
            case .text(let text):
                if let top = open.last, top.counted, !top.skipped { out += text }
            }
        }
        return out
    }
}

extension PackagePart {
    /// All the text up to the end of the element just started (a `<v>` holds only text).
    fileprivate mutating func allText() throws(WorkbookError) -> String {
        var depth = 1
        var out = ""
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text(let text): out += text
            }
        }
        return out
    }
}

/// A relationship of an Open Packaging Conventions part: the id a part refers to it by, its type
/// and the part it points to.
struct Relationship {
    var id: String
    var type: String
    var target: String

    /// The relationships of the part at `path` (from `folder/_rels/name.rels`), targets resolved
    /// to package paths. External targets (hyperlinks) are left out.
    static func of(_ path: String, in archive: inout ZipArchive) throws(WorkbookError) -> [Relationship] {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) + "/" } ?? ""
        let file = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard var part = try PackagePart.open(folder + "_rels/" + file + ".rels", in: &archive) else { return [] }
        var relationships: [Relationship] = []
        try part.forEachStart { tag throws(WorkbookError) in
            guard tag.name.local == "Relationship", tag.attribute("TargetMode") != "External", let id = tag.attribute("Id"),
                let type = tag.attribute("Type"), let target = tag.attribute("Target")
            else { return }
            relationships.append(Relationship(id: id, type: type, target: resolve(target, in: folder)))
        }
        return relationships
    }

    /// `target` as a path from the package root: absolute (`/xl/…`) as it is, relative from
    /// `folder` with `..` and `.` applied.
    static func resolve(_ target: String, in folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            if piece == ".." {
                _ = parts.popLast()
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The type's last word: `officeDocument`, `worksheet`, `sharedStrings`, `styles`.
    var kind: String { String(type.split(separator: "/").last ?? "") }
}
