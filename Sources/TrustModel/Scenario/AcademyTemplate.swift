import MonteCarlo

/// The kind of school that might join: a sponsored secondary, a converter primary, a free
/// school. Each join draws its own figures from the template's distributions.
///
/// Money is at year-0 prices; a school joining later has it scaled by the funding index of its
/// joining year. Costs are given as shares of income, as due diligence reports them.
package struct AcademyTemplate: Sendable, Equatable {
    /// How a free school fills: `openingYearGroups` at first, one more each year up to `yearGroups`.
    package struct FreeSchoolGrowth: Sendable, Equatable {
        package var openingYearGroups: Int
        package var yearGroups: Int
        /// Start-up funding received in the opening year, at year-0 prices.
        package var startUpGrant: Distribution

        package init(openingYearGroups: Int, yearGroups: Int, startUpGrant: Distribution) {
            self.openingYearGroups = openingYearGroups
            self.yearGroups = yearGroups
            self.startUpGrant = startUpGrant
        }
    }

    package var name: String
    package var phase: Phase
    package var type: AcademyType
    /// Pupils on joining; for a free school, pupils per year group.
    package var pupils: Distribution
    package var capacity: Int
    package var rollChangePercent: Distribution
    package var fundingPerPupil: Distribution
    package var lumpSum: Distribution
    package var otherIncome: Distribution
    package var staffCostsPercent: Distribution
    package var nonStaffCostsPercent: Distribution
    /// Opening reserves; always £0 for sponsored and free schools.
    package var reserves: Distribution
    package var structuralDeficit: StructuralDeficit?
    package var freeSchool: FreeSchoolGrowth?
    /// The register whose risks each joining school of this kind brings.
    package var register: String?
    /// A one-off transition or sponsor grant, paid in the joining year, at year-0 prices.
    package var transitionGrant: Distribution
    /// A grant for each of the first years, the joining year first, at year-0 prices.
    package var firstYearsGrants: [Distribution]

    package init(
        name: String, phase: Phase, type: AcademyType, pupils: Distribution, capacity: Int,
        rollChangePercent: Distribution = .fixed(0), fundingPerPupil: Distribution, lumpSum: Distribution = .fixed(0),
        otherIncome: Distribution = .fixed(0), staffCostsPercent: Distribution, nonStaffCostsPercent: Distribution,
        reserves: Distribution = .fixed(0), structuralDeficit: StructuralDeficit? = nil,
        freeSchool: FreeSchoolGrowth? = nil, register: String? = nil, transitionGrant: Distribution = .fixed(0),
        firstYearsGrants: [Distribution] = []
    ) {
        self.name = name
        self.phase = phase
        self.type = type
        self.pupils = pupils
        self.capacity = capacity
        self.rollChangePercent = rollChangePercent
        self.fundingPerPupil = fundingPerPupil
        self.lumpSum = lumpSum
        self.otherIncome = otherIncome
        self.staffCostsPercent = staffCostsPercent
        self.nonStaffCostsPercent = nonStaffCostsPercent
        self.reserves = reserves
        self.structuralDeficit = structuralDeficit
        self.freeSchool = freeSchool
        self.register = register
        self.transitionGrant = transitionGrant
        self.firstYearsGrants = firstYearsGrants
    }
}
