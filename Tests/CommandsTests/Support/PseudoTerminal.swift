import Foundation
import Synchronization

/// The built `matrisk` run with its standard error on a pseudo-terminal, as a person at a
/// terminal runs it: what it drew there (escapes and carriage returns as they are) and what it
/// printed on standard output (a pipe).
enum PseudoTerminal {
    struct Run {
        var terminal: String
        var standardOutput: String
        var exitCode: Int32
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `matrisk arguments…` with stderr on a new pseudo-terminal `columns` wide.
    static func run(_ arguments: [String], columns: UInt16 = 200, environment: [String: String] = [:]) throws -> Run {
        let master = PTY.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0, let name = PTY.ptsname(master) else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        let slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw Failure(description: "cannot open \(String(cString: name))") }
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        let process = Process()
        process.executableURL = MatriskProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = MatriskProcess.packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        do {
            try process.run()
        } catch {
            close(slave)
            throw error
        }
        close(slave)
        let printed = Mutex(Data())
        let finished = DispatchSemaphore(value: 0)
        let outHandle = out.fileHandleForReading
        DispatchQueue.global().async {
            let data = outHandle.readDataToEndOfFile()
            printed.withLock { $0 = data }
            finished.signal()
        }
        let drawn = readUntilClosed(master, while: { process.isRunning })
        finished.wait()
        process.waitUntilExit()
        return Run(
            terminal: String(decoding: drawn, as: UTF8.self), standardOutput: String(decoding: printed.withLock { $0 }, as: UTF8.self),
            exitCode: process.terminationStatus)
    }

    /// Everything written to the terminal: read until the child's side is closed (EIO), or until
    /// the child has ended and nothing more is waiting.
    private static func readUntilClosed(_ master: Int32, while running: () -> Bool) -> Data {
        var collected = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready > 0 && poller.revents & Int16(POLLIN) != 0 {
                let count = read(master, &buffer, buffer.count)
                if count > 0 {
                    collected.append(contentsOf: buffer[0..<count])
                    continue
                }
                return collected
            }
            if ready > 0 && poller.revents & Int16(POLLHUP) != 0 { return collected }
            if ready == 0 && !running() { return collected }
        }
    }
}

/// The C library's pseudo-terminal calls. Glibc's headers declare them only under
/// `_XOPEN_SOURCE`, which Swift's Glibc module does not set, so they are looked up by name.
private enum PTY {
    typealias OpenPT = @convention(c) (Int32) -> Int32
    typealias OnMaster = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func symbol<T>(_ name: String, as type: T.Type) -> T {
        guard let address = dlsym(nil, name) else { fatalError("the C library has no \(name)") }
        return unsafeBitCast(address, to: type)
    }

    static let openpt = symbol("posix_openpt", as: OpenPT.self)
    static let grantpt = symbol("grantpt", as: OnMaster.self)
    static let unlockpt = symbol("unlockpt", as: OnMaster.self)
    static let ptsname = symbol("ptsname", as: Name.self)
}
