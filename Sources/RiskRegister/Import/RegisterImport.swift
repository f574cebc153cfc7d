import CSV
import JSONDocument

extension RegisterSet {
    /// Reads registers, mitigations and a policy from files, each recognised by its contents:
    /// a CSV by its header row (a register has likelihood and impact columns; a mitigations
    /// file a column of risk ids), a JSON file by its fields (`appetite` for a policy, `risks`
    /// for a register set as `register export` writes it).
    ///
    /// Problems with a whole file (not CSV, empty, a required column missing) are thrown; problems
    /// with single values and links are collected in the result's `problems`, with their places.
    package static func load(_ sources: [RegisterSource], options: RegisterImportOptions = RegisterImportOptions()) throws -> RegisterLoad {
        var set = RegisterSet()
        var problems: [Finding] = []
        var files: [(name: String, kind: RegisterFileKind)] = []
        var links: [(riskID: String, mitigationID: String, place: SourceLocation)] = []
        var policySource: String?
        for source in sources {
            let kind: RegisterFileKind
            if isJSON(source) {
                let root = try JSONParser.parse(bytes: try jsonText(source, limits: options.limits), source: source.name)
                if root["appetite"] != nil {
                    if let first = policySource { throw RegisterFileError.severalPolicies(first: first, second: source.name) }
                    set.policy = try RiskPolicy(json: JSONCursor(node: root, source: source.name))
                    policySource = source.name
                    kind = .policy
                } else if root["risks"] != nil {
                    let read = try RegisterSet(json: JSONCursor(node: root, source: source.name))
                    set.risks += read.risks
                    set.mitigations += read.mitigations
                    if root["policy"] != nil, policySource == nil {
                        set.policy = read.policy
                        policySource = source.name
                    }
                    kind = .registerSet
                } else {
                    throw RegisterFileError.unrecognisedJSON(source: source.name)
                }
            } else {
                let table = try CSVReader(delimiter: options.delimiter, limits: options.limits).read(
                    bytes: source.bytes, source: source.name)
                guard let header = table.header, !table.rows.allSatisfy(\.isBlank) else {
                    throw RegisterFileError.empty(source: source.name)
                }
                switch try recognise(header: header, source: source.name) {
                case .risks(let map):
                    let read = RiskRows(
                        table: table, header: map, source: source.name, defaultRegister: RegisterName.from(fileName: source.name)
                    ).read()
                    set.risks += read.risks
                    links += read.mitigationLinks
                    problems += read.problems
                    kind = .risks
                case .mitigations(let map):
                    let read = MitigationRows(table: table, header: map, source: source.name).read()
                    set.mitigations += read.mitigations
                    problems += read.problems
                    kind = .mitigations
                }
            }
            files.append((source.name, kind))
        }
        guard files.contains(where: { $0.kind == .risks || $0.kind == .registerSet }) else {
            throw RegisterFileError.noRegister(sources: sources.map(\.name))
        }
        if let policy = options.policy { set.policy = policy }
        problems += LinkValidation.linkRiskSideMitigations(links, into: &set)
        problems += LinkValidation.findings(in: set)
        return RegisterLoad(registers: set, problems: problems.sorted(), files: files)
    }

    private static func isJSON(_ source: RegisterSource) -> Bool {
        if source.name.lowercased().hasSuffix(".json") { return true }
        let start = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return source.bytes.dropFirst(start).first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{")
    }

    /// The bytes of a JSON file, refused as CSV files are when too large or not text.
    private static func jsonText(_ source: RegisterSource, limits: CSVReader.Limits) throws -> [UInt8] {
        guard source.bytes.count <= limits.maximumBytes else {
            throw CSVError.tooLarge(source: source.name, bytes: source.bytes.count, limit: limits.maximumBytes)
        }
        // The CSV reader's checks for binary files and bad UTF-8 serve JSON as well.
        return try TextEncoding.utf8Bytes(source.bytes, source: source.name)
    }

    private enum Recognised {
        case risks(HeaderMap<RiskColumn>)
        case mitigations(HeaderMap<MitigationColumn>)
    }

    /// Headings (normalised) that name a mitigation's id and could not name a risk's: "Mitigation
    /// ID", "Action ref" and the like, but not a bare "ID" or "Ref".
    private static let mitigationIDHeadings = Set(MitigationColumn.id.aliases).subtracting(RiskColumn.id.aliases)

    /// Whether a header row is a register's or a mitigation list's, and that it has the required columns.
    private static func recognise(header: CSVTable.Row, source: String) throws -> Recognised {
        let risks = HeaderMap<RiskColumn>(header: header)
        let mitigations = HeaderMap<MitigationColumn>(header: header)
        let scores = risks.count(of: [.inherentLikelihood, .inherentImpact, .residualLikelihood, .residualImpact])
        let namesMitigations = header.cells.contains { mitigationIDHeadings.contains(HeaderName.normalised($0.text)) }
        if scores == 0, mitigations.positions[.risks] != nil, namesMitigations || mitigations.positions[.status] != nil {
            try require(mitigations, kind: "mitigations file", line: header.line, source: source)
            return .mitigations(mitigations)
        }
        guard scores > 0 || risks.positions[.id] != nil else {
            throw RegisterFileError.unrecognised(source: source, headers: header.cells.map(\.trimmed).filter { !$0.isEmpty })
        }
        try require(risks, kind: "risk register", line: header.line, source: source)
        return .risks(risks)
    }

    private static func require<Field: ColumnField>(_ map: HeaderMap<Field>, kind: String, line: Int, source: String) throws {
        if let clash = map.clashes.first {
            throw RegisterFileError.duplicateColumn(
                source: source, line: clash.second.line, column: clash.second.column,
                field: clash.field.heading.lowercased(), first: clash.first.trimmed, second: clash.second.trimmed)
        }
        guard let missing = map.missing.first else { return }
        let nearest = map.nearestHeader(for: missing).map { ($0.trimmed, $0.line, $0.column, $0.columnLetters) }
        throw RegisterFileError.missingColumn(source: source, line: line, kind: kind, column: missing.heading, nearest: nearest)
    }
}
