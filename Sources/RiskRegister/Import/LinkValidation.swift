import JSONDocument

/// The problems that only show once every file is read: ids used twice, and links to
/// risks or mitigations that do not exist.
enum LinkValidation {
    /// Adds each risk row's `Mitigation IDs` to the mitigations it names, reporting names that match none.
    static func linkRiskSideMitigations(
        _ links: [MitigationLink], into set: inout RegisterSet
    ) -> [Finding] {
        guard !links.isEmpty else { return [] }
        var position: [String: Int] = [:]
        for (i, mitigation) in set.mitigations.enumerated() where position[mitigation.id] == nil { position[mitigation.id] = i }
        var findings: [Finding] = []
        for link in links where !link.riskID.isEmpty {
            guard let i = position[link.mitigationID] else {
                let hint =
                    Spelling.suggestion(for: link.mitigationID, among: set.mitigations.map(\.id)).map { "; did you mean '\($0)'?" }
                    ?? "; add it to the mitigations file or correct the id."
                findings.append(
                    Finding(
                        .unknownMitigation, at: link.place,
                        "risk \(link.riskID) names mitigation '\(link.mitigationID)', which is in no mitigations file\(hint)",
                        subject: link.riskID))
                continue
            }
            if !set.mitigations[i].risks.contains(link.riskID) { set.mitigations[i].risks.append(link.riskID) }
        }
        return findings
    }

    static func findings(in set: RegisterSet) -> [Finding] {
        var findings: [Finding] = []
        let firstRisk = firstByID(set.risks, id: \.id, origin: \.origin, noun: "risk", into: &findings)
        findings += set.risks.compactMap(spacedID)
        _ = firstByID(set.mitigations, id: \.id, origin: \.origin, noun: "mitigation", into: &findings)
        let trustIDs = set.risks.filter(\.isTrustRisk).map(\.id)
        let loops = rollUpLoops(in: set.risks, firstRisk: firstRisk)
        findings += loops.findings
        for risk in set.risks where !loops.members.contains(risk.id) {
            guard let parent = risk.trustRisk else { continue }
            let place = risk.origin.location(of: "trustRisk")
            if risk.isTrustRisk {
                findings.append(
                    Finding(
                        .unknownRisk, at: place,
                        "trust risk \(risk.id) names '\(parent)' as its trust risk; only academy risks roll up, so clear the cell.",
                        subject: risk.id))
            } else if let target = firstRisk[parent], !target.isTrustRisk {
                findings.append(
                    Finding(
                        .unknownRisk, at: place,
                        "risk \(risk.id) rolls up to '\(parent)', which is on the \(target.register) register, not the trust register.",
                        subject: risk.id))
            } else if firstRisk[parent] == nil, !trustIDs.isEmpty {
                let hint =
                    Spelling.suggestion(for: parent, among: trustIDs).map { "; did you mean '\($0)'?" }
                    ?? "; correct the id or add the risk to the trust register."
                findings.append(
                    Finding(
                        .unknownRisk, at: place,
                        "risk \(risk.id) rolls up to trust risk '\(parent)', which is not on the trust register\(hint)", subject: risk.id))
            }
        }
        let allIDs = Array(firstRisk.keys).sorted()
        for mitigation in set.mitigations {
            for id in mitigation.risks where firstRisk[id] == nil {
                let hint = Spelling.suggestion(for: id, among: allIDs).map { "; did you mean '\($0)'?" } ?? "; correct the id or remove it."
                findings.append(
                    Finding(
                        .unknownRisk, at: mitigation.origin.location(of: "risks"),
                        "mitigation \(mitigation.id) names risk '\(id)', which is on no register\(hint)", subject: mitigation.id))
            }
        }
        return findings
    }

    /// A risk id with a space, comma, semicolon or bar in it: lists of risk ids (a mitigation's
    /// `Risk IDs`) are split there, so such an id could never be named in one.
    private static func spacedID(_ risk: Risk) -> Finding? {
        let bytes = risk.id.utf8
        let separator = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|") }
        guard separator || (bytes.contains { $0 <= 0x20 || $0 >= 0x80 } && risk.id.contains(where: \.isWhitespace)) else { return nil }
        return Finding(
            .invalidValue, at: risk.origin.location(of: "id"),
            "the risk id '\(risk.id)' has a space or separator in it; write a risk id as one word (OAK-03), as lists of risk ids are split at spaces, commas and semicolons.",
            subject: risk.id)
    }

    /// With no trust register among the inputs (one academy's file alone), links to trust risks
    /// cannot be checked: one note says so, where each would otherwise be an error.
    static func trustRegisterNote(in set: RegisterSet) -> ImportNote? {
        guard !set.risks.contains(where: \.isTrustRisk) else { return nil }
        let ids = Set(set.risks.map(\.id))
        let linking = set.risks.filter { risk in risk.trustRisk.map { !ids.contains($0) } ?? false }
        guard let first = linking.first else { return nil }
        let shown = linking.prefix(3).map { "\($0.id) → \($0.trustRisk ?? "")" }.joined(separator: ", ")
        return ImportNote(
            at: first.origin.location(of: "trustRisk"),
            "trust register not given; links to trust risks not checked (\(linking.count) risk\(linking.count == 1 ? " names" : "s name") one: \(shown)\(linking.count > 3 ? ", ..." : "")). Give the trust register too to check them."
        )
    }

    /// Chains of `Trust risk` links that come back to where they started: a risk that names
    /// itself, or risks that name each other (T01 → T02 → T01). A roll-up must end at a trust
    /// risk, which rolls up to nothing, so a loop has no top; it is reported once, at the cell of
    /// the loop's first risk in file order, in place of each member's own link finding.
    static func rollUpLoops(in risks: [Risk], firstRisk: [String: Risk]) -> (findings: [Finding], members: Set<String>) {
        // Each risk has at most one parent, so following parents from any risk either stops or
        // enters exactly one loop; `state` marks risks being followed now (1) and finished (2).
        var state: [String: Int] = [:]
        var findings: [Finding] = []
        var members: Set<String> = []
        var order: [String: Int] = [:]
        for (i, risk) in risks.enumerated() where order[risk.id] == nil { order[risk.id] = i }
        for start in risks where state[start.id] == nil {
            var path: [String] = []
            var current: Risk? = start
            while let risk = current, state[risk.id] == nil {
                state[risk.id] = 1
                path.append(risk.id)
                current = risk.trustRisk.flatMap { firstRisk[$0] }
            }
            if let risk = current, state[risk.id] == 1, let entry = path.firstIndex(of: risk.id) {
                var loop = Array(path[entry...])
                let first = loop.indices.min { (order[loop[$0]] ?? 0) < (order[loop[$1]] ?? 0) } ?? 0
                loop = Array(loop[first...] + loop[..<first])
                members.formUnion(loop)
                if let finding = loopFinding(loop, firstRisk: firstRisk) { findings.append(finding) }
            }
            for id in path { state[id] = 2 }
        }
        return (findings, members)
    }

    /// The finding for one loop, its risks in order from the first in the files, at that risk's cell.
    private static func loopFinding(_ loop: [String], firstRisk: [String: Risk]) -> Finding? {
        guard let first = loop.first, let head = firstRisk[first] else { return nil }
        let message: String
        let chain = (loop + [first]).joined(separator: " → ")
        if loop.count == 1 {
            message =
                "risk \(head.id) names itself as its trust risk, a loop with no top; an academy risk rolls up to a risk on the trust register, so correct the cell (or clear it)."
        } else if loop.allSatisfy({ firstRisk[$0]?.isTrustRisk ?? false }) {
            message =
                "trust risks \(chain) name each other as their trust risk, a loop with no top; trust risks roll up to nothing, so clear their 'Trust risk' cells."
        } else {
            message =
                "risks \(chain) roll up to each other in a loop with no top; an academy risk rolls up to a risk on the trust register, so correct the link that closes the loop."
        }
        return Finding(.rollUpLoop, at: head.origin.location(of: "trustRisk"), message, subject: head.id)
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
                findings.append(
                    Finding(
                        .duplicateID, at: record[keyPath: origin].location(of: "id"),
                        "the \(noun) id '\(key)' is used twice: also at \(place); give each \(noun) its own id.", subject: key))
            } else {
                first[key] = record
            }
        }
        return first
    }
}
