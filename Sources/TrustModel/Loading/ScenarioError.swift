import JSONDocument

/// Why a scenario could not be loaded, beyond a value in the file being wrong (which is a
/// ``JSONError`` naming its path): a file it names that is missing, or an override on the
/// command line that makes no sense.
package enum ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file the scenario refers to (a register, a policy) does not exist or cannot be read.
    case referencedFileMissing(JSONLocation, path: String, reason: String)
    /// A `--set path=value` that is not of that form.
    case malformedOverride(String)
    /// A `--set` path that cannot be applied to the document.
    case overrideNotApplicable(String, reason: String)
    /// A variant whose overrides make the scenario wrong; the error's place is in the variant.
    case inVariant(name: String, JSONError)
    /// A variant asked for that the scenario does not define.
    case unknownVariant(source: String, name: String, suggestion: String?, available: [String])

    package var description: String {
        switch self {
        case .referencedFileMissing(let location, let path, let reason):
            return "\(location.prefix): error: \(location.path): the file '\(path)' \(reason); paths are relative to the scenario file."
        case .malformedOverride(let text):
            return "error: --set '\(text)' is not of the form path=value, e.g. --set trust.topSlicePercent=4.5."
        case .overrideNotApplicable(let text, let reason):
            return "error: --set '\(text)' cannot be applied: \(reason)"
        case .inVariant(let name, let error):
            let text = error.description
            guard let range = text.range(of: ": error: ") else { return text }
            return text[..<range.upperBound] + "in variant '\(name)': " + text[range.upperBound...]
        case .unknownVariant(let source, let name, let suggestion, let available):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            let list = available.isEmpty ? "it defines none" : "it defines " + available.map { "'\($0)'" }.joined(separator: ", ")
            return "\(source): error: the scenario has no variant '\(name)'\(hint); \(list)."
        }
    }

    /// True when the problem is a missing file rather than wrong contents.
    package var isMissingFile: Bool {
        if case .referencedFileMissing = self { return true }
        return false
    }
}
