import Foundation

/// Runs this same program again in a child process and hands back what it printed and the
/// most memory it held: how `matrisk bench` measures each run's peak memory on its own (a
/// process's high-water mark would otherwise cover every run before it).
enum ChildRun {
    /// What a child printed on standard output and its peak resident memory in bytes.
    struct Outcome: Sendable {
        var output: String
        var peakResidentBytes: Int
    }

    /// Why a child run failed, printed as it is (it reads as matrisk's own error) with exit code 1.
    struct Failure: ReportableError {
        var arguments: [String]
        var reason: String
        var description: String { "matrisk: error: 'matrisk \(arguments.joined(separator: " "))' \(reason)." }
        var exitCode: ExitCode { .failure }
    }

    /// This program's executable, as the kernel knows it (not argv[0], which may be relative).
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Runs `matrisk arguments…`, its standard error passed through, and waits for it.
    static func run(_ arguments: [String]) throws -> Outcome {
        var pipe: [Int32] = [0, 0]
        guard Foundation.pipe(&pipe) == 0 else { throw Failure(arguments: arguments, reason: "could not start: no pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, environ)
        close(pipe[1])
        guard spawned == 0 else {
            close(pipe[0])
            throw Failure(arguments: arguments, reason: "could not start: \(String(cString: strerror(spawned)))")
        }
        let output = FileHandle(fileDescriptor: pipe[0], closeOnDealloc: true).readDataToEndOfFile()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 && errno == EINTR {}
        // On Linux ru_maxrss is in kilobytes.
        let peak = Int(usage.ru_maxrss) * 1024
        let exited = status & 0x7F == 0
        guard exited, (status >> 8) & 0xFF == 0 else {
            throw Failure(
                arguments: arguments,
                reason: exited ? "exited with status \((status >> 8) & 0xFF)" : "was killed by signal \(status & 0x7F)")
        }
        return Outcome(output: String(decoding: output, as: UTF8.self), peakResidentBytes: peak)
    }
}
