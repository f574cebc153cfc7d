import MonteCarlo

extension SimulationResult {
    /// The results of a finished run: summaries of the exact columns, proportions from the
    /// counts, and the risk tables.
    init(plan: TrialPlan, tally: SimulationTally, threads: Int? = nil) {
        let scenario = plan.scenario
        self.scenario = scenario
        trials = scenario.trials
        columns = tally.trust
        notes = plan.risks.notes
        academyColumns = Dictionary(
            uniqueKeysWithValues: tally.recordedSlots.enumerated().map { (plan.slots[$1].id, tally.academyColumns[$0]) })
        years = Self.yearOutcomes(plan: plan, tally: tally, threads: threads)
        academies = Self.academyOutcomes(plan: plan, tally: tally)
        academyPercentiles = tally.exact ? .exact : .histogram(bins: SimulationTally.bins)
        risk = Self.riskOutcome(plan: plan, tally: tally)
    }

    /// Each year's summaries of the trust-wide figures and its probabilities.
    private static func yearOutcomes(plan: TrialPlan, tally: SimulationTally, threads: Int?) -> [YearOutcome] {
        let scenario = plan.scenario
        let trials = scenario.trials
        let target = plan.trustReserveTarget
        let replicates = SimulationResult.replicates(of: scenario)
        // Each summary sorts its column (100,000 values or more), independently of the others:
        // they are made on every thread, one column a task, and kept in order.
        let metrics = TrustMetric.allCases
        let columns = tally.trust
        let all = TrialRunner(threads: threads, chunkSize: 1).run(trials: metrics.count * plan.years, initial: [Summary]()) { cells in
            cells.map { Summary(columns.values(metrics[$0 % metrics.count], year: $0 / metrics.count)) }
        } merge: {
            $0 += $1
        }
        return (0..<plan.years).map { year in
            let summaries = Array(all[year * metrics.count..<(year + 1) * metrics.count])
            func count(_ metric: TrustMetric, _ test: (Double) -> Bool) -> ProportionAccumulator {
                let indicators = tally.trust.values(metric, year: year).map { test($0) ? 1.0 : 0.0 }
                var proportion = ProportionAccumulator(trials: trials, events: Int(indicators.reduce(0, +)))
                proportion.measuredStandardError = replicates?.standardErrorOfMean(indicators)
                return proportion
            }
            return YearOutcome(
                index: year, label: scenario.yearLabel(year),
                summaries: replicates.map { blocks in
                    summaries.enumerated().map { metric, summary in
                        var replicated = summary
                        replicated.standardError = blocks.standardErrorOfMean(columns.values(metrics[metric], year: year))
                        return replicated
                    }
                } ?? summaries,
                centralReservesBelowZero: count(.centralReserves) { $0 < 0 },
                anyAcademyInDeficit: count(.academiesInDeficit) { $0 > 0 },
                anyAcademyInYearDeficit: count(.academiesInYearDeficit) { $0 > 0 },
                trustReservesAtTarget: count(.trustReservesPercent) { $0 >= target },
                anyAcademyAboveStaffCap: count(.academiesAboveStaffCap) { $0 > 0 })
        }
    }

    /// Each academy's year-by-year results and its risk losses.
    private static func academyOutcomes(plan: TrialPlan, tally: SimulationTally) -> [AcademyOutcome] {
        let slots = plan.slots.count
        return plan.slots.enumerated().map { slot, place in
            let years = (0..<plan.years).map { year in
                let counts = tally.academyYears[tally.at(slot, year)]
                let n = counts.present
                let median =
                    tally.exact
                    ? tally.kept.reserves(slot: slot, year: year, slots: slots, years: plan.years).median
                    : tally.reserves[tally.at(slot, year)].percentile(0.5)
                return AcademyYear(
                    trialsPresent: n, medianReserves: median,
                    inDeficit: ProportionAccumulator(trials: n, events: counts.inDeficit),
                    inYearDeficit: ProportionAccumulator(trials: n, events: counts.inYearDeficit),
                    expectedDeficit: counts.deficit, expectedInYearDeficit: counts.inYearDeficitSize,
                    belowTarget: ProportionAccumulator(trials: n, events: counts.belowTarget),
                    aboveStaffCap: ProportionAccumulator(trials: n, events: counts.aboveCap))
            }
            let losses = riskLossPercentiles(slot: slot, tally: tally, years: plan.years)
            return AcademyOutcome(
                id: place.id, name: place.name, phase: place.phase, type: place.type, isJoin: place.isJoin,
                joined: ProportionAccumulator(trials: plan.scenario.trials, events: tally.joined[slot]), years: years,
                annualRiskLoss: tally.slotRiskLossMean[slot], riskLoss80: losses.p80, riskLoss95: losses.p95)
        }
    }

    /// An academy's P80 and P95 of a year's risk losses: exact from every kept year, or from its
    /// histogram; £0 for an academy whose risks never cost anything (a histogram would say £1).
    private static func riskLossPercentiles(slot: Int, tally: SimulationTally, years: Int) -> (p80: Double, p95: Double) {
        if tally.exact {
            var losses = tally.kept.riskLosses(slot: slot, slots: tally.slots, years: years)
            guard !losses.isEmpty else { return (0, 0) }
            let percentiles = Percentiles.of(rearranging: &losses, at: [0.8, 0.95])
            return (percentiles[0], percentiles[1])
        }
        guard tally.slotRiskLossMean[slot].mean > 0 else { return (0, 0) }
        let histogram = tally.slotRiskLoss[slot]
        return (histogram.percentile(0.8) ?? 0, histogram.percentile(0.95) ?? 0)
    }

    /// The year's losses over every trial and year, the worst year of each trial, and each
    /// risk's expected loss.
    private static func riskOutcome(plan: TrialPlan, tally: SimulationTally) -> RiskOutcome {
        let lossColumns = (0..<plan.years).map { tally.trust.values(.riskLosses, year: $0) }
        // Sorted in place: at a million trials of ten years this is 80 MB, not to be held twice.
        var pooled = lossColumns.flatMap { $0 }
        pooled.sort()
        let worst = (0..<plan.scenario.trials).map { trial in lossColumns.reduce(0.0) { max($0, $1[trial]) } }
        let worstSummary = Summary(worst)
        let risks = plan.risks.included.enumerated().map { index, risk in
            RiskOutcome.RiskLoss(
                id: risk.id, title: risk.title, register: risk.register, basis: risk.basis, annualLoss: tally.lossByRisk[index])
        }
        return RiskOutcome(
            annualLoss: Summary(sorted: pooled), worstYear: worstSummary,
            contingency80: Percentiles.of(sorted: pooled, at: 0.80),
            contingency95: Percentiles.of(sorted: pooled, at: 0.95),
            // Summary(worst) is at Percentiles.board, which holds 0.95.
            riskBasedReserve: worstSummary.percentile(0.95) ?? Percentiles.of(sorted: worst.sorted(), at: 0.95),
            exceedance: ExceedanceCurve(sorted: pooled, points: 60),
            risks: risks.sorted { ($0.annualLoss.mean, $1.id) > ($1.annualLoss.mean, $0.id) },
            mitigationCount: plan.risks.mitigations.count)
    }
}
