import JSONDocument

/// The academies a scenario takes from tables: `"academies": "budgets.xlsx"`, or a list mixing
/// table files and academies written out, `["budgets.csv", {"id": "new-school", ...}]`.
enum AcademyTables {
    /// `document` with every table file in its `academies` replaced by the table's academies,
    /// in place, and the paths of the files read (relative paths are beside the scenario file).
    static func expanding(_ document: JSONNode, scenarioPath: String, files: ScenarioFiles) throws -> (document: JSONNode, paths: [String])
    {
        guard case .object(var members) = document.kind, let index = members.firstIndex(where: { $0.key == "academies" }) else {
            return (document, [])
        }
        let field = members[index].value
        let path = JSONPath.root.appending(field: "academies")
        let entries: [(node: JSONNode, path: JSONPath)]
        switch field.kind {
        case .string: entries = [(field, path)]
        case .array(let items): entries = items.enumerated().map { ($1, path.appending(index: $0)) }
        default: return (document, [])
        }
        guard entries.contains(where: { if case .string = $0.node.kind { true } else { false } }) else { return (document, []) }
        var academies: [JSONNode] = []
        var paths: [String] = []
        for entry in entries {
            guard case .string(let relative) = entry.node.kind else {
                academies.append(entry.node)
                continue
            }
            let full = ScenarioFiles.path(relative, besideFile: scenarioPath)
            let bytes: [UInt8]
            do {
                bytes = try files.read(full)
            } catch {
                let location = JSONLocation(source: scenarioPath, path: entry.path, position: entry.node.position)
                throw ScenarioError.referencedFileMissing(location, path: full, reason: "does not exist or cannot be read")
            }
            academies += try AcademiesTable.academies(bytes: bytes, source: full)
            paths.append(full)
        }
        members[index].value = JSONNode(.array(academies), at: field.position)
        return (JSONNode(.object(members), at: document.position), paths)
    }
}
