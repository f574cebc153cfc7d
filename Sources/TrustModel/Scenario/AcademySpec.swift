import MonteCarlo

/// An academy in the trust today, with this year's figures from its budget.
///
/// Money is for year 0 (the scenario's first school year); the model grows it from there.
public struct AcademySpec: Sendable, Equatable {
    public var id: String
    public var name: String
    public var phase: Phase
    public var type: AcademyType
    public var pupils: Int
    public var capacity: Int
    /// The yearly change in pupil numbers, in percent (drawn for each year).
    public var rollChangePercent: Distribution
    /// GAG per pupil.
    public var fundingPerPupil: Double
    public var lumpSum: Double
    /// Income other than GAG (grants, lettings, catering).
    public var otherIncome: Double
    public var staffCosts: Double
    public var nonStaffCosts: Double
    /// Reserves at the start of year 0.
    public var reserves: Double
    /// The risk register that is this academy's (its id unless the file says otherwise).
    public var register: String
    /// A structural deficit still being worked off, if any.
    public var structuralDeficit: StructuralDeficit?

    public init(
        id: String, name: String, phase: Phase, type: AcademyType, pupils: Int, capacity: Int,
        rollChangePercent: Distribution, fundingPerPupil: Double, lumpSum: Double, otherIncome: Double,
        staffCosts: Double, nonStaffCosts: Double, reserves: Double, register: String? = nil,
        structuralDeficit: StructuralDeficit? = nil
    ) {
        self.id = id
        self.name = name
        self.phase = phase
        self.type = type
        self.pupils = pupils
        self.capacity = capacity
        self.rollChangePercent = rollChangePercent
        self.fundingPerPupil = fundingPerPupil
        self.lumpSum = lumpSum
        self.otherIncome = otherIncome
        self.staffCosts = staffCosts
        self.nonStaffCosts = nonStaffCosts
        self.reserves = reserves
        self.register = register ?? id
        self.structuralDeficit = structuralDeficit
    }
}
