/// The board pack: one self-contained HTML file of plain sentences, charts and tables that a
/// trustee reads before a meeting and takes into it, printed or on screen.
///
/// A pack is a value: the cover, then sections kept in the trustee's order (``PackPlace``).
/// ``make(_:)`` builds every section this module knows how to make; the decisions work adds
/// its own with ``add(_:)`` at the places marked ISSUE 5 HOOK, and ``html`` renders the lot.
///
///     var pack = BoardPack.make(inputs)
///     pack.add(PackSection(place: .variants, id: "variants", heading: "The options side by side", ...))
///     let html = pack.html
package struct BoardPack: Sendable, Equatable {
    /// What the first page says about the pack.
    package struct Cover: Sendable, Equatable {
        /// One line of the cover's list: "Scenario" and the file it came from.
        package struct Fact: Sendable, Equatable {
            package var label: String
            package var value: String

            package init(_ label: String, _ value: String) {
                self.label = label
                self.value = value
            }
        }

        /// The scenario's name, as the pack's title.
        package var title: String
        /// "22 November 2026": the day the registers are judged against; the only date in the pack.
        package var asOf: String
        /// The scenario file, the registers, the earlier snapshot.
        package var facts: [Fact]
        /// How to read the pack's numbers, on the first page under the contents.
        package var reading: [String]

        package init(title: String, asOf: String, facts: [Fact], reading: [String] = []) {
            self.title = title
            self.asOf = asOf
            self.facts = facts
            self.reading = reading
        }
    }

    package var cover: Cover
    package private(set) var sections: [PackSection]
    /// The line at the foot of the last page: what made the pack, so it can be made again.
    package var colophon: String

    package init(cover: Cover, sections: [PackSection] = [], colophon: String = "") {
        self.cover = cover
        self.sections = []
        self.colophon = colophon
        for section in sections { add(section) }
    }

    /// Files `section` at its place: after every section already at the same or an earlier place.
    package mutating func add(_ section: PackSection) {
        precondition(!sections.contains { $0.id == section.id }, "two sections with the id '\(section.id)'")
        let index = sections.firstIndex { $0.place > section.place } ?? sections.count
        sections.insert(section, at: index)
    }

    /// The sections as printed: those added, then the numbers behind the charts whose tables
    /// are too long to print beside them.
    package var printedSections: [PackSection] {
        let long = sections.flatMap(\.figures).filter { $0.tablePlacement == .appendix }
        guard !long.isEmpty else { return sections }
        var appendix = PackSection(
            place: .chartData, id: "chart-data", heading: "The numbers behind the charts",
            intro: ["Each table gives every number a chart above is drawn from, in the order the charts appear."])
        for figure in long { appendix.add(.table(PackTable(figure.table, figure: figure.id))) }
        return sections + [appendix]
    }

    /// The whole pack as one HTML document: inline CSS and SVG, no scripts, nothing fetched.
    package var html: String { PackHTML.render(self) }
}
