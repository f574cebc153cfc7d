import MonteCarlo
import Testing

@testable import Commands

/// The words of the progress line, worked out from a reading of the progress.
struct ProgressLineTests {
    static func reading(done: Int, of trials: Int, step: Int = 1, steps: Int = 1, name: String = "", before: Int = 0)
        -> TrialProgress.Snapshot
    {
        TrialProgress.Snapshot(
            trialsDone: before + done, step: step, steps: steps, stepName: name, stepTrials: trials, stepTrialsDone: done)
    }

    @Test func oneRunShowsTrialsRateAndTimeLeft() {
        let line = ProgressLine.text(
            task: "simulate growth.json (grow-12)", reading: Self.reading(done: 45_056, of: 300_000), elapsed: 1.5, width: 200)
        #expect(line == "simulate growth.json (grow-12): 45,056 of 300,000 trials, 30,037 trials/s, 9 s left")
    }

    @Test func aSweepShowsItsStepItsNameAndTheWhole() {
        let reading = Self.reading(done: 5_000, of: 10_000, step: 3, steps: 13, name: "trust.topSlicePercent = 3", before: 20_000)
        let line = ProgressLine.text(task: "sweep growth.json", reading: reading, elapsed: 10, width: 200)
        #expect(
            line
                == "sweep growth.json: step 3 of 13: trust.topSlicePercent = 3: 5,000 of 10,000 trials, 19% in all, 2,500 trials/s, 42 s left"
        )
    }

    @Test func aNarrowLineLeavesOutTheRateThenTheNameThenCuts() {
        let reading = Self.reading(done: 5_000, of: 10_000, step: 3, steps: 13, name: "trust.topSlicePercent = 3", before: 20_000)
        let lines = [120, 80, 70, 20].map { ProgressLine.text(task: "sweep growth.json", reading: reading, elapsed: 10, width: $0) }
        #expect(lines[0] == "sweep growth.json: step 3 of 13: trust.topSlicePercent = 3: 5,000 of 10,000 trials, 19% in all, 42 s left")
        #expect(lines[1] == "sweep growth.json: step 3 of 13: 5,000 of 10,000 trials, 19% in all, 42 s left")
        #expect(lines[2] == "sweep growth.json: step 3 of 13: 5,000 of 10,000 trials, 42 s left")
        #expect(lines[3] == "sweep growth.json: …")
        #expect(lines[3].count == 20)
    }

    @Test func aStepWhoseTrialsAreDoneIsBeingSummedUp() {
        let line = ProgressLine.text(task: "simulate growth.json", reading: Self.reading(done: 1_500, of: 1_500), elapsed: 2, width: 200)
        #expect(line.hasSuffix("1,500 of 1,500 trials, 750 trials/s, summing up"))
    }

    @Test func timeLeftIsInSecondsMinutesOrHours() {
        #expect(ProgressLine.timeLeft(fraction: 0, elapsed: 3) == nil)
        #expect(ProgressLine.timeLeft(fraction: 0.5, elapsed: 8) == "8 s")
        #expect(ProgressLine.timeLeft(fraction: 0.25, elapsed: 60) == "3 min 0 s")
        #expect(ProgressLine.timeLeft(fraction: 0.1, elapsed: 600) == "1 h 30 min")
    }

    @Test func theCounterCountsEveryTrialOnceOnAnyNumberOfThreads() {
        for threads in [1, 2, 8] {
            let progress = TrialProgress(steps: 2)
            progress.begin("first", trials: 10_000)
            let sum = TrialRunner(threads: threads, chunkSize: 512).run(trials: 10_000, initial: 0, progress: progress) { range in
                range.reduce(0, +)
            } merge: {
                $0 += $1
            }
            #expect(sum == (0..<10_000).reduce(0, +))
            let reading = progress.snapshot()
            #expect(reading.trialsDone == 10_000 && reading.stepTrialsDone == 10_000 && reading.fractionDone == 0.5)
            progress.begin("second", trials: 100)
            #expect(progress.snapshot().stepTrialsDone == 0 && progress.snapshot().step == 2)
        }
    }
}
