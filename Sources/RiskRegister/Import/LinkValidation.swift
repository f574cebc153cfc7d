import JSONDocument

/// The problems that only show once every file is read: ids used twice, and links to
/// risks or mitigations that do not exist.
enum LinkValidation {
    /// Adds each risk row's `Mitigation IDs` to the mitigations it names, reporting names that match none.
    static func linkRiskSideMitigations(_ links: [(riskID: String, mitigationID: String, place: SourceLocation)], into set: inout RegisterSet) -> [Finding] {
        guard !links.isEmpty else { return [] }
        var position: [String: Int] = [:]
        for (i, mitigation) in set.mitigations.enumerated() where position[mitigation.id] == nil { position[mitigation.id] = i }
        var findings: [Finding] = []
        for link in links where !link.riskID.isEmpty {
            guard let i = position[link.mitigationID] else {
                let hint = Spelling.suggestion(for: link.mitigationID, among: set.mitigations.map(\.id)).map { "; did you mean '\($0)'?" } ?? "; add it to the mitigations file or correct the id."
                findings.append(Finding(.unknownMitigation, at: link.place,
                    "risk \(link.riskID) names mitigation '\(link.mitigationID)', which is in no mitigations file\(hint)", subject: link.riskID))
                continue
            }
            if !set.mitigations[i].risks.contains(link.riskID) { set.mitigations[i].risks.append(link.riskID) }
        }
        return findings
    }

    static func findings(in set: RegisterSet) -> [Finding] {
        var findings: [Finding] = []
        let firstRisk = firstByID(set.risks, id: \.id, origin: \.origin, noun: "risk", into: &findings)
        _ = firstByID(set.mitigations, id: \.id, origin: \.origin, noun: "mitigation", into: &findings)
        let trustIDs = set.risks.filter(\.isTrustRisk).map(\.id)
        for risk in set.risks {
            guard let parent = risk.trustRisk else { continue }
            let place = risk.origin.location(of: "trustRisk")
            if risk.isTrustRisk {
                findings.append(Finding(.unknownRisk, at: place,
                    "trust risk \(risk.id) names '\(parent)' as its trust risk; only academy risks roll up, so clear the cell.", subject: risk.id))
            } else if let target = firstRisk[parent], !target.isTrustRisk {
                findings.append(Finding(.unknownRisk, at: place,
                    "risk \(risk.id) rolls up to '\(parent)', which is on the \(target.register) register, not the trust register.", subject: risk.id))
            } else if firstRisk[parent] == nil {
                let hint = Spelling.suggestion(for: parent, among: trustIDs).map { "; did you mean '\($0)'?" } ?? "; correct the id or add the risk to the trust register."
                findings.append(Finding(.unknownRisk, at: place,
                    "risk \(risk.id) rolls up to trust risk '\(parent)', which is not on the trust register\(hint)", subject: risk.id))
            }
        }
        let allIDs = Array(firstRisk.keys).sorted()
        for mitigation in set.mitigations {
            for id in mitigation.risks where firstRisk[id] == nil {
                let hint = Spelling.suggestion(for: id, among: allIDs).map { "; did you mean '\($0)'?" } ?? "; correct the id or remove it."
                findings.append(Finding(.unknownRisk, at: mitigation.origin.location(of: "risks"),
                    "mitigation \(mitigation.id) names risk '\(id)', which is on no register\(hint)", subject: mitigation.id))
            }
        }
        return findings
    }

    /// The first record for each id, reporting every later record that uses an id again.
    private static func firstByID<Record>(
        _ records: [Record], id: KeyPath<Record, String>, origin: KeyPath<Record, Origin>, noun: String, into findings: inout [Finding]
    ) -> [String: Record] {
        var first: [String: Record] = [:]
        for record in records where !record[keyPath: id].isEmpty {
            let key = record[keyPath: id]
            if let earlier = first[key] {
                let place = earlier[keyPath: origin].location?.description ?? "another row"
                findings.append(Finding(.duplicateID, at: record[keyPath: origin].location(of: "id"),
                    "the \(noun) id '\(key)' is used twice: also at \(place); give each \(noun) its own id.", subject: key))
            } else {
                first[key] = record
            }
        }
        return first
    }
}
