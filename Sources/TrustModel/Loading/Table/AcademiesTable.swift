import CSV
import JSONDocument
import RiskRegister

/// A budget sheet read as a scenario's academies: one academy a row, found below whatever
/// title rows the sheet has, by the same header matching, table-file reading (CSV in any
/// encoding, .xlsx, .ods, .docx) and £-and-thousands handling as a risk register.
///
/// Each row becomes the JSON object the scenario file would hold for that academy, and is
/// checked by the very rules a written academy meets (``AcademySpec/init(decoding:)``), with a
/// complaint placed at its cell. A cell may hold a number (`£1,250,000`, `1.2m`, `(12,000)`
/// for a negative amount), a distribution written as text (`triangular(-2, 0, 1)`), or the
/// distribution may be split over three columns ("Roll change low", "… likely", "… high").
enum AcademiesTable {
    /// The academies of the table file `source` as scenario objects, in row order.
    static func academies(bytes: [UInt8], source: String) throws -> [JSONNode] {
        let file = try TableFile.read(bytes: bytes, source: source)
        var nodes: [JSONNode] = []
        var found = false
        for table in file.tables {
            guard let header = header(in: table.table) else { continue }
            found = true
            let layout = try AcademiesLayout(table: table.table, headerIndex: header.index, map: header.map, source: source)
            nodes += try layout.academies()
        }
        guard found else { throw AcademiesTableError.noHeader(source: source, tables: file.tables.map(\.name)) }
        return nodes
    }

    /// The first of the top rows naming the most academy columns (at least three).
    static func header(in table: CSVTable) -> (index: Int, map: HeaderMap<AcademyColumn>)? {
        var best: (index: Int, map: HeaderMap<AcademyColumn>)?
        for (index, row) in table.rows.prefix(40).enumerated() where !row.isBlank {
            let map = HeaderMap<AcademyColumn>(header: row)
            if map.fieldCount >= 3, map.fieldCount > (best?.map.fieldCount ?? 0) { best = (index, map) }
        }
        return best
    }
}
