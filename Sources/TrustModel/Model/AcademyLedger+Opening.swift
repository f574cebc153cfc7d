import MonteCarlo

extension AcademyLedger {
    /// An academy's books on the day it is in the trust: today's figures for an academy
    /// already in it (with its structural deficit, if the trial draws one), the template's
    /// draws at the joining year's prices (`fundingIndex`) for a new one.
    init(opening slot: SlotPlan, inYear year: Int, trial: Int, fundingIndex: Double) {
        switch slot.origin {
        case .existing(let academy):
            self.init(opening: academy)
            if let deficit = academy.structuralDeficit, slot.draws.structuralDeficit.uniform(trial: trial) < deficit.probability {
                structuralDeficit = deficit.amount.sample(key: slot.draws.structuralDeficitAmount, trial: trial)
                recoveryYears = deficit.recoveryYears
            }
        case .join(_, let template, _):
            self.init(joining: template, draws: slot.draws, trial: trial, fundingIndex: fundingIndex)
            joinYear = year
        }
    }

    /// A joining school's books from its template's draws, at the joining year's prices.
    private init(joining template: AcademyTemplate, draws: SlotPlan.OpeningDraws, trial: Int, fundingIndex: Double) {
        self.init()
        present = true
        capacity = Double(template.capacity)
        let drawnPupils = max(0, template.pupils.sample(key: draws.pupils, trial: trial))
        if let school = template.freeSchool {
            pupilsPerYearGroup = drawnPupils
            yearGroups = school.openingYearGroups
            fullYearGroups = school.yearGroups
            pupils = min(capacity, (drawnPupils * Double(school.openingYearGroups)).rounded(.toNearestOrAwayFromZero))
            openingGrant = school.startUpGrant.sample(key: draws.startUpGrant, trial: trial) * fundingIndex
        } else {
            pupils = min(capacity, drawnPupils.rounded(.toNearestOrAwayFromZero))
        }
        fundingPerPupil = template.fundingPerPupil.sample(key: draws.fundingPerPupil, trial: trial) * fundingIndex
        lumpSum = template.lumpSum.sample(key: draws.lumpSum, trial: trial) * fundingIndex
        otherIncome = template.otherIncome.sample(key: draws.otherIncome, trial: trial) * fundingIndex
        let income = pupils * fundingPerPupil + lumpSum + otherIncome
        staffCosts = template.staffCostsPercent.sample(key: draws.staffCostsPercent, trial: trial) / 100 * income
        nonStaffCosts = template.nonStaffCostsPercent.sample(key: draws.nonStaffCostsPercent, trial: trial) / 100 * income
        reserves = template.type == .converter ? template.reserves.sample(key: draws.reserves, trial: trial) * fundingIndex : 0
        if let deficit = template.structuralDeficit, draws.structuralDeficit.uniform(trial: trial) < deficit.probability {
            structuralDeficit = deficit.amount.sample(key: draws.structuralDeficitAmount, trial: trial) * fundingIndex
            recoveryYears = deficit.recoveryYears
        }
        drawGrants(of: template, draws: draws, trial: trial, fundingIndex: fundingIndex)
    }

    /// A joining school's transition grant and first years' grants, at the joining year's prices.
    /// Only a template that has them draws them, so every other school's income is unchanged.
    private mutating func drawGrants(of template: AcademyTemplate, draws: SlotPlan.OpeningDraws, trial: Int, fundingIndex: Double) {
        if template.transitionGrant != .fixed(0) {
            openingGrant += template.transitionGrant.sample(key: draws.transitionGrant, trial: trial) * fundingIndex
        }
        firstYearsGrants = template.firstYearsGrants.enumerated().map { year, grant in
            grant.sample(key: draws.firstYearsGrants.year(year), trial: trial) * fundingIndex
        }
    }
}
