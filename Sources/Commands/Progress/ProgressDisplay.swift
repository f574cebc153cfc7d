import Benchmarks
import Dispatch
import Foundation
import MonteCarlo
import Synchronization

/// The progress line on standard error: redrawn in place on a timer of its own (so the trials'
/// threads only bump a counter), and cleared when the work ends, however it ends, leaving the
/// terminal as it was. Nothing is drawn before the first redraw interval has passed, so quick
/// work leaves no trace.
final class ProgressDisplay: Sendable {
    private struct State {
        /// The line on screen now; empty when none is.
        var drawn = ""
        var stopped = false
    }

    private let task: String
    private let progress: TrialProgress
    private let terminal: ErrorTerminal
    private let sink: TextSink
    private let state = Mutex(State())
    private let stop = DispatchSemaphore(value: 0)
    private let ended = DispatchSemaphore(value: 0)
    private let start = ContinuousClock.now

    /// The display under way, which an interruption clears before saying so.
    private static let active = Mutex<ProgressDisplay?>(nil)

    /// Starts showing `progress` of `task` on `sink`, drawn for `terminal`.
    init(task: String, progress: TrialProgress, terminal: ErrorTerminal, sink: TextSink) {
        self.task = task
        self.progress = progress
        self.terminal = terminal
        self.sink = sink
        Self.active.withLock { $0 = self }
        let interval = terminal.redrawInterval
        Thread { [self] in
            while stop.wait(timeout: .now() + interval) == .timedOut { draw() }
            ended.signal()
        }.start()
    }

    /// Stops redrawing and clears the line.
    func finish() {
        stop.signal()
        ended.wait()
        clear()
        Self.active.withLock { if $0 === self { $0 = nil } }
    }

    /// Clears the line of the display under way, if any: for an interruption, before its message.
    static func clearActive() {
        active.withLock { $0 }?.clear()
    }

    private func draw() {
        let elapsed = (ContinuousClock.now - start).inSeconds
        let width = max(1, terminal.columns() - 1)
        let line = ProgressLine.text(task: task, reading: progress.snapshot(), elapsed: elapsed, width: width)
        state.withLock { state in
            guard !state.stopped, line != state.drawn else { return }
            let tail = terminal.drawsInPlace ? "\u{1B}[K" : String(repeating: " ", count: max(0, state.drawn.count - line.count))
            sink.write("\r" + line + tail)
            state.drawn = line
        }
    }

    private func clear() {
        state.withLock { state in
            state.stopped = true
            guard !state.drawn.isEmpty else { return }
            sink.write(terminal.drawsInPlace ? "\r\u{1B}[K" : "\r" + String(repeating: " ", count: state.drawn.count) + "\r")
            state.drawn = ""
        }
    }
}
