import Commands
import Foundation

// Ctrl-C: remove any half-written output, then stop. A dispatch source runs the handler
// outside signal context, where removing files is safe.
signal(SIGINT, SIG_IGN)
let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
interrupt.setEventHandler {
    Matrisk.interrupted()
}
interrupt.resume()

exit(Matrisk.run(arguments: Array(CommandLine.arguments.dropFirst())))
