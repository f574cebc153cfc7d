import JSONDocument

/// Why a scenario could not be loaded, beyond a value in the file being wrong (which is a
/// ``JSONError`` naming its path): a file it names that is missing, or an override on the
/// command line that makes no sense.
package enum ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file the scenario refers to (a register, a policy) does not exist or cannot be read.
    case referencedFileMissing(JSONLocation, path: String, reason: String)
    /// A `--set path=value` that is not of that form.
    case malformedOverride(String)
    /// A compare `--option` that is not of the form NAME:path=value[,path=value…].
    case malformedOption(String)
    /// A `--set path+=x` (or `-=`, `*=`) whose amount cannot be used.
    case badShift(String, reason: String)
    /// A `--set` path that cannot be applied to the document.
    case overrideNotApplicable(String, reason: String)
    /// A variant whose overrides make the scenario wrong; the error's place is in the variant.
    case inVariant(name: String, JSONError)
    /// A compare option (`--option NAME:edits`) whose edits make the scenario wrong.
    case inOption(name: String, JSONError)
    /// A variant asked for that the scenario does not define.
    case unknownVariant(source: String, name: String, suggestion: String?, available: [String])

    package var description: String {
        switch self {
        case .referencedFileMissing(let location, let path, let reason):
            return "\(location.prefix): error: \(location.path): the file '\(path)' \(reason); paths are relative to the scenario file."
        case .malformedOverride(let text):
            return
                "error: --set '\(text)' is not of the form path=value (or path+=x, path-=x, path*=x), e.g. --set trust.topSlicePercent=4.5."
        case .malformedOption(let text):
            return
                "error: --option '\(text)' is not of the form NAME:path=value[,path+=x…], e.g. --option \"pay+1:economy.payAwardPercent+=1\"."
        case .badShift(let text, let reason):
            return "error: --set '\(text)': \(reason)"
        case .overrideNotApplicable(let text, let reason):
            return "error: --set '\(text)' cannot be applied: \(reason)"
        case .inVariant(let name, let error):
            return Self.placed(error, in: "variant '\(name)'")
        case .inOption(let name, let error):
            return Self.placed(error, in: "option '\(name)' (--option)")
        case .unknownVariant(let source, let name, let suggestion, let available):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            let list = available.isEmpty ? "it defines none" : "it defines " + available.map { "'\($0)'" }.joined(separator: ", ")
            return "\(source): error: the scenario has no variant '\(name)'\(hint); \(list)."
        }
    }

    /// `error`'s sentence with the place it arose in (a variant, an option) after "error: ".
    private static func placed(_ error: JSONError, in place: String) -> String {
        let text = error.description
        guard let range = text.range(of: ": error: ") else { return text }
        return text[..<range.upperBound] + "in \(place): " + text[range.upperBound...]
    }

    /// True when the problem is a missing file rather than wrong contents.
    package var isMissingFile: Bool {
        if case .referencedFileMissing = self { return true }
        return false
    }
}
