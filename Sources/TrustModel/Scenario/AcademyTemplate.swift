import MonteCarlo

/// The kind of school that might join: a sponsored secondary, a converter primary, a free
/// school. Each join draws its own figures from the template's distributions.
///
/// Money is at year-0 prices; a school joining later has it scaled by the funding index of its
/// joining year. Costs are given as shares of income, as due diligence reports them.
public struct AcademyTemplate: Sendable, Equatable {
    /// How a free school fills: `openingYearGroups` at first, one more each year up to `yearGroups`.
    public struct FreeSchoolGrowth: Sendable, Equatable {
        public var openingYearGroups: Int
        public var yearGroups: Int
        /// Start-up funding received in the opening year, at year-0 prices.
        public var startUpGrant: Distribution

        public init(openingYearGroups: Int, yearGroups: Int, startUpGrant: Distribution) {
            self.openingYearGroups = openingYearGroups
            self.yearGroups = yearGroups
            self.startUpGrant = startUpGrant
        }
    }

    public var name: String
    public var phase: Phase
    public var type: AcademyType
    /// Pupils on joining; for a free school, pupils per year group.
    public var pupils: Distribution
    public var capacity: Int
    public var rollChangePercent: Distribution
    public var fundingPerPupil: Distribution
    public var lumpSum: Distribution
    public var otherIncome: Distribution
    public var staffCostsPercent: Distribution
    public var nonStaffCostsPercent: Distribution
    /// Opening reserves; always £0 for sponsored and free schools.
    public var reserves: Distribution
    public var structuralDeficit: StructuralDeficit?
    public var freeSchool: FreeSchoolGrowth?
    /// The register whose risks each joining school of this kind brings.
    public var register: String?

    public init(
        name: String, phase: Phase, type: AcademyType, pupils: Distribution, capacity: Int,
        rollChangePercent: Distribution = .fixed(0), fundingPerPupil: Distribution, lumpSum: Distribution = .fixed(0),
        otherIncome: Distribution = .fixed(0), staffCostsPercent: Distribution, nonStaffCostsPercent: Distribution,
        reserves: Distribution = .fixed(0), structuralDeficit: StructuralDeficit? = nil,
        freeSchool: FreeSchoolGrowth? = nil, register: String? = nil
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
    }
}
