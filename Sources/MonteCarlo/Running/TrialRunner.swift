import Dispatch
import Foundation
import Synchronization

/// Runs the trials of a simulation on several threads with results that do not depend on
/// how many: byte-identical for 1, 2 or 8 threads.
///
/// The trials 0..<N are cut into chunks of a fixed size (``chunkSize``, not derived from the
/// thread count). Workers take chunks in turn from a shared counter; each chunk's result is
/// computed by the caller's closure from the chunk's trial range alone (the random numbers
/// come from keys and trial indexes, never from the worker); results are merged strictly in
/// chunk order as soon as the next one in line is ready. So the same chunks are computed and
/// merged in the same order on any number of threads.
///
///     let runner = TrialRunner(threads: 2)
///     let reserves = runner.run(trials: 100_000, initial: SampleColumn()) { trials in
///         var column = SampleColumn(capacity: trials.count)
///         for trial in trials { column.append(model.finalReserves(trial: trial)) }
///         return column
///     }
///
/// Memory: besides the merged result, only chunk results that finished ahead of an earlier,
/// unfinished chunk wait for their turn: about one per thread when chunks cost alike, more
/// only if one chunk is far slower than the others.
package struct TrialRunner: Sendable {
    /// How many threads run chunks (1 runs them on the calling thread).
    package let threads: Int
    /// How many trials a chunk holds; results depend on it, so keep it fixed.
    package let chunkSize: Int

    /// The chunk size used unless another is given: small enough to balance 2–64 threads over
    /// 10⁴ trials, large enough that the per-chunk cost (one lock, one merge) is negligible.
    package static let defaultChunkSize = 512

    /// A runner with `threads` threads (every active core if nil) and chunks of `chunkSize` trials.
    package init(threads: Int? = nil, chunkSize: Int = TrialRunner.defaultChunkSize) {
        precondition(chunkSize > 0, "a chunk holds at least one trial, not \(chunkSize)")
        self.threads = Swift.max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        self.chunkSize = chunkSize
    }

    /// The number of chunks `trials` trials make.
    package func chunkCount(trials: Int) -> Int { (trials + chunkSize - 1) / chunkSize }

    /// The trial range of chunk `index`.
    package func chunk(_ index: Int, of trials: Int) -> Range<Int> {
        index * chunkSize..<Swift.min(trials, (index + 1) * chunkSize)
    }

    /// Runs `body` on every chunk of 0..<`trials` and merges the results into `initial` in
    /// chunk order with `merge`, counting each finished chunk's trials on `progress`. `initial` is
    /// consumed, so a large result carried on from an earlier run (a simulation going on to more
    /// trials) is merged into, never copied.
    package func run<Partial: Sendable>(
        trials: Int, initial: consuming Partial, progress: TrialProgress? = nil,
        body: @Sendable (Range<Int>) -> Partial,
        merge: @Sendable (inout Partial, Partial) -> Void
    ) -> Partial {
        precondition(trials >= 0, "the number of trials cannot be negative (\(trials))")
        let chunks = chunkCount(trials: trials)
        let workers = Swift.min(threads, chunks)
        if workers <= 1 {
            var result = initial
            for index in 0..<chunks {
                let range = chunk(index, of: trials)
                merge(&result, body(range))
                progress?.add(range.count)
            }
            return result
        }
        let nextChunk = Atomic<Int>(0)
        let merged = Mutex(OrderedMerge(result: initial))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < chunks else { return }
                let range = chunk(index, of: trials)
                let partial = body(range)
                progress?.add(range.count)
                merged.withLock { $0.deposit(partial, at: index, merge: merge) }
            }
        }
        return merged.withLock { state in
            precondition(state.waiting.isEmpty && state.nextIndex == chunks, "every chunk is merged once, in order")
            return state.result
        }
    }

    /// Runs `body` on every chunk of 0..<`trials` and merges the results with ``Mergeable/merge(_:)``.
    package func run<Partial: Mergeable>(
        trials: Int, initial: consuming Partial, progress: TrialProgress? = nil, body: @Sendable (Range<Int>) -> Partial
    ) -> Partial {
        run(trials: trials, initial: initial, progress: progress, body: body) { $0.merge($1) }
    }
}

/// Chunk results waiting for their turn, and the merge of those whose turn has come.
private struct OrderedMerge<Partial> {
    var result: Partial
    var nextIndex = 0
    var waiting: [Int: Partial] = [:]

    mutating func deposit(_ partial: Partial, at index: Int, merge: (inout Partial, Partial) -> Void) {
        waiting[index] = partial
        while let ready = waiting.removeValue(forKey: nextIndex) {
            merge(&result, ready)
            nextIndex += 1
        }
    }
}
