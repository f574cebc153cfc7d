import Commands
import Foundation

// Ctrl-C, a closed terminal or a `kill`: remove any half-written output, then stop. The signals
// are blocked here, before any other thread starts (so every thread inherits the mask), and a
// thread of their own waits for them: it runs outside signal context, where removing files is
// safe, and it is never queued behind the simulation's busy worker threads.
var stopSignals = sigset_t()
sigemptyset(&stopSignals)
for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopSignals, signal) }
pthread_sigmask(SIG_BLOCK, &stopSignals, nil)
let watcher = Thread { [stopSignals] in
    var waitFor = stopSignals
    var received: Int32 = 0
    while sigwait(&waitFor, &received) != 0 {}
    Matrisk.interrupted(by: received)
}
watcher.start()

// A file-size limit (ulimit -f) makes a write fail with EFBIG, reported and cleaned up like a
// full disk, instead of killing matrisk with a temporary file half-written.
signal(SIGXFSZ, SIG_IGN)

exit(Matrisk.run(arguments: Array(CommandLine.arguments.dropFirst())))
