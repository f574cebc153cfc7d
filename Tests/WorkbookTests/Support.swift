import CSV
import Foundation

@testable import Workbook

/// The bytes of a file in this target's Fixtures folder.
func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: fixtureURL(name)))
}

func fixtureURL(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
}

/// Every sheet of a fixture.
func read(_ name: String) throws -> WorkbookTables {
    try WorkbookReader.read(bytes: try fixture(name), source: name)
}

/// A table's cell texts, each row without its trailing empty cells.
func texts(_ table: CSVTable) -> [[String]] {
    table.rows.map { row in
        var cells = row.cells.map(\.text)
        while cells.last == "" { cells.removeLast() }
        return cells
    }
}

/// The sheet named `name`.
func sheet(_ tables: WorkbookTables, _ name: String) throws -> SheetTable {
    guard let sheet = tables.sheets.first(where: { $0.name == name }) else {
        throw FixtureProblem("no sheet '\(name)' among \(tables.sheets.map(\.name))")
    }
    return sheet
}

/// The text of the cell at an A1 reference in a sheet.
func cell(_ sheet: SheetTable, _ reference: String) -> String? {
    guard let place = CellReference(reference) else { return nil }
    return sheet.table.rows.first { $0.line == place.row }?[field: place.column - 1]?.text
}

struct FixtureProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
