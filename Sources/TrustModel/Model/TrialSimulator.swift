import MonteCarlo

/// Runs one trial of a plan: draws which joins go ahead, then steps every academy and the
/// centre through the years, writing what happened into a ``TrialOutcome``.
struct TrialSimulator: Sendable {
    let plan: TrialPlan
    /// Included risk index of each event, for the per-risk losses.
    private let academyEventRisk: [[Int]]
    private let centralEventRisk: [Int]

    init(plan: TrialPlan) {
        self.plan = plan
        let position = Dictionary(uniqueKeysWithValues: plan.risks.included.enumerated().map { ($1.id, $0) })
        academyEventRisk = plan.academyEvents.map { $0.map { position[$0.riskID]! } }
        centralEventRisk = plan.centralEvents.map { position[$0.riskID]! }
    }

    func makeOutcome() -> TrialOutcome {
        TrialOutcome(years: plan.years, slots: plan.slots.count, risks: plan.risks.included.count, isJoin: plan.slots.map(\.isJoin))
    }

    func simulate(trial: Int, into outcome: inout TrialOutcome) {
        let years = plan.years, slots = plan.slots
        let trust = plan.scenario.trust

        // Which joins go ahead is drawn first, so the centre can see them coming.
        var joinYear = [Int](repeating: 0, count: slots.count)
        for s in slots.indices {
            joinYear[s] = plan.joinYear(slot: s, trial: trial)
            outcome.joined[s] = joinYear[s] != Int.max
        }
        var academies = [Int](repeating: 0, count: years + plan.lookahead + 1)
        for year in academies.indices { academies[year] = joinYear.reduce(0) { $0 + ($1 <= year ? 1 : 0) } }

        // The economy, and the funding and central cost indexes it drives.
        for input in 0..<outcome.economy.count {
            for year in 0..<years { outcome.economy[input][year] = plan.economy.fraction(input, year: year, trial: trial) }
        }
        let u = outcome.economy[0], w = outcome.economy[1], g = outcome.economy[2], inflation = outcome.economy[3]

        var ledgers = [AcademyLedger](repeating: AcademyLedger(), count: slots.count)
        var fundingIndex = 1.0, costIndex = 1.0
        // Under GAG pooling the academies' opening balances join the one pot as they arrive.
        var central = trust.centralReserves
        for r in outcome.lossByRisk.indices { for year in 0..<years { outcome.lossByRisk[r][year] = 0 } }

        for year in 0..<years {
            var joiners = 0
            var topSlices = 0.0, reservesSum = 0.0, income = 0.0, staff = 0.0, pupils = 0.0, riskTotal = 0.0
            var inDeficit = 0, belowTarget = 0, aboveCap = 0
            for s in slots.indices {
                if joinYear[s] == year {
                    ledgers[s] = open(slot: slots[s], year: year, trial: trial, fundingIndex: fundingIndex)
                    if plan.pooled { central += ledgers[s].reserves; ledgers[s].reserves = 0 }
                    if slots[s].isJoin { joiners += 1 }
                }
                outcome.rollChange[s][year] = rollChange(slot: slots[s], year: year, trial: trial)
                guard ledgers[s].present else {
                    outcome.present[s][year] = false
                    outcome.reserves[s][year] = 0
                    outcome.inYearBalance[s][year] = 0
                    outcome.belowTarget[s][year] = false
                    outcome.aboveCap[s][year] = false
                    outcome.riskLoss[s][year] = 0
                    continue
                }
                var loss = 0.0
                for (e, event) in plan.academyEvents[s].enumerated() {
                    let amount = event.loss(year: year, trial: trial)
                    loss += amount
                    outcome.lossByRisk[academyEventRisk[s][e]][year] += amount
                }
                ledgers[s].close(
                    year: year, topSliceRate: plan.topSlice, riskLoss: loss,
                    mitigationCost: plan.risks.costs.academy[s][year])
                if plan.pooled { central += ledgers[s].balance; ledgers[s].reserves = 0 }
                let ledger = ledgers[s]
                topSlices += ledger.topSlice
                reservesSum += ledger.reserves
                income += ledger.income
                staff += ledger.staffCosts
                pupils += ledger.pupils
                riskTotal += loss
                let below = ledger.reserves < plan.reserveTarget * ledger.income
                let over = ledger.staffCosts > plan.staffCostCap * ledger.income
                if ledger.reserves < 0 { inDeficit += 1 }
                if below { belowTarget += 1 }
                if over { aboveCap += 1 }
                outcome.present[s][year] = true
                outcome.reserves[s][year] = ledger.reserves
                outcome.inYearBalance[s][year] = ledger.balance
                outcome.belowTarget[s][year] = below
                outcome.aboveCap[s][year] = over
                outcome.riskLoss[s][year] = loss
            }

            // The centre.
            var centralLoss = 0.0
            for (e, event) in plan.centralEvents.enumerated() {
                let amount = event.loss(year: year, trial: trial)
                centralLoss += amount
                outcome.lossByRisk[centralEventRisk[e]][year] += amount
            }
            let costs = trust.centralCosts
            var capacity = 0.0
            for step in costs.steps where step.atAcademies <= academies[year + step.leadYears] { capacity += step.cost }
            let otherIncome = trust.centralOtherIncome * fundingIndex
            let centralIncome = topSlices + otherIncome
            let centralCosts = (costs.fixed + costs.perAcademy * Double(academies[year]) + capacity) * costIndex
                + costs.joiningCost * Double(joiners) + centralLoss + plan.risks.costs.central[year]
            central += centralIncome - centralCosts
            riskTotal += centralLoss

            let trustIncome = income + otherIncome
            let trustReserves = reservesSum + central
            outcome.trust[TrustMetric.trustReserves.rawValue][year] = trustReserves
            outcome.trust[TrustMetric.trustIncome.rawValue][year] = trustIncome
            outcome.trust[TrustMetric.trustReservesPercent.rawValue][year] = trustIncome > 0 ? trustReserves / trustIncome : 0
            outcome.trust[TrustMetric.centralReserves.rawValue][year] = central
            outcome.trust[TrustMetric.centralBalance.rawValue][year] = centralIncome - centralCosts
            outcome.trust[TrustMetric.academies.rawValue][year] = Double(academies[year])
            outcome.trust[TrustMetric.pupils.rawValue][year] = pupils
            outcome.trust[TrustMetric.academiesInDeficit.rawValue][year] = Double(inDeficit)
            outcome.trust[TrustMetric.academiesBelowTarget.rawValue][year] = Double(belowTarget)
            outcome.trust[TrustMetric.academiesAboveStaffCap.rawValue][year] = Double(aboveCap)
            outcome.trust[TrustMetric.staffCostRatio.rawValue][year] = income > 0 ? staff / income : 0
            outcome.trust[TrustMetric.riskLosses.rawValue][year] = riskTotal

            // Next year: every academy's books, and the indexes.
            guard year + 1 < years else { break }
            for s in slots.indices where ledgers[s].present {
                ledgers[s].advance(
                    fundingUplift: u[year], payAward: w[year], payGrantCoverage: g[year], nonPayInflation: inflation[year],
                    rollChange: outcome.rollChange[s][year] / 100, elasticity: plan.elasticity, maxStaffCut: plan.maxStaffCut)
            }
            fundingIndex *= 1 + u[year]
            costIndex *= 1 + plan.centralPayShare * w[year] + (1 - plan.centralPayShare) * inflation[year]
        }
    }

    @inline(__always)
    private func rollChange(slot: SlotPlan, year: Int, trial: Int) -> Double {
        let distribution: Distribution
        switch slot.origin {
        case .existing(let academy): distribution = academy.rollChangePercent
        case .join(_, let template, _): distribution = template.rollChangePercent
        }
        return distribution.sample(key: slot.rollKeys[year], trial: trial)
    }

    /// An academy's books on the day it is in the trust: today's figures for an academy
    /// already in it, the template's draws (at the joining year's prices) for a new one.
    private func open(slot: SlotPlan, year: Int, trial: Int, fundingIndex: Double) -> AcademyLedger {
        var ledger = AcademyLedger()
        ledger.present = true
        ledger.joinYear = year
        let draws = slot.draws
        switch slot.origin {
        case .existing(let academy):
            ledger.pupils = Double(academy.pupils)
            ledger.capacity = Double(academy.capacity)
            ledger.fundingPerPupil = academy.fundingPerPupil
            ledger.lumpSum = academy.lumpSum
            ledger.otherIncome = academy.otherIncome
            ledger.staffCosts = academy.staffCosts
            ledger.nonStaffCosts = academy.nonStaffCosts
            ledger.reserves = academy.reserves
            if let deficit = academy.structuralDeficit, draws.structuralDeficit.uniform(trial: trial) < deficit.probability {
                ledger.structuralDeficit = deficit.amount.sample(key: draws.structuralDeficitAmount, trial: trial)
                ledger.recoveryYears = deficit.recoveryYears
            }
        case .join(_, let template, _):
            ledger.capacity = Double(template.capacity)
            let drawnPupils = max(0, template.pupils.sample(key: draws.pupils, trial: trial))
            if let school = template.freeSchool {
                ledger.pupilsPerYearGroup = drawnPupils
                ledger.yearGroups = school.openingYearGroups
                ledger.fullYearGroups = school.yearGroups
                ledger.pupils = min(ledger.capacity, (drawnPupils * Double(school.openingYearGroups)).rounded(.toNearestOrAwayFromZero))
                ledger.startUpGrant = school.startUpGrant.sample(key: draws.startUpGrant, trial: trial) * fundingIndex
            } else {
                ledger.pupils = min(ledger.capacity, drawnPupils.rounded(.toNearestOrAwayFromZero))
            }
            ledger.fundingPerPupil = template.fundingPerPupil.sample(key: draws.fundingPerPupil, trial: trial) * fundingIndex
            ledger.lumpSum = template.lumpSum.sample(key: draws.lumpSum, trial: trial) * fundingIndex
            ledger.otherIncome = template.otherIncome.sample(key: draws.otherIncome, trial: trial) * fundingIndex
            let income = ledger.pupils * ledger.fundingPerPupil + ledger.lumpSum + ledger.otherIncome
            ledger.staffCosts = template.staffCostsPercent.sample(key: draws.staffCostsPercent, trial: trial) / 100 * income
            ledger.nonStaffCosts = template.nonStaffCostsPercent.sample(key: draws.nonStaffCostsPercent, trial: trial) / 100 * income
            ledger.reserves = template.type == .converter
                ? template.reserves.sample(key: draws.reserves, trial: trial) * fundingIndex : 0
            if let deficit = template.structuralDeficit, draws.structuralDeficit.uniform(trial: trial) < deficit.probability {
                ledger.structuralDeficit = deficit.amount.sample(key: draws.structuralDeficitAmount, trial: trial) * fundingIndex
                ledger.recoveryYears = deficit.recoveryYears
            }
        }
        return ledger
    }
}
