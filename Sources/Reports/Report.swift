/// What a command has to say: headings, sentences, lines and tables, in reading order.
///
/// One report renders as text, CSV or JSON, so the three forms never disagree.
package struct Report: Sendable, Equatable {
    /// One piece of a report.
    package enum Block: Sendable, Equatable {
        case heading(String)
        /// A sentence or paragraph for people; in JSON it is kept under "summary".
        case paragraph(String)
        /// Lines printed as they are, such as `file:line: severity: sentence` findings.
        case lines([String])
        case table(Table)
        /// A picture for people with the table behind it for machines: a heat-map grid, a list of
        /// findings. Text shows `lines`; CSV and JSON give `table`, so all three carry the same content.
        case figure(lines: [String], table: Table)
        /// A table too long to read at a terminal (every percentile of every year): CSV and
        /// JSON carry it, text leaves it out.
        case detail(Table)
    }

    package var title: String
    package var blocks: [Block]

    package init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }

    package mutating func add(_ block: Block) { blocks.append(block) }
    package mutating func add(_ table: Table) { blocks.append(.table(table)) }

    /// The tables, in order, including those behind figures.
    package var tables: [Table] {
        blocks.compactMap {
            switch $0 {
            case .table(let t), .figure(_, let t), .detail(let t): return t
            default: return nil
            }
        }
    }

    /// The report in `format`.
    package func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text: return TextRenderer.render(self)
        case .csv: return CSVRenderer.render(self)
        case .json: return JSONRenderer.render(self)
        }
    }
}
