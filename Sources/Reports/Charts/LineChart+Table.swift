/// The table behind a line chart.
extension LineChart {
    /// Wide (one row per x, a column per series) for named steps, and for numbers when every
    /// series has the same x values; otherwise long (one row per point, naming its series). In
    /// the wide form a series with no point at some x (a school before it joins) has empty cells.
    package func table(id: String) -> Table {
        let xs: [Double]
        switch xAxis {
        case .categories(let labels): xs = labels.indices.map(Double.init)
        case .numeric: xs = series.first?.points.map(\.x) ?? []
        }
        let isCategories = if case .categories = xAxis { true } else { false }
        if isCategories || series.allSatisfy({ $0.points.map(\.x) == xs }) {
            var columns: [Table.Column] = [.init(xTitle, key: "x")]
            for (index, s) in series.enumerated() {
                // A lone series is named by the axis, which says what its numbers are.
                columns.append(.init(series.count == 1 ? yTitle : s.name, key: "series\(index)"))
                if s.hasIntervals {
                    columns += [.init("95% low", key: "series\(index)Low"), .init("95% high", key: "series\(index)High")]
                }
            }
            var table = Table(id: id, title: title, columns: columns)
            for x in xs {
                var cells = [xCell(x)]
                for s in series {
                    let point = s.points.first { $0.x == x }
                    cells.append(point.map(cell) ?? .empty)
                    if s.hasIntervals {
                        cells += [point?.low.map(yUnit.cell) ?? .empty, point?.high.map(yUnit.cell) ?? .empty]
                    }
                }
                table.append(cells)
            }
            return table
        }
        let intervals = series.contains(where: \.hasIntervals)
        var columns: [Table.Column] = [.init("Series", key: "series"), .init(xTitle, key: "x"), .init(yTitle, key: "y")]
        if intervals { columns += [.init("95% low", key: "low"), .init("95% high", key: "high")] }
        var table = Table(id: id, title: title, columns: columns)
        for s in series {
            for point in s.points {
                var cells: [Cell] = [.text(s.name), xCell(point.x), cell(point)]
                if intervals { cells += [point.low.map(yUnit.cell) ?? .empty, point.high.map(yUnit.cell) ?? .empty] }
                table.append(cells)
            }
        }
        return table
    }

    /// A point's value as a cell: a chance as every table writes one, any other value in the axis's unit.
    private func cell(_ point: Point) -> Cell {
        point.chance.map(Cell.chance) ?? yUnit.cell(point.y)
    }
}
