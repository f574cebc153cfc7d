/// The sheet of a workbook, or the table of a document, that a table was read from, so a cell
/// can be named as a person finds it: `Risks!C7` in a spreadsheet, "table 2, row 7, column C"
/// in a Word document. Tables read from CSV files have none.
package struct SheetPlace: Sendable, Hashable {
    /// What kind of file the table came from, which decides how its cells are named.
    package enum Kind: Sendable, Hashable {
        /// A sheet of a workbook (.xlsx, .ods): cells are named `Sheet!C7`.
        case sheet
        /// A table in a document (.docx), counted from 1 in reading order.
        case documentTable(number: Int)
    }

    /// The sheet's name, or the table's ("table 2").
    package var name: String
    package var kind: Kind
    /// The sheet's place among the workbook's sheets, or the table's among the document's, from 1
    /// (0 when not known): places sort as the workbook shows its tabs.
    package var order: Int

    package init(name: String, kind: Kind, order: Int = 0) {
        self.name = name
        self.kind = kind
        self.order = order
    }

    /// A workbook sheet called `name`, the `order`th of its workbook.
    package static func sheet(_ name: String, order: Int = 0) -> SheetPlace { SheetPlace(name: name, kind: .sheet, order: order) }

    /// The `number`th table of a document.
    package static func documentTable(_ number: Int) -> SheetPlace {
        SheetPlace(name: "table \(number)", kind: .documentTable(number: number), order: number)
    }

    /// The cell in `row` (from 1) and `field` (the column, from 1): `Sheet1!C7`, `'Risk register'!C7`
    /// (quoted as spreadsheets quote a name with spaces), or `table 2, row 7, column C`.
    package func cell(row: Int, field: Int) -> String {
        switch kind {
        case .sheet: return quotedName + "!" + CSVCell.letters(forField: field) + String(row)
        case .documentTable: return "\(name), row \(row), column \(CSVCell.letters(forField: field))"
        }
    }

    /// A whole row: `Sheet1 row 7` or `table 2, row 7`.
    package func row(_ row: Int) -> String {
        switch kind {
        case .sheet: return "\(quotedName) row \(row)"
        case .documentTable: return "\(name), row \(row)"
        }
    }

    /// The name as a spreadsheet formula writes it: in single quotes (doubled inside) unless
    /// it is letters, digits and underscores only and does not start with a digit.
    package var quotedName: String {
        let scalars = name.unicodeScalars
        let plain =
            !name.isEmpty && !("0"..."9").contains(scalars.first ?? "0")
            && scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        return plain ? name : "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }
}

extension CSVCell {
    /// Where the cell is, for a message: `7:3` (line and column) in a CSV file, `Sheet1!C7` in a
    /// workbook, `table 2, row 7, column C` in a document.
    package var place: String {
        guard let sheet else { return "\(line):\(column)" }
        return sheet.cell(row: line, field: field)
    }

    /// The start of a message about this cell in `source`: `register.csv:7:3` or
    /// `register.xlsx: Sheet1!C7`.
    package func location(in source: String) -> String {
        sheet == nil ? "\(source):\(place)" : "\(source): \(place)"
    }
}

extension CSVTable.Row {
    /// The start of a message about this row in `source`: `register.csv:7` or
    /// `register.xlsx: Sheet1 row 7`.
    package func location(in source: String) -> String {
        guard let sheet else { return "\(source):\(line)" }
        return "\(source): \(sheet.row(line))"
    }
}
