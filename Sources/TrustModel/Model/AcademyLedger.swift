/// One academy's books in one trial, year by year, exactly as Scenarios/MODEL.md's finance model states
/// them: pupils, GAG, other income, staff and non-staff costs, the top-slice, risk losses,
/// mitigation costs and reserves.
struct AcademyLedger: Sendable {
    var present = false
    var joinYear = 0
    var pupils = 0.0
    var capacity = 0.0
    var fundingPerPupil = 0.0
    var lumpSum = 0.0
    var otherIncome = 0.0
    var staffCosts = 0.0
    var nonStaffCosts = 0.0
    var reserves = 0.0
    /// A structural deficit's first-year amount (0 when there is none) and its recovery years.
    var structuralDeficit = 0.0
    var recoveryYears = 1
    /// A free school still filling: pupils per year group, year groups now and in all.
    var pupilsPerYearGroup = 0.0
    var yearGroups = 0
    var fullYearGroups = 0
    /// Grants received in the opening year only: a free school's start-up funding and a
    /// transition or sponsor grant.
    var openingGrant = 0.0
    /// A grant for each of the first years from joining, the joining year first.
    var firstYearsGrants: [Double] = []

    // This year's figures, kept for the transition to next year and for the results.
    var income = 0.0
    var gag = 0.0
    var topSlice = 0.0
    var balance = 0.0

    /// The books of an academy in the trust from the start, as they open in year 0 (its
    /// structural deficit, if any, is drawn by the simulator).
    init(opening academy: AcademySpec) {
        present = true
        joinYear = 0
        pupils = Double(academy.pupils)
        capacity = Double(academy.capacity)
        fundingPerPupil = academy.fundingPerPupil
        lumpSum = academy.lumpSum
        otherIncome = academy.otherIncome
        staffCosts = academy.staffCosts
        nonStaffCosts = academy.nonStaffCosts
        reserves = academy.reserves
    }

    init() {}

    /// Works out year `year`: income, top-slice and the in-year balance, then reserves.
    @inline(__always)
    mutating func close(year: Int, topSliceRate: Double, riskLoss: Double, mitigationCost: Double) {
        gag = pupils * fundingPerPupil + lumpSum
        income = gag + otherIncome + grants(year: year)
        topSlice = topSliceRate * gag
        let structural = structuralDeficit * structuralShare(year - joinYear)
        balance = income - staffCosts - nonStaffCosts - topSlice - riskLoss - mitigationCost - structural
        reserves += balance
    }

    /// The grants received in `year`: nothing for an academy without them (most), so its
    /// income is its GAG and other income exactly.
    @inline(__always)
    private func grants(year: Int) -> Double {
        let sinceJoining = year - joinYear
        let opening = sinceJoining == 0 ? openingGrant : 0
        guard sinceJoining >= 0, sinceJoining < firstYearsGrants.count else { return opening }
        return opening + firstYearsGrants[sinceJoining]
    }

    /// Moves the books on to next year under the year's economy and roll change.
    @inline(__always)
    mutating func advance(economy: EconomyYear, rollChange r: Double, elasticity e: Double, maxStaffCut: Double?) {
        let u = economy.fundingUplift
        let w = economy.payAward
        let g = economy.payGrantCoverage
        let i = economy.nonPayInflation
        let next: Double
        if fullYearGroups > 0 && yearGroups < fullYearGroups {
            yearGroups += 1
            next = min(capacity, (pupilsPerYearGroup * Double(yearGroups)).rounded(.toNearestOrAwayFromZero))
        } else {
            next = min(capacity, (pupils * (1 + r)).rounded(.toNearestOrAwayFromZero))
        }
        let growth = pupils > 0 ? e * (next - pupils) / pupils : 0
        var staff = staffCosts * (1 + w) * (1 + growth)
        if let maxStaffCut, balance < 0, staffCosts > 0 {
            staff *= 1 - min(maxStaffCut, -balance / staffCosts)
        }
        otherIncome = otherIncome * (1 + u) + g * w * staffCosts
        staffCosts = staff
        nonStaffCosts *= 1 + i
        fundingPerPupil *= 1 + u
        lumpSum *= 1 + u
        pupils = max(0, next)
    }

    private func structuralShare(_ k: Int) -> Double {
        guard structuralDeficit != 0, k >= 0, k < recoveryYears else { return 0 }
        return 1 - Double(k) / Double(recoveryYears)
    }
}
