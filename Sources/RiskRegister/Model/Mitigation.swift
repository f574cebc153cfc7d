/// A control already working or an action planned against one or more risks.
///
/// One mitigation may serve several risks (a trust-wide cyber insurance policy covers every
/// academy's cyber risk), and a risk may have several mitigations.
package struct Mitigation: Sendable, Hashable {
    package var id: String
    /// The ids of the risks it mitigates, in the order written.
    package var risks: [String]
    package var title: String
    package var owner: String
    package var status: MitigationStatus
    /// When it is due to be in place.
    package var due: CalendarDate?
    /// How much it cuts the chance of a quantified risk striking, in percent of that chance.
    package var probabilityReductionPercent: Double?
    /// How much it cuts the cost of a quantified risk when it strikes, in percent of that cost.
    package var impactReductionPercent: Double?
    /// What it costs once, in pounds.
    package var oneOffCost: Double?
    /// What it costs each year, in pounds.
    package var annualCost: Double?
    package var origin: Origin

    package init(
        id: String, risks: [String], title: String = "", owner: String = "", status: MitigationStatus,
        due: CalendarDate? = nil, probabilityReductionPercent: Double? = nil, impactReductionPercent: Double? = nil,
        oneOffCost: Double? = nil, annualCost: Double? = nil, origin: Origin = Origin()
    ) {
        self.id = id
        self.risks = risks
        self.title = title
        self.owner = owner
        self.status = status
        self.due = due
        self.probabilityReductionPercent = probabilityReductionPercent
        self.impactReductionPercent = impactReductionPercent
        self.oneOffCost = oneOffCost
        self.annualCost = annualCost
        self.origin = origin
    }

    /// True once the control works: the only state that evidences a lower residual score.
    package var isInPlace: Bool { status == .inPlace }

    /// True while it still counts: planned, in progress or in place.
    package var isActive: Bool { status != .retired }
}
