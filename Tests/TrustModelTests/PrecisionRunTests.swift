import MonteCarlo
import Testing

@testable import TrustModel

/// A run that stops at its precision targets is a run of the trials it stopped at: the same
/// chunks merged in the same order, the same pilot, and the same kind of academy percentiles
/// even when it outgrows the memory for keeping every academy-year on the way.
struct PrecisionRunTests {
    static func scenario(trials: Int) throws -> Scenario {
        var scenario = try Fixtures.load(AcademyPercentileTests.steady).base
        scenario.trials = trials
        return scenario
    }

    /// Each academy's figures that depend on how its percentiles are made, and the trust's.
    static func figures(_ result: SimulationResult) -> [Double] {
        var figures: [Double] = []
        for academy in result.academies {
            figures +=
                academy.years.map { $0.medianReserves ?? .nan } + [academy.riskLoss80, academy.riskLoss95, academy.annualRiskLoss.mean]
            figures += academy.years.map { $0.expectedDeficit.mean }
        }
        for year in result.years { figures += year.summaries.flatMap { [$0.mean, $0.standardError] + $0.percentiles } }
        return figures
    }

    @Test func goingOnPastTheExactBudgetGivesTheHistogramsOfAFixedRun() throws {
        // Watched fail before the kept academy-years were counted into histograms: medians of
        // the first 1,024 trials only, read as exact.
        let trials = 3 * Simulation.chunkSize
        let plan = try TrialPlan(scenario: Self.scenario(trials: trials), registers: nil)
        // Two academies of four years: 136 bytes a trial, so 1,500 trials fit and 2,048 do not.
        let budget = 1_500 * 136
        var going = RunningTally(plan: plan, threads: 2, recording: Recording(), firstStop: 1_024, exactBudget: budget)
        going.run(to: 1_024)
        let keptAtFirst = going.tally.exact
        going.run(to: 2_048)
        let keptAtSecond = going.tally.exact
        #expect(keptAtFirst && !keptAtSecond)
        going.run(to: trials)
        var fixed = RunningTally(plan: plan, threads: 3, recording: Recording(), firstStop: trials, exactBudget: budget)
        fixed.run(to: trials)
        let (a, b) = (going.result(), fixed.result())
        #expect(a.academyPercentiles == .histogram(bins: SimulationTally.bins) && b.academyPercentiles == a.academyPercentiles)
        #expect(Self.figures(a) == Self.figures(b))
    }

    @Test func aPrecisionRunStopsAtTheFirstBlockMeetingItsTargetAndIsThatFixedRun() throws {
        var scenario = try Self.scenario(trials: 100_000)
        let moving = try OutputVocabulary.precision("P5(academy.moving.reserves@2029) ±£4k", scenario: scenario)
        scenario.precision = [moving]
        let stopped = try Simulation.run(scenario, registers: nil, threads: 2, stoppingAtPrecision: true)
        let outcome = try #require(stopped.precision)
        #expect(outcome.allMet && stopped.trials % Simulation.precisionBlock == 0 && stopped.trials < 100_000)
        #expect(stopped.trials >= 2 * Simulation.precisionBlock)
        var fixed = scenario
        fixed.precision = []
        fixed.trials = stopped.trials
        #expect(Self.figures(try Simulation.run(fixed, registers: nil, threads: 1)) == Self.figures(stopped))
        // One block fewer does not meet it: the run stopped at the first block that did.
        var shorter = scenario
        shorter.trials = stopped.trials - Simulation.precisionBlock
        #expect(try Simulation.run(shorter, registers: nil, stoppingAtPrecision: true).precision?.allMet == false)
        // Experiments run the scenario's trials whatever its targets: their options share futures.
        let experiment = try Simulation.run(shorter, registers: nil)
        #expect(experiment.trials == shorter.trials && experiment.precision == nil)
    }

    @Test func theNextSizeOfARunOfItsOwnAimsAtTheWidestMiss() throws {
        let target = PrecisionTarget(measure: .mean(OutputName(figure: .trust(.trustReserves))), halfWidth: 100, text: "t")
        let missed = PrecisionReached(target: target, estimate: Estimate(value: 0, standardError: 0), halfWidth: 200)
        // Twice too wide: four times the trials, a tenth more, in whole blocks of 8,192.
        #expect(Simulation.nextSize(after: 8_192, reached: [missed], cap: 1_000_000) == 5 * 8_192)
        #expect(Simulation.nextSize(after: 8_192, reached: [missed], cap: 20_000) == 20_000)
        let barely = PrecisionReached(target: target, estimate: Estimate(value: 0, standardError: 0), halfWidth: 101)
        #expect(Simulation.nextSize(after: 8_192, reached: [barely], cap: 1_000_000) == 2 * 8_192)
    }
}
