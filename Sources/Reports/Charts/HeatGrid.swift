/// A grid of counts, such as a 5×5 risk heat map: rows top to bottom (likelihood 5 to 1),
/// columns left to right (impact 1 to 5). Each cell is tinted by its band and also carries
/// the band's letter (G, A, R) beside its count, so the band reads without colour.
package struct HeatGrid: Chart, Equatable {
    /// A cell's band, lowest to highest concern: green, amber, red on a risk heat map.
    package enum Tone: String, Sendable, Equatable {
        case low
        case medium
        case high
    }

    /// One cell: its count and its band.
    package struct Cell: Sendable, Equatable {
        package var count: Int
        package var tone: Tone
        /// The band's letter shown in the cell ("G").
        package var letter: String
        /// The band's name for the text alternative ("green").
        package var toneName: String

        package init(count: Int, tone: Tone, letter: String, toneName: String) {
            self.count = count
            self.tone = tone
            self.letter = letter
            self.toneName = toneName
        }
    }

    package var title: String
    package var rowTitle: String
    package var columnTitle: String
    /// Labels of the rows, top first, and of the columns, left first.
    package var rowLabels: [String]
    package var columnLabels: [String]
    /// `cells[row][column]`, rows top first.
    package var cells: [[Cell]]
    /// A sentence such as "64 open risks: 5 red, 46 amber, 13 green", first in the text alternative.
    package var summary: String
    /// Drawn with smaller cells, for small multiples a third of the page wide: the labels keep
    /// their size on paper.
    package var isCompact: Bool

    package init(
        title: String, rowTitle: String, columnTitle: String, rowLabels: [String], columnLabels: [String],
        cells: [[Cell]], summary: String, isCompact: Bool = false
    ) {
        precondition(
            cells.count == rowLabels.count && cells.allSatisfy { $0.count == columnLabels.count }, "a cell for every row and column")
        self.title = title
        self.rowTitle = rowTitle
        self.columnTitle = columnTitle
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.cells = cells
        self.summary = summary
        self.isCompact = isCompact
    }

    package var textAlternative: String {
        var filled: [String] = []
        for (r, row) in cells.enumerated() {
            for (c, cell) in row.enumerated() where cell.count > 0 {
                filled.append(
                    "\(rowTitle.lowercased()) \(rowLabels[r]), \(columnTitle.lowercased()) \(columnLabels[c]) (\(cell.toneName)): \(cell.count)"
                )
            }
        }
        let cellsText = filled.isEmpty ? "Every cell is empty." : "Counts by cell: " + filled.joined(separator: "; ") + "."
        return "\(title). \(summary). \(cellsText)"
    }

    package func table(id: String) -> Table {
        var table = Table(
            id: id, title: title,
            columns: [.init(rowTitle, key: "row")]
                + columnLabels.enumerated().map { .init("\(columnTitle) \($1)", key: "column\($0)") })
        for (r, row) in cells.enumerated() {
            table.append([.text(rowLabels[r])] + row.map { .integer($0.count) })
        }
        return table
    }

    package func svg(id: String) -> String {
        let cell = isCompact ? 33.0 : 44.0
        let left = isCompact ? 36.0 : 50.0
        let top = 26.0
        let width = left + cell * Double(columnLabels.count) + 6
        let height = top + cell * Double(rowLabels.count) + 44
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(rowTitle, x: 2, y: 15, style: "axis-title")
        for (r, row) in cells.enumerated() {
            let y = top + Double(r) * cell
            canvas.text(rowLabels[r], x: left - 9, y: y + cell / 2 + 5, anchor: "end", style: "tick")
            for (c, value) in row.enumerated() {
                let x = left + Double(c) * cell
                canvas.open([
                    ("class", "datum"), ("data-row", rowLabels[r]), ("data-column", columnLabels[c]),
                    ("data-count", String(value.count)), ("data-tone", value.tone.rawValue),
                ])
                canvas.rect(x, y, cell, cell, style: "heat-cell heat-\(value.tone.rawValue)" + (value.count == 0 ? " heat-empty" : ""))
                canvas.text(value.letter, x: x + 4, y: y + 13, style: "heat-letter")
                canvas.text(
                    value.count == 0 ? "·" : String(value.count), x: x + cell / 2 + (isCompact ? 4 : 3), y: y + cell / 2 + 9,
                    anchor: "middle", style: isCompact ? "heat-count heat-count-compact" : "heat-count")
                canvas.close()
            }
        }
        let bottom = top + cell * Double(rowLabels.count)
        for (c, label) in columnLabels.enumerated() {
            canvas.text(label, x: left + (Double(c) + 0.5) * cell, y: bottom + 17, anchor: "middle", style: "tick")
        }
        canvas.text(columnTitle, x: left + cell * Double(columnLabels.count) / 2, y: bottom + 37, anchor: "middle", style: "axis-title")
        return canvas.svg(id: id, title: title, description: textAlternative, kind: "heat")
    }
}
