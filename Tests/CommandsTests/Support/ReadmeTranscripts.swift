import Foundation

/// The README's transcripts: every code block that shows a matrisk command (`$ swift run -c
/// release matrisk …` or `$ matrisk …`) with its output, run again in a scratch copy of the
/// repository (so `init`, `report` and `export` never write into the working tree) and compared
/// with what the README shows. A line `...` or `…` in the shown output stands for lines left out:
/// the lines around it must still appear, in order, the first at the start and the last at the end
/// unless an elision stands there.
enum ReadmeTranscripts {
    /// One command as the README shows it, and the output shown under it.
    struct Transcript: Sendable {
        /// The index of the command's first line in the README.
        var line: Int
        /// The command after `$ `, its continuation lines joined by newlines.
        var command: String
        /// The README's lines of output shown for it, and where they are.
        var shown: [String]
        var outputLines: Range<Int>
    }

    /// What a check found: each transcript whose output differs, said with its place, and the
    /// README with every shown output replaced by what the commands print now.
    struct Outcome: Sendable {
        var differences: [String]
        var updated: String
        var transcripts: Int
    }

    /// `text`'s lines, ended by LF or CRLF: a CSV printed to a terminal ends its rows with CRLF
    /// (RFC 4180), and the README shows them as lines. (A Swift `Character` holds "\r\n" as one,
    /// so splitting on "\n" alone would leave a CSV's rows glued together.)
    static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
    }

    /// The transcripts of the blocks whose first command is matrisk's, block by block.
    static func blocks(in readme: String) -> [[Transcript]] {
        let lines = lines(of: readme)
        var blocks: [[Transcript]] = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("```") else {
                index += 1
                continue
            }
            let end = lines[(index + 1)...].firstIndex { $0.hasPrefix("```") } ?? lines.count
            let block = transcripts(lines, in: (index + 1)..<end)
            if let first = block.first, isMatrisk(first.command) { blocks.append(block) }
            index = end + 1
        }
        return blocks
    }

    /// The commands in `range` of `lines` (a code block's inside) with the output under each.
    static func transcripts(_ lines: [String], in range: Range<Int>) -> [Transcript] {
        var found: [Transcript] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard lines[index].hasPrefix("$ ") else {
                index += 1
                continue
            }
            let start = index
            var command = [String(lines[index].dropFirst(2))]
            while command[command.count - 1].hasSuffix("\\"), index + 1 < range.upperBound {
                index += 1
                command.append(lines[index])
            }
            let outputStart = index + 1
            let outputEnd = lines[outputStart..<range.upperBound].firstIndex { $0.hasPrefix("$ ") } ?? range.upperBound
            found.append(
                Transcript(
                    line: start, command: command.joined(separator: "\n"), shown: Array(lines[outputStart..<outputEnd]),
                    outputLines: outputStart..<outputEnd))
            index = outputEnd
        }
        return found
    }

    static let prefixes = ["swift run -c release matrisk", "matrisk"]

    static func isMatrisk(_ command: String) -> Bool {
        prefixes.contains { command == $0 || command.hasPrefix($0 + " ") }
    }

    /// Runs every transcript of `readme` with `binary` in a scratch copy of `repository`, in order
    /// (a later command may read what an earlier one wrote), and compares.
    static func check(_ readme: String, binary: URL, repository: URL) throws -> Outcome {
        let scratch = try scratchCopy(of: repository)
        defer { try? FileManager.default.removeItem(at: scratch.deletingLastPathComponent()) }
        var lines = lines(of: readme)
        var differences: [String] = []
        var count = 0
        var status: Int32 = 0
        // Bottom up, so replacing one transcript's output does not move the places of those above it.
        var replacements: [(Range<Int>, [String])] = []
        for transcript in blocks(in: readme).joined() {
            count += 1
            let printed: [String]
            if transcript.command == "echo $?" {
                printed = ["\(status)"]
            } else {
                (printed, status) = try run(transcript.command, binary: binary, in: scratch)
            }
            let shown = transcript.shown.map(trimmingTrailingSpaces)
            guard !matches(shown: shown, printed: printed) else { continue }
            differences.append("README.md:\(transcript.line + 1): $ \(transcript.command)\n" + firstDifference(shown, printed))
            replacements.append((transcript.outputLines, updated(shown: shown, printed: printed)))
        }
        for (range, output) in replacements.reversed() { lines.replaceSubrange(range, with: output) }
        return Outcome(differences: differences, updated: lines.joined(separator: "\n"), transcripts: count)
    }

    /// `repository` copied without its build folders and git, into a fresh temporary folder.
    static func scratchCopy(of repository: URL) throws -> URL {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("matrisk-readme-\(UUID().uuidString)")
        let copy = parent.appendingPathComponent("repository")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: repository.path)
        where !name.hasPrefix(".build") && name != ".git" {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return copy
    }

    /// Runs `command` as a shell would, matrisk being `binary`, its output and errors together as
    /// a terminal shows them; its lines without trailing spaces or trailing blank lines.
    static func run(_ command: String, binary: URL, in folder: URL) throws -> (lines: [String], status: Int32) {
        var shell = command
        if let prefix = prefixes.first(where: { command == $0 || command.hasPrefix($0 + " ") }) {
            shell = "'\(binary.path)'" + command.dropFirst(prefix.count)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", shell]
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var lines = lines(of: String(decoding: data, as: UTF8.self)).map(trimmingTrailingSpaces)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return (lines, process.terminationStatus)
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    static func isElision(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed == "..." || trimmed == "…"
    }

    /// Whether `printed` is what `shown` shows: the same lines, or, where `shown` elides lines, the
    /// lines it shows in order, the first run at the start and the last at the end unless an
    /// elision stands there.
    static func matches(shown: [String], printed: [String]) -> Bool {
        guard shown.contains(where: isElision) else { return shown == printed }
        let runs = shown.split(omittingEmptySubsequences: false, whereSeparator: isElision).map(Array.init)
        var position = 0
        for (index, run) in runs.enumerated() {
            let first = index == 0
            let last = index == runs.count - 1
            if last && !run.isEmpty {
                guard printed.count - run.count >= position, Array(printed.suffix(run.count)) == run else { return false }
                return true
            }
            if run.isEmpty { continue }
            if first {
                guard printed.starts(with: run) else { return false }
                position = run.count
                continue
            }
            guard let found = firstPlace(of: run, in: printed, from: position) else { return false }
            position = found + run.count
        }
        return true
    }

    static func firstPlace(of run: [String], in lines: [String], from start: Int) -> Int? {
        guard lines.count >= run.count, start <= lines.count - run.count else { return nil }
        return (start...(lines.count - run.count)).first { Array(lines[$0..<($0 + run.count)]) == run }
    }

    /// `shown` rewritten from `printed`: all of it, or where lines are elided, each line shown
    /// replaced by the printed line (after the one before it) that is the same or begins most like it.
    static func updated(shown: [String], printed: [String]) -> [String] {
        guard shown.contains(where: isElision) else { return printed }
        var position = 0
        return shown.map { line in
            guard !isElision(line), position < printed.count else { return line }
            // A line still printed stays; `max` keeps the first of equals, so a tie goes to the earlier line.
            let best =
                printed[position...].firstIndex(of: line)
                ?? (position..<printed.count).max { commonPrefix(line, printed[$0]) < commonPrefix(line, printed[$1]) } ?? position
            position = best + 1
            return printed[best]
        }
    }

    static func commonPrefix(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    /// The first line shown that the run does not print, for the failure message.
    static func firstDifference(_ shown: [String], _ printed: [String]) -> String {
        let missing = shown.first { !isElision($0) && !printed.contains($0) }
        let extra = printed.first { !shown.contains($0) }
        return
            "  the README shows: \(missing ?? "(the same lines, in another order or count)")\n  matrisk prints:   \(extra ?? "(fewer lines)")"
    }
}
