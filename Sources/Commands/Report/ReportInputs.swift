import Foundation
import RiskRegister
import TrustModel

extension Invocation {
    /// Every file the pack is made from, none of which the pack may overwrite: the scenario,
    /// each register file it names (every file of a register folder), the earlier snapshot and
    /// the policy file.
    func packInputFiles(_ loaded: LoadedScenario, previous: RegisterInputs?) throws -> [String] {
        var paths = inputs(of: loaded)
        if let folder = loaded.base.registers?.folder {
            let full = ScenarioFiles.path(folder, besideFile: loaded.path)
            paths += (try? InputFile.files(inFolder: full, in: environment)) ?? []
        }
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
        if let policy = option("policy") { words += ["--policy", policy] }
        words += ["-o", "pack.html"]
        return words.map(Self.shellQuoted).joined(separator: " ")
    }

    /// A word as a shell needs it: as it is when plain, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,:+%".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
