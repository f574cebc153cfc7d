import Foundation
import JSONDocument
import RiskRegister
import TrustModel

extension ReportCommand {
    /// The files the pack is made from besides the scenarios, none of which the pack may
    /// overwrite: the earlier snapshot and the policy file.
    func packInputFiles(previous: RegisterInputs?) -> [String] {
        (previous?.paths ?? []) + [policy].compactMap { $0 }
    }

    /// The command that makes the same pack again: the scenario and every option that changes
    /// the pack, with the date made explicit (it defaults to today); not --threads, which changes nothing.
    func remakeCommand(asOf: CalendarDate) -> String {
        var words = ["matrisk", "report", scenario] + other
        if let variant { words += [$variant.flag, variant] }
        if let variants { words += [$variants.flag, variants.names.joined(separator: ",")] }
        for value in option { words += [$option.flag, "\(value.name):\(value.editsText)"] }
        for value in metric { words += [$metric.flag, value] }
        for (option, value) in [(options.$trials, options.trials), (options.$seed, options.seed), (options.$years, options.years)] {
            if let value { words += [option.flag, "\(value)"] }
        }
        for value in options.set { words += [options.$set.flag, value] }
        words += [$asOf.flag, asOf.description]
        for value in previous { words += [$previous.flag, value] }
        if let sweep { words += [$sweep.flag, sweep.text] }
        if let sensitivity { words += [$sensitivity.flag, sensitivity] }
        if let stress { words += [$stress.flag, stress] }
        if let policy { words += [$policy.flag, policy] }
        words += ["-o", "pack.html"]
        return words.map(Self.shellQuoted).joined(separator: " ")
    }

    /// A word as a shell needs it: as it is when plain, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,:+%".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// `--sweep path=from..to[:step]`: the field the pack sweeps and its values.
struct PackSweep: ExpressibleByArgument {
    /// The most steps a pack's sweep takes.
    static let maximumSteps = 200

    /// As given, to write the command that remakes the pack.
    var text: String
    var parameter: JSONPath
    var values: [Double]

    init(argument: String) throws(InvalidArgument) {
        let reason = "write the field, its range and optionally a step, e.g. trust.topSlicePercent=2..8:0.5"
        guard let equals = argument.firstIndex(of: "="), let parameter = JSONPath(parsing: String(argument[..<equals])) else {
            throw InvalidArgument(reason)
        }
        let spec = argument[argument.index(after: equals)...].split(separator: ":", maxSplits: 1)
        let bounds = spec.first.map { $0.components(separatedBy: "..").map { Double($0) } } ?? []
        guard bounds.count == 2, let from = bounds[0], let to = bounds[1], from < to else { throw InvalidArgument(reason) }
        // The step defaults to a twelfth of the range.
        let step = spec.count > 1 ? Double(spec[1]) : (to - from) / 12
        guard let step, step > 0, (to - from) / step <= Double(Self.maximumSteps) else {
            throw InvalidArgument(reason + ", with at most \(Self.maximumSteps) steps")
        }
        self.text = argument
        self.parameter = parameter
        self.values = ParameterSweep.values(from: from, to: to, step: step)
    }
}
