import TrustModel

/// One option after the first in a pack made from several: its summary sentences, its key
/// chances and its reserves over the years. The first option has the full summary and outlook;
/// the registers are shared, so their sections appear once.
enum OptionSection {
    static func make(_ entry: ScenarioComparison.Entry, number: Int) -> PackSection {
        let result = entry.result
        var section = PackSection(
            place: .eachOption, id: "option-\(number)", heading: "Option \(entry.name)",
            intro: ["\(result.scenario.name).", SimulationTables.runLine(result)])
        section.add(.points(Headlines.sentences(for: result)))
        var chances = SummarySection.keyChances(result)
        chances.id += "-option-\(number)"
        section.add(.table(PackTable(chances)))
        var figures = [
            PackFigure(
                id: "fan-trust-reserves-option-\(number)", chart: OutlookCharts.trustReserves(result),
                caption: "The median, the middle half and 90% of futures; the dashed line is the trust's target.", table: .appendix)
        ]
        if result.scenario.trust.fundingModel != .pooled {
            figures.append(
                PackFigure(
                    id: "fan-central-reserves-option-\(number)", chart: OutlookCharts.centralReserves(result),
                    caption: "Below the dashed £0 line the centre cannot pay its way.", table: .appendix))
        }
        // In the appendix beside the other options' tables, each says whose numbers it holds.
        for index in figures.indices { figures[index].table.title = "\(figures[index].title), \(entry.name): the numbers" }
        section.add(.figureRow(figures))
        return section
    }
}
