/// One section of the board pack: a heading, a few sentences, then figures and tables in
/// reading order. Each section starts on a new page when printed.
package struct PackSection: Sendable, Equatable {
    /// One thing in a section.
    package enum Block: Sendable, Equatable {
        /// A sentence or short paragraph.
        case paragraph(String)
        /// Sentences a trustee should not miss, set as a list.
        case points([String])
        /// A heading within the section (an `h3`).
        case subheading(String)
        case figure(PackFigure)
        /// Small figures side by side (small multiples), wrapping onto as many rows as needed.
        case figureRow([PackFigure])
        case table(PackTable)
    }

    package var place: PackPlace
    /// The anchor the contents links to, unique in the pack ("summary", "risk-registers").
    package var id: String
    package var heading: String
    package var intro: [String]
    package var blocks: [Block]

    package init(place: PackPlace, id: String, heading: String, intro: [String] = [], blocks: [Block] = []) {
        self.place = place
        self.id = id
        self.heading = heading
        self.intro = intro
        self.blocks = blocks
    }

    package mutating func add(_ block: Block) { blocks.append(block) }
    package mutating func add(_ figure: PackFigure) { blocks.append(.figure(figure)) }
    package mutating func add(_ table: Table) { blocks.append(.table(PackTable(table))) }

    /// Every figure in the section, including those in rows.
    var figures: [PackFigure] {
        blocks.flatMap { block -> [PackFigure] in
            switch block {
            case .figure(let figure): return [figure]
            case .figureRow(let figures): return figures
            default: return []
            }
        }
    }
}
