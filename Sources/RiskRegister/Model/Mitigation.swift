/// A control already working or an action planned against one or more risks.
///
/// One mitigation may serve several risks (a trust-wide cyber insurance policy covers every
/// academy's cyber risk), and a risk may have several mitigations.
public struct Mitigation: Sendable, Hashable {
    public var id: String
    /// The ids of the risks it mitigates, in the order written.
    public var risks: [String]
    public var title: String
    public var owner: String
    public var status: MitigationStatus
    /// When it is due to be in place.
    public var due: CalendarDate?
    /// How much it cuts the chance of a quantified risk striking, in percent of that chance.
    public var probabilityReductionPercent: Double?
    /// How much it cuts the cost of a quantified risk when it strikes, in percent of that cost.
    public var impactReductionPercent: Double?
    /// What it costs once, in pounds.
    public var oneOffCost: Double?
    /// What it costs each year, in pounds.
    public var annualCost: Double?
    public var origin: Origin

    public init(
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
    public var isInPlace: Bool { status == .inPlace }

    /// True while it still counts: planned, in progress or in place.
    public var isActive: Bool { status != .retired }
}
