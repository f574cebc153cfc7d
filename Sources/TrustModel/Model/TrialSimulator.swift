import MonteCarlo

/// Runs one trial of a plan: draws which joins go ahead, then steps every academy and the
/// centre through the years, writing what happened into a ``TrialOutcome``.
struct TrialSimulator: Sendable {
    let plan: TrialPlan
    /// The plan laid out flat for the loop.
    let tables: TrialTables

    init(plan: TrialPlan) {
        self.plan = plan
        tables = TrialTables(plan: plan)
    }

    func makeOutcome() -> TrialOutcome {
        TrialOutcome(years: plan.years, slots: plan.slots.count, risks: plan.risks.included.count)
    }

    /// Simulates trial `trial` into `outcome`, year by year: the academies' books close, then
    /// the centre's, the trust-wide figures are recorded, and everything moves on a year.
    func simulate(trial: Int, into outcome: inout TrialOutcome) {
        var state = start(trial: trial, outcome: &outcome)
        for year in 0..<plan.years {
            let academies = closeAcademies(year: year, trial: trial, state: &state, outcome: &outcome)
            let centre = closeCentre(year: year, trial: trial, academies: academies, state: &state, outcome: &outcome)
            record(year: year, academies: academies, centre: centre, state: state, outcome: &outcome)
            guard year + 1 < plan.years else { break }
            advance(year: year, state: &state, outcome: outcome)
        }
    }

    /// One trial's running state: when each place's academy joins, how many academies the trust
    /// has each year, their books, the centre's reserves and the funding and cost indexes.
    struct TrialState {
        /// The plan's tables, copied once a trial (see ``start(trial:outcome:)``).
        let tables: TrialTables
        var joinYear: [Int]
        /// Academies in the trust in each year, and for capacity lead times beyond the horizon.
        var academies: [Int]
        var ledgers: [AcademyLedger]
        /// The events that strike in one slot-year (one payer's at most), reused throughout.
        var struck: [Int]
        var fundingIndex = 1.0
        var costIndex = 1.0
        /// Under GAG pooling the academies' opening balances join the one pot as they arrive.
        var central: Double
    }

    /// What the academies in the trust add up to in one year.
    struct AcademyTotals {
        var joiners = 0
        var topSlices = 0.0
        var reserves = 0.0
        var income = 0.0
        var staff = 0.0
        var pupils = 0.0
        var riskLoss = 0.0
        /// The academies' in-year balances: under pooled funding they are the pot's, so part of
        /// the central balance.
        var pooledBalance = 0.0
        var inDeficit = 0
        var inYearDeficit = 0
        /// What the academies in each kind of deficit are short by, added up.
        var deficitTotal = 0.0
        var inYearDeficitTotal = 0.0
        var belowTarget = 0
        var aboveCap = 0
    }

    /// The centre's year: its income and costs, the part of its income that is not top-slice,
    /// and its risk losses.
    struct CentreYear {
        var income: Double
        var costs: Double
        var otherIncome: Double
        var riskLoss: Double
    }

    /// Draws the trial's joins (first, so the centre can see them coming) and its economy, and
    /// clears the last trial's losses from `outcome`.
    @inline(__always)
    private func start(trial: Int, outcome: inout TrialOutcome) -> TrialState {
        // The tables are copied into the state, a local value, once a trial, as the loop held
        // them before it was split: read through `self` instead, the loop measured about 3%
        // slower on one thread (the optimiser reloads what it cannot prove the draws' out-of-line
        // calls leave untouched).
        let tables = self.tables
        let slotCount = tables.slotCount
        var joinYear = [Int](repeating: 0, count: slotCount)
        for s in 0..<slotCount {
            joinYear[s] = tables.joins.joinYear(slot: s, trial: trial)
            outcome.joined[s] = joinYear[s] != Int.max
        }
        var academies = [Int](repeating: 0, count: plan.years + plan.lookahead + 1)
        for year in academies.indices { academies[year] = joinYear.reduce(0) { $0 + ($1 <= year ? 1 : 0) } }
        for input in EconomyDraws.inputs {
            for year in 0..<plan.years {
                outcome.economy[outcome.at(input.row, year)] = plan.economy.fraction(input, year: year, trial: trial)
            }
        }
        for struck in outcome.struck { outcome.lossByRisk[struck.entry] = 0 }
        outcome.struck.removeAll(keepingCapacity: true)
        return TrialState(
            tables: tables, joinYear: joinYear, academies: academies,
            ledgers: [AcademyLedger](repeating: AcademyLedger(), count: slotCount),
            struck: [Int](repeating: 0, count: tables.events.largestEventGroup), central: plan.scenario.trust.centralReserves)
    }

    /// Closes every academy's books for `year`, opening those that join in it.
    @inline(__always)
    private func closeAcademies(year: Int, trial: Int, state: inout TrialState, outcome: inout TrialOutcome) -> AcademyTotals {
        var totals = AcademyTotals()
        for s in 0..<state.tables.slotCount {
            if state.joinYear[s] == year {
                state.ledgers[s] =
                    state.tables.openingLedger[s]
                    ?? AcademyLedger(opening: plan.slots[s], inYear: year, trial: trial, fundingIndex: state.fundingIndex)
                if plan.pooled {
                    state.central += state.ledgers[s].reserves
                    state.ledgers[s].reserves = 0
                }
                if !state.tables.joins.isExisting[s] { totals.joiners += 1 }
            }
            closeAcademy(s, year: year, trial: trial, state: &state, totals: &totals, outcome: &outcome)
        }
        return totals
    }

    /// Closes academy `s`'s books for `year` (or records that it is not in the trust), adds them
    /// to `totals` and writes them into `outcome`.
    @inline(__always)
    private func closeAcademy(
        _ s: Int, year: Int, trial: Int, state: inout TrialState, totals: inout AcademyTotals, outcome: inout TrialOutcome
    ) {
        let here = outcome.at(s, year)
        outcome.rollChange[here] = state.tables.drawnRollChange(slot: s, year: year, trial: trial)
        guard state.ledgers[s].present else {
            outcome.present[here] = false
            outcome.reserves[here] = 0
            outcome.inYearBalance[here] = 0
            outcome.belowTarget[here] = false
            outcome.aboveCap[here] = false
            outcome.riskLoss[here] = 0
            return
        }
        let group = state.tables.events.academyEvents[s]..<state.tables.events.academyEvents[s + 1]
        let loss = losses(group, year: year, trial: trial, state: &state, outcome: &outcome)
        state.ledgers[s].close(year: year, topSliceRate: plan.topSlice, riskLoss: loss, mitigationCost: state.tables.mitigationCost[here])
        if plan.pooled {
            state.central += state.ledgers[s].balance
            totals.pooledBalance += state.ledgers[s].balance
            state.ledgers[s].reserves = 0
        }
        let ledger = state.ledgers[s]
        totals.topSlices += ledger.topSlice
        totals.reserves += ledger.reserves
        totals.income += ledger.income
        totals.staff += ledger.staffCosts
        totals.pupils += ledger.pupils
        totals.riskLoss += loss
        let below = ledger.reserves < plan.reserveTarget * ledger.income
        let over = ledger.staffCosts > plan.staffCostCap * ledger.income
        if ledger.reserves < 0 {
            totals.inDeficit += 1
            totals.deficitTotal -= ledger.reserves
        }
        if ledger.balance < 0 {
            totals.inYearDeficit += 1
            totals.inYearDeficitTotal -= ledger.balance
        }
        if below { totals.belowTarget += 1 }
        if over { totals.aboveCap += 1 }
        outcome.present[here] = true
        outcome.reserves[here] = ledger.reserves
        outcome.inYearBalance[here] = ledger.balance
        outcome.belowTarget[here] = below
        outcome.aboveCap[here] = over
        outcome.riskLoss[here] = loss
    }

    /// Closes the centre's books for `year`: the top-slices and its other income in, its team
    /// (with the capacity steps the academy count calls for), joining costs, risk losses and
    /// mitigations out.
    @inline(__always)
    private func closeCentre(
        year: Int, trial: Int, academies: AcademyTotals, state: inout TrialState, outcome: inout TrialOutcome
    ) -> CentreYear {
        let trust = plan.scenario.trust
        let group = state.tables.events.academyEvents[state.tables.slotCount]..<state.tables.events.eventCount
        let loss = losses(group, year: year, trial: trial, state: &state, outcome: &outcome)
        let costs = trust.centralCosts
        var capacity = 0.0
        for step in costs.steps {
            let at = year + step.leadYears
            // Indexed in each branch: choosing an array first would retain it on every core.
            let counted = step.commit == .plan ? state.tables.plannedAcademies[at] : state.academies[at]
            if step.atAcademies <= counted { capacity += step.cost }
        }
        let otherIncome = trust.centralOtherIncome * state.fundingIndex
        let income = academies.topSlices + otherIncome
        let spent =
            (costs.fixed + costs.perAcademy * Double(state.academies[year]) + capacity) * state.costIndex
            + costs.joiningCost * Double(academies.joiners) + loss + state.tables.centralMitigationCost[year]
        state.central += income - spent
        return CentreYear(income: income, costs: spent, otherIncome: otherIncome, riskLoss: loss)
    }

    /// Records the trust-wide figures of `year`.
    @inline(__always)
    private func record(year: Int, academies: AcademyTotals, centre: CentreYear, state: TrialState, outcome: inout TrialOutcome) {
        let trustIncome = academies.income + centre.otherIncome
        let trustReserves = academies.reserves + state.central
        func record(_ metric: TrustMetric, _ value: Double) { outcome.trust[outcome.at(metric.rawValue, year)] = value }
        record(.trustReserves, trustReserves)
        record(.trustIncome, trustIncome)
        record(.trustReservesPercent, trustIncome > 0 ? trustReserves / trustIncome : 0)
        record(.centralReserves, state.central)
        record(.centralBalance, centre.income - centre.costs + academies.pooledBalance)
        record(.academies, Double(state.academies[year]))
        record(.pupils, academies.pupils)
        record(.academiesInDeficit, Double(academies.inDeficit))
        record(.academiesInYearDeficit, Double(academies.inYearDeficit))
        record(.academiesDeficit, academies.deficitTotal)
        record(.academiesInYearDeficitAmount, academies.inYearDeficitTotal)
        record(.academiesBelowTarget, Double(academies.belowTarget))
        record(.academiesAboveStaffCap, Double(academies.aboveCap))
        record(.staffCostRatio, academies.income > 0 ? academies.staff / academies.income : 0)
        record(.riskLosses, academies.riskLoss + centre.riskLoss)
    }

    /// Moves every academy's books, and the funding and cost indexes, on to the year after `year`.
    @inline(__always)
    private func advance(year: Int, state: inout TrialState, outcome: TrialOutcome) {
        let economy = outcome.economy(year)
        for s in 0..<state.tables.slotCount where state.ledgers[s].present {
            state.ledgers[s].advance(
                economy: economy, rollChange: outcome.rollChange[outcome.at(s, year)] / 100, elasticity: plan.elasticity,
                maxStaffCut: plan.maxStaffCut)
        }
        state.fundingIndex *= 1 + economy.fundingUplift
        state.costIndex *= 1 + plan.centralPayShare * economy.payAward + (1 - plan.centralPayShare) * economy.nonPayInflation
    }

    /// The total loss of one payer's `events` in `year`: those that strike are listed in the
    /// state's scratch list, their impacts drawn in order and each added to its risk's row of
    /// `outcome`.
    @inline(__always)
    private func losses(_ events: Range<Int>, year: Int, trial: Int, state: inout TrialState, outcome: inout TrialOutcome) -> Double {
        var total = 0.0
        let strikes = state.tables.events.strikes(events, year: year, trial: trial, into: &state.struck)
        for i in 0..<strikes {
            let event = state.struck[i]
            let amount = state.tables.events.impact(event: event, year: year, trial: trial)
            // Adding nothing changes nothing, so only non-zero losses are added.
            if amount != 0 {
                total += amount
                outcome.addLoss(amount, risk: state.tables.events.eventRisk[event], year: year)
            }
        }
        return total
    }
}
