import MonteCarlo

/// An academy in the trust today, with this year's figures from its budget.
///
/// Money is for year 0 (the scenario's first school year); the model grows it from there.
package struct AcademySpec: Sendable, Equatable {
    package var id: String
    package var name: String
    package var phase: Phase
    package var type: AcademyType
    package var pupils: Int
    package var capacity: Int
    /// The yearly change in pupil numbers, in percent (drawn for each year).
    package var rollChangePercent: Distribution
    /// GAG per pupil.
    package var fundingPerPupil: Double
    package var lumpSum: Double
    /// Income other than GAG (grants, lettings, catering).
    package var otherIncome: Double
    package var staffCosts: Double
    package var nonStaffCosts: Double
    /// Reserves at the start of year 0.
    package var reserves: Double
    /// The risk register that is this academy's (its id unless the file says otherwise).
    package var register: String
    /// A structural deficit still being worked off, if any.
    package var structuralDeficit: StructuralDeficit?

    package init(
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
