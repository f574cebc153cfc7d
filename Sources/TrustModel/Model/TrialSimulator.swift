import MonteCarlo

/// Runs one trial of a plan: draws which joins go ahead, then steps every academy and the
/// centre through the years, writing what happened into a ``TrialOutcome``.
struct TrialSimulator: Sendable {
    let plan: TrialPlan
    /// The plan laid out flat for the loop.
    let tables: TrialTables

    init(plan: TrialPlan) {
        self.plan = plan
        let position = Dictionary(uniqueKeysWithValues: plan.risks.included.enumerated().map { ($1.id, $0) })
        tables = TrialTables(
            plan: plan, eventRisk: plan.academyEvents.map { $0.map { position[$0.riskID]! } },
            centralRisk: plan.centralEvents.map { position[$0.riskID]! })
    }

    func makeOutcome() -> TrialOutcome {
        TrialOutcome(years: plan.years, slots: plan.slots.count, risks: plan.risks.included.count, isJoin: plan.slots.map(\.isJoin))
    }

    func simulate(trial: Int, into outcome: inout TrialOutcome) {
        let years = plan.years
        let slotCount = tables.slotCount
        let trust = plan.scenario.trust
        let tables = self.tables

        // Which joins go ahead is drawn first, so the centre can see them coming.
        var joinYear = [Int](repeating: 0, count: slotCount)
        for s in 0..<slotCount {
            joinYear[s] = tables.joinYear(slot: s, trial: trial)
            outcome.joined[s] = joinYear[s] != Int.max
        }
        var academies = [Int](repeating: 0, count: years + plan.lookahead + 1)
        for year in academies.indices { academies[year] = joinYear.reduce(0) { $0 + ($1 <= year ? 1 : 0) } }

        // The economy, and the funding and central cost indexes it drives.
        let inputs = outcome.economy.count / years
        for input in 0..<inputs {
            for year in 0..<years { outcome.economy[outcome.at(input, year)] = plan.economy.fraction(input, year: year, trial: trial) }
        }
        let u = 0
        let w = 1
        let g = 2
        let inflation = 3

        var ledgers = [AcademyLedger](repeating: AcademyLedger(), count: slotCount)
        // The events that strike in one slot-year (one payer's at most), reused throughout.
        var struck = [Int](repeating: 0, count: tables.largestEventGroup)
        var fundingIndex = 1.0
        var costIndex = 1.0
        // Under GAG pooling the academies' opening balances join the one pot as they arrive.
        var central = trust.centralReserves
        for struck in outcome.struck { outcome.lossByRisk[struck.entry] = 0 }
        outcome.struck.removeAll(keepingCapacity: true)

        for year in 0..<years {
            var joiners = 0
            var topSlices = 0.0
            var reservesSum = 0.0
            var income = 0.0
            var staff = 0.0
            var pupils = 0.0
            var riskTotal = 0.0
            var inDeficit = 0
            var belowTarget = 0
            var aboveCap = 0
            for s in 0..<slotCount {
                let here = outcome.at(s, year)
                if joinYear[s] == year {
                    ledgers[s] = tables.openingLedger[s] ?? open(slot: plan.slots[s], year: year, trial: trial, fundingIndex: fundingIndex)
                    if plan.pooled {
                        central += ledgers[s].reserves
                        ledgers[s].reserves = 0
                    }
                    if !tables.isExisting[s] { joiners += 1 }
                }
                outcome.rollChange[here] = tables.rollChange[s].sample(key: tables.rollKeys[here], trial: trial, others: tables.others)
                guard ledgers[s].present else {
                    outcome.present[here] = false
                    outcome.reserves[here] = 0
                    outcome.inYearBalance[here] = 0
                    outcome.belowTarget[here] = false
                    outcome.aboveCap[here] = false
                    outcome.riskLoss[here] = 0
                    continue
                }
                let loss = losses(
                    tables.academyEvents[s]..<tables.academyEvents[s + 1], year: year, trial: trial, struck: &struck, into: &outcome)
                ledgers[s].close(
                    year: year, topSliceRate: plan.topSlice, riskLoss: loss, mitigationCost: tables.mitigationCost[here])
                if plan.pooled {
                    central += ledgers[s].balance
                    ledgers[s].reserves = 0
                }
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
                outcome.present[here] = true
                outcome.reserves[here] = ledger.reserves
                outcome.inYearBalance[here] = ledger.balance
                outcome.belowTarget[here] = below
                outcome.aboveCap[here] = over
                outcome.riskLoss[here] = loss
            }

            // The centre.
            let centralLoss = losses(
                tables.academyEvents[slotCount]..<tables.eventCount, year: year, trial: trial, struck: &struck, into: &outcome)
            let costs = trust.centralCosts
            var capacity = 0.0
            for step in costs.steps where step.atAcademies <= academies[year + step.leadYears] { capacity += step.cost }
            let otherIncome = trust.centralOtherIncome * fundingIndex
            let centralIncome = topSlices + otherIncome
            let centralCosts =
                (costs.fixed + costs.perAcademy * Double(academies[year]) + capacity) * costIndex
                + costs.joiningCost * Double(joiners) + centralLoss + tables.centralMitigationCost[year]
            central += centralIncome - centralCosts
            riskTotal += centralLoss

            let trustIncome = income + otherIncome
            let trustReserves = reservesSum + central
            func record(_ metric: TrustMetric, _ value: Double) { outcome.trust[outcome.at(metric.rawValue, year)] = value }
            record(.trustReserves, trustReserves)
            record(.trustIncome, trustIncome)
            record(.trustReservesPercent, trustIncome > 0 ? trustReserves / trustIncome : 0)
            record(.centralReserves, central)
            record(.centralBalance, centralIncome - centralCosts)
            record(.academies, Double(academies[year]))
            record(.pupils, pupils)
            record(.academiesInDeficit, Double(inDeficit))
            record(.academiesBelowTarget, Double(belowTarget))
            record(.academiesAboveStaffCap, Double(aboveCap))
            record(.staffCostRatio, income > 0 ? staff / income : 0)
            record(.riskLosses, riskTotal)

            // Next year: every academy's books, and the indexes.
            guard year + 1 < years else { break }
            let uplift = outcome.economy[outcome.at(u, year)]
            let award = outcome.economy[outcome.at(w, year)]
            let grant = outcome.economy[outcome.at(g, year)]
            let nonPay = outcome.economy[outcome.at(inflation, year)]
            for s in 0..<slotCount where ledgers[s].present {
                ledgers[s].advance(
                    fundingUplift: uplift, payAward: award, payGrantCoverage: grant, nonPayInflation: nonPay,
                    rollChange: outcome.rollChange[outcome.at(s, year)] / 100, elasticity: plan.elasticity, maxStaffCut: plan.maxStaffCut)
            }
            fundingIndex *= 1 + uplift
            costIndex *= 1 + plan.centralPayShare * award + (1 - plan.centralPayShare) * nonPay
        }
    }

    /// The total loss of one payer's `events` in `year`: those that strike are listed in `struck`
    /// (scratch, long enough for any payer's), their impacts drawn in order and each added to
    /// its risk's row of `outcome`.
    @inline(__always)
    private func losses(_ events: Range<Int>, year: Int, trial: Int, struck: inout [Int], into outcome: inout TrialOutcome) -> Double {
        var total = 0.0
        let strikes = tables.strikes(events, year: year, trial: trial, into: &struck)
        for i in 0..<strikes {
            let event = struck[i]
            let amount = tables.impact(event: event, year: year, trial: trial)
            // Adding nothing changes nothing, so only non-zero losses are added.
            if amount != 0 {
                total += amount
                outcome.addLoss(amount, risk: tables.eventRisk[event], year: year)
            }
        }
        return total
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
            ledger = AcademyLedger(opening: academy)
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
            ledger.reserves =
                template.type == .converter
                ? template.reserves.sample(key: draws.reserves, trial: trial) * fundingIndex : 0
            if let deficit = template.structuralDeficit, draws.structuralDeficit.uniform(trial: trial) < deficit.probability {
                ledger.structuralDeficit = deficit.amount.sample(key: draws.structuralDeficitAmount, trial: trial) * fundingIndex
                ledger.recoveryYears = deficit.recoveryYears
            }
        }
        return ledger
    }
}
