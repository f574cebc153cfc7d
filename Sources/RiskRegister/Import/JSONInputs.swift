import CSV
import JSONDocument

/// The JSON files among the inputs, read before any CSV so that the policy's `columns` map and
/// `scales` apply to every register, whatever order the files come in. A file that cannot be
/// read keeps its error for its turn, so errors still come in the order the files were given.
struct JSONInputs {
    private var parsed: [Int: Result<FileContents, any Error>] = [:]
    /// The policy among the files: the first with an `appetite`, else a register set's.
    private(set) var policy: RiskPolicy?
    /// The file that holds ``policy`` as a policy of its own (with an `appetite`), not in a register set.
    private(set) var policyFile: String?

    init(_ sources: [RegisterSource], options: RegisterImportOptions) {
        var policySource: String?
        for (index, source) in sources.enumerated() where Self.isJSON(source) {
            parsed[index] = Result {
                let root = try JSONParser.parse(bytes: try Self.text(source, limits: options.limits), source: source.name)
                if root["appetite"] != nil {
                    if let first = policySource {
                        throw RegisterFileError.severalPolicies(first: first, second: SourceLocation(file: source.name, line: 1, column: 1))
                    }
                    let policy = try RiskPolicy(json: JSONCursor(node: root, source: source.name))
                    self.policy = policy
                    policySource = source.name
                    policyFile = source.name
                    var reading = FileReading(source: source.name, kind: .policy)
                    reading.policy = Self.describe(policy)
                    return FileContents(reading: reading)
                }
                guard root["risks"] != nil else { throw RegisterFileError.unrecognisedJSON(source: source.name) }
                let set = try RegisterSet(json: JSONCursor(node: root, source: source.name))
                if root["policy"] != nil, policySource == nil {
                    self.policy = set.policy
                    policySource = source.name
                }
                var reading = FileReading(source: source.name, kind: .registerSet)
                reading.risks = set.risks.count
                reading.mitigations = set.mitigations.count
                return FileContents(risks: set.risks, mitigations: set.mitigations, reading: reading)
            }
        }
    }

    /// The file at `index` when it is JSON (throwing what reading it threw), nil when it is not.
    func file(at index: Int) throws -> FileContents? {
        try parsed[index]?.get()
    }

    static func isJSON(_ source: RegisterSource) -> Bool {
        if source.name.lowercased().hasSuffix(".json") { return true }
        let start = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return source.bytes.dropFirst(start).first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{")
    }

    /// The bytes of a JSON file, refused as CSV files are when too large or not text.
    private static func text(_ source: RegisterSource, limits: CSVReader.Limits) throws -> [UInt8] {
        guard source.bytes.count <= limits.maximumBytes else {
            throw CSVError.tooLarge(source: source.name, bytes: source.bytes.count, limit: limits.maximumBytes)
        }
        // The CSV reader's checks for binary files and bad UTF-8 serve JSON as well.
        return try TextEncoding.utf8Bytes(source.bytes, source: source.name)
    }

    /// "appetite for 12 categories (default cautious); 2 column names; scales for willowbank-primary".
    static func describe(_ policy: RiskPolicy) -> String {
        var parts = ["appetite for \(policy.appetite.count) categories (default \(policy.defaultAppetite.rawValue))"]
        if !policy.columns.isEmpty {
            parts.append(
                "column names: " + policy.columns.sorted { $0.key < $1.key }.map { "'\($0.key)' → \($0.value)" }.joined(separator: ", "))
        }
        if !policy.scales.isEmpty {
            parts.append(
                "scales: " + policy.scales.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.scale)" }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
