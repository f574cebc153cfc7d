import CSV

/// One cell of a sheet to write: a typed value and how it looks.
///
/// Text is always stored as text (a shared string), never as a formula: a cell whose text is
/// `=1+1` shows `=1+1`, whatever program opens the file.
package struct SheetCell: Sendable, Equatable {
    /// What the cell holds.
    package enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// A calendar date, stored as a date serial so spreadsheets sort and filter it as one.
        case date(year: Int, month: Int, day: Int)
        case empty
    }

    package var value: Value
    package var style: CellStyle

    package init(_ value: Value, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }

    package static func text(_ text: String, style: CellStyle = CellStyle()) -> SheetCell { SheetCell(.text(text), style: style) }

    package static func number(_ value: Double, format: NumberFormat = .general) -> SheetCell {
        SheetCell(value.isFinite ? .number(value) : .empty, style: CellStyle(format: format))
    }

    package static let empty = SheetCell(.empty)

    /// A date cell for ISO 8601 text (`2026-11-22`), or nil when the text is no real date.
    package static func date(iso text: String) -> SheetCell? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year >= 1900,
            CivilDays.isValid(year: year, month: month, day: day)
        else { return nil }
        return SheetCell(.date(year: year, month: month, day: day), style: CellStyle(format: .date))
    }
}

/// How a cell looks: its number format, bold or not, and a fill colour.
package struct CellStyle: Sendable, Hashable {
    package var format: NumberFormat
    package var bold: Bool
    /// The fill as six hex digits (`7FCDB9`), or nil for none.
    package var fill: String?
    /// Text shown on several lines (the writer sets it for text holding a line break).
    package var wraps: Bool

    package init(format: NumberFormat = .general, bold: Bool = false, fill: String? = nil, wraps: Bool = false) {
        self.format = format
        self.bold = bold
        self.fill = fill
        self.wraps = wraps
    }
}

/// The number formats matrisk writes, as a UK finance report shows numbers.
package enum NumberFormat: Sendable, Hashable {
    case general
    /// A whole number with thousands separators: 1,250.
    case integer
    /// A number with `places` decimal places: 0.75.
    case decimal(places: Int)
    /// Whole pounds with a £ sign and thousands separators: £1,250,000 and -£12,400.
    case pounds
    /// A fraction shown as a percentage with `places` decimals: 0.234 → 23.4%.
    case percent(places: Int)
    /// Day-first, as English trusts write dates: 22/11/2026.
    case date

    /// The Excel format code (ECMA-376 §18.8.31).
    var code: String {
        switch self {
        case .general: return "General"
        case .integer: return "#,##0"
        case .decimal(let places): return places > 0 ? "0." + String(repeating: "0", count: places) : "0"
        case .pounds: return "\"£\"#,##0;\\-\"£\"#,##0"
        case .percent(let places): return (places > 0 ? "0." + String(repeating: "0", count: places) : "0") + "%"
        case .date: return "dd/mm/yyyy"
        }
    }
}

/// A sheet to write: its name, its rows of cells, and whether the first row is a header (then
/// bold, frozen in place when scrolling, and carrying filter buttons).
package struct SheetToWrite: Sendable, Equatable {
    package var name: String
    package var rows: [[SheetCell]]
    package var hasHeader: Bool

    package init(name: String, rows: [[SheetCell]], hasHeader: Bool = true) {
        self.name = name
        self.rows = rows
        self.hasHeader = hasHeader
    }
}
