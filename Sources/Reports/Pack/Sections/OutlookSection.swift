import MonteCarlo
import TrustModel

/// The trust's finances over the years as fan charts, each drawn from the simulation's
/// percentiles with its table beside it, then the year-by-year and academy tables that
/// `matrisk simulate` prints.
enum OutlookSection {
    static func make(_ inputs: PackInputs) -> PackSection {
        let result = inputs.result
        let last = result.lastYear
        let pooled = result.scenario.trust.fundingModel == .pooled
        var section = PackSection(
            place: .outlook, id: "outlook", heading: "The finances year by year",
            intro: ["The light band holds 90% of the simulated futures, the dark band the middle half; the line is the median."])

        let reserves = OutlookCharts.trustReserves(result)
        let target = reserves.references[0].values[reserves.steps.count - 1]
        section.add(
            PackFigure(
                id: "fan-trust-reserves", chart: reserves,
                caption: "All academies' reserves and the centre's together at the end of each year. The dashed line is the trust's "
                    + "\(NumberText.fixed(result.scenario.trust.trustReserveTargetPercent, decimals: 0))% target on the median income "
                    + "(\(NumberText.shortMoney(target)) in \(last.label)); the chance of meeting it in each future is in the key chances table."
            ))
        if !pooled {
            let central = OutlookCharts.centralReserves(result)
            section.add(
                PackFigure(
                    id: "fan-central-reserves", chart: central,
                    caption:
                        "The central team's own reserves, funded by the top-slice. Below the dashed £0 line the centre cannot pay its way: "
                        + "in \(last.label) that happens in \(ChanceText.spoken(last.centralReservesBelowZero)) of futures."
                ))
            section.add(
                PackFigure(
                    id: "line-deficit-chance", chart: OutlookCharts.deficitChances(result),
                    caption:
                        "The chance each academy ends the year with reserves below £0 (a cumulative deficit), and that at least one does (with its 95% interval shaded). "
                        + "A joining school's chance is for the futures in which it has joined."))
        } else {
            section.add(
                .paragraph("The trust pools GAG, so academies hold no reserves of their own: only the trust-wide figures are shown."))
        }
        section.add(SimulationTables.byYear(result))
        section.add(SimulationTables.academies(result))
        return section
    }
}
