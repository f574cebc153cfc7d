import MonteCarlo

/// A simulation under way: the trials run so far, merged in chunk order into one tally, which
/// can go on to more trials exactly as a run asking for them from the start would have: the
/// same chunks, merged in the same order, the same pilot, the same kind of academy percentiles.
struct RunningTally {
    let plan: TrialPlan
    let simulator: TrialSimulator
    /// The histogram ranges from the pilot, the first min(trials, 256) of the scenario's trials.
    let ranges: SimulationTally.Ranges
    let runner: TrialRunner
    let threads: Int?
    /// Where finished trials are counted for the progress line, if anywhere.
    let progress: TrialProgress?
    /// The slots whose reserves are kept for every trial (see ``Recording``).
    let recorded: [Int]
    /// The memory every academy-year may take (``SimulationTally/exactBudget``).
    let exactBudget: Int
    private(set) var tally: SimulationTally
    /// How many trials have run: 0..<trials.
    private(set) var trials = 0

    /// A run of `plan`, whose scenario's trials set the pilot (the most the run may take: a run
    /// of fewer still pilots on min(trials, 256), as every stop is at least 256 trials or the
    /// cap); `firstStop` sizes the first tally.
    init(
        plan: TrialPlan, threads: Int?, recording: Recording, firstStop: Int, exactBudget: Int = SimulationTally.exactBudget,
        progress: TrialProgress? = nil
    ) {
        self.plan = plan
        self.progress = progress
        self.exactBudget = exactBudget
        self.threads = threads
        simulator = TrialSimulator(plan: plan)
        ranges = Simulation.pilotRanges(simulator, trials: min(plan.scenario.trials, 256))
        runner = TrialRunner(threads: threads, chunkSize: Simulation.chunkSize)
        recorded = plan.slots.indices.filter { recording.academies.contains(plan.slots[$0].id) }
        tally = SimulationTally(
            years: plan.years, slots: plan.slots.count, risks: plan.risks.included.count, ranges: ranges, recordedSlots: recorded,
            capacity: firstStop,
            exact: SimulationTally.keepsEveryTrial(trials: firstStop, slots: plan.slots.count, years: plan.years, budget: exactBudget))
    }

    /// Runs trials `trials..<end`, in the chunks and merge order of a run of `end` trials.
    mutating func run(to end: Int) {
        let start = trials
        precondition(start % runner.chunkSize == 0 && end >= start, "a run goes on from the end of a chunk")
        let exact = SimulationTally.keepsEveryTrial(trials: end, slots: plan.slots.count, years: plan.years, budget: exactBudget)
        if !exact { tally.stopKeepingEveryTrial(ranges: ranges) }
        let (simulator, ranges, recorded, plan) = (simulator, ranges, recorded, plan)
        // The tally is moved into the runner, not copied: it may hold a million trials.
        var carried = SimulationTally(years: 0, slots: 0, risks: 0, ranges: SimulationTally.Ranges(reserves: [], riskLoss: []))
        swap(&carried, &tally)
        tally = runner.run(trials: end - start, initial: carried, progress: progress) { chunk in
            var tally = SimulationTally(
                years: plan.years, slots: plan.slots.count, risks: plan.risks.included.count, ranges: ranges, recordedSlots: recorded,
                capacity: chunk.count, exact: exact)
            var outcome = simulator.makeOutcome()
            for trial in (start + chunk.lowerBound)..<(start + chunk.upperBound) {
                simulator.simulate(trial: trial, into: &outcome)
                tally.record(outcome)
            }
            tally.fold()
            return tally
        }
        trials = end
    }

    /// The results of the trials run so far.
    func result() -> SimulationResult {
        var plan = plan
        plan.scenario.trials = trials
        return SimulationResult(plan: plan, tally: tally, threads: threads)
    }

    /// The trials run so far, for reading measures from between blocks.
    var figures: TrialsSoFar {
        var scenario = plan.scenario
        scenario.trials = trials
        return TrialsSoFar(
            scenario: scenario, trials: trials, columns: tally.trust,
            academyColumns: Dictionary(
                uniqueKeysWithValues: tally.recordedSlots.enumerated().map { (plan.slots[$1].id, tally.academyColumns[$0]) }),
            academyIDs: plan.slots.map(\.id))
    }
}

/// The trust-wide figures of the trials a run has made so far, read between its blocks.
struct TrialsSoFar: TrialFigures {
    let scenario: Scenario
    let trials: Int
    let columns: TrustColumns
    let academyColumns: [String: [[Double]]]
    let academyIDs: [String]

    func values(_ metric: TrustMetric, year: Int) -> [Double] { columns.values(metric, year: year) }
    func academyReserves(_ id: String, year: Int) -> [Double]? { academyColumns[id]?[year] }
    var replicates: ReplicatedBlocks? { SimulationResult.replicates(of: scenario) }
}
