import Foundation
import JSONDocument
import RiskRegister
import TrustModel

extension Invocation {
    /// Every file the pack is made from, none of which the pack may overwrite: the scenario,
    /// each register file it names (every file of a register folder), the earlier snapshot and
    /// the policy file.
    func packInputFiles(_ loaded: LoadedScenario, previous: RegisterInputs?) throws -> [String] {
        var paths = inputs(of: loaded)
        paths += previous?.paths ?? []
        if let policy = option("policy") { paths.append(policy) }
        return paths
    }

    /// The command that makes the same pack again: the scenario and every option that changes
    /// the pack, with the date made explicit (it defaults to today); not --threads, which changes nothing.
    func remakeCommand(asOf: CalendarDate) -> String {
        var words = ["matrisk", "report", argument("scenario") ?? ""]
        if let variant = option("variant") { words += ["--variant", variant] }
        for long in ["trials", "seed", "years"] { if let value = option(long) { words += ["--\(long)", value] } }
        for value in options("set") { words += ["--set", value] }
        words += ["--as-of", asOf.description]
        for value in options("previous") { words += ["--previous", value] }
        if let sweep = option("sweep") { words += ["--sweep", sweep] }
        if let policy = option("policy") { words += ["--policy", policy] }
        words += ["-o", "pack.html"]
        return words.map(Self.shellQuoted).joined(separator: " ")
    }

    /// `--sweep path=from..to[:step]` read: the field and its values.
    func packSweepRequest() throws -> (parameter: JSONPath, values: [Double])? {
        guard let text = option("sweep") else { return nil }
        let reason = "write the field, its range and optionally a step, e.g. trust.topSlicePercent=2..8:0.5"
        guard let equals = text.firstIndex(of: "="), let parameter = JSONPath(parsing: String(text[..<equals])) else {
            throw invalid(text, for: "sweep", reason: reason)
        }
        let spec = text[text.index(after: equals)...].split(separator: ":", maxSplits: 1)
        let bounds = spec.first.map { $0.components(separatedBy: "..").map { Double($0) } } ?? []
        guard bounds.count == 2, let from = bounds[0], let to = bounds[1], from < to else {
            throw invalid(text, for: "sweep", reason: reason)
        }
        let step = spec.count > 1 ? Double(spec[1]) : (to - from) / 12
        guard let step, step > 0, (to - from) / step <= 200 else {
            throw invalid(text, for: "sweep", reason: reason + ", with at most 200 steps")
        }
        return (parameter, ParameterSweep.values(from: from, to: to, step: step))
    }

    /// A word as a shell needs it: as it is when plain, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,:+%".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
