import Archive
import CSV

/// Reads every worksheet of an Office Open XML workbook (.xlsx), following the package's
/// relationships from `_rels/.rels` to the workbook, its sheets, shared strings and styles.
enum XLSXReader {
    static func read(_ archive: inout ZipArchive, limits: WorkbookLimits) throws(WorkbookError) -> WorkbookTables {
        let source = archive.source
        let main = try mainPart(of: &archive, fallback: "xl/workbook.xml")
        var workbookPart = try PackagePart.required(main, in: &archive)
        let workbook = try XLSXWorkbookPart(&workbookPart)
        let relationships = try Relationship.of(main, in: &archive)
        var sharedStrings: [String] = []
        if let path = relationships.first(where: { $0.kind == "sharedStrings" })?.target,
            var part = try PackagePart.open(path, in: &archive)
        {
            sharedStrings = try XLSXSharedStrings.read(&part)
        }
        var styles = XLSXStylesPart()
        if let path = relationships.first(where: { $0.kind == "styles" })?.target, var part = try PackagePart.open(path, in: &archive) {
            styles = try XLSXStylesPart(&part)
        }
        var sheets: [SheetTable] = []
        var notes: [String] = []
        for (index, sheet) in workbook.sheets.enumerated() {
            guard let relationship = relationships.first(where: { $0.id == sheet.relationship }), relationship.kind == "worksheet" else {
                notes.append("The sheet '\(sheet.name)' is a chart or dialog sheet, not cells; it is left out.")
                continue
            }
            var part = try PackagePart.required(relationship.target, in: &archive)
            var reader = XLSXSheetReader(
                source: source, place: .sheet(sheet.name, order: index + 1), sharedStrings: sharedStrings, styles: styles,
                dateSystem: workbook.dateSystem,
                limits: limits)
            try reader.read(&part)
            let table = try reader.grid.table()
            sheets.append(
                SheetTable(
                    name: sheet.name, table: table, isHidden: sheet.isHidden,
                    notes: reader.notes.sentences(hiddenSheet: sheet.isHidden, table: table)))
        }
        guard !sheets.isEmpty else { throw .noTables(source: source, kind: "workbook") }
        return WorkbookTables(format: .xlsx, sheets: sheets, notes: notes)
    }

    /// The package's main part: the `officeDocument` relationship of `_rels/.rels`, or the
    /// conventional path when the package has no such relationship.
    static func mainPart(of archive: inout ZipArchive, fallback: String) throws(WorkbookError) -> String {
        let root = try Relationship.of("", in: &archive)
        return root.first { $0.kind == "officeDocument" }?.target ?? fallback
    }
}
