import JSONDocument

/// The canonical JSON form of a register set, as `register export --format json` writes it:
///
///     {
///       "risks": [{"id": "T01", "register": "trust", "title": "...", "description": "...",
///                  "category": "financial", "owner": "CFO",
///                  "inherent": {"likelihood": 4, "impact": 4}, "residual": {...}, "target": {...},
///                  "trustRisk": "T01", "status": "open", "lastReviewed": "2026-09-15",
///                  "nextReview": "2026-12-15", "response": "treat", "committee": "Audit and Risk",
///                  "quantification": {"annualProbabilityPercent": 5, "impactMin": 100000,
///                                     "impactLikely": 250000, "impactMax": 1000000, "scope": "each-academy"}}],
///       "mitigations": [{"id": "M01", "risks": ["T01"], "title": "...", "owner": "COO",
///                        "status": "in-place", "due": "2026-12-01", "probabilityReductionPercent": 20,
///                        "impactReductionPercent": 10, "oneOffCost": 5000, "annualCost": 1200}],
///       "policy": {...}
///     }
///
/// `id`, `register`, `title`, `inherent` and `residual` are required on a risk; `id`, `risks` and
/// `status` on a mitigation. Absent optional fields are left out (or null). Unknown fields are errors.
extension RegisterSet {
    package init(json cursor: JSONCursor) throws {
        var object = try cursor.object()
        let risks = try object.required("risks").array().map(Risk.init(json:))
        let mitigations = try object.optional("mitigations")?.array().map(Mitigation.init(json:)) ?? []
        let policy = try object.optional("policy").map(RiskPolicy.init(json:)) ?? RiskPolicy()
        try object.finish()
        self.init(risks: risks, mitigations: mitigations, policy: policy)
    }
}

extension Risk {
    init(json cursor: JSONCursor) throws {
        var object = try cursor.object()
        let id = try object.required("id").string()
        let register = RegisterName.from(text: try object.required("register").string())
        self.init(id: id, register: register, title: try object.required("title").string())
        description = try object.optional("description")?.string() ?? ""
        category = try object.optional("category")?.string() ?? ""
        owner = try object.optional("owner")?.string() ?? ""
        inherent = try RiskScore(json: object.required("inherent"))
        residual = try RiskScore(json: object.required("residual"))
        target = try object.optional("target").map(RiskScore.init(json:))
        trustRisk = try object.optional("trustRisk")?.string()
        status =
            try object.optional("status").map { RiskStatus(rawValue: try $0.choice(of: RiskStatus.allCases.map(\.rawValue)))! } ?? .open
        lastReviewed = try object.optional("lastReviewed").map(CalendarDate.init(json:))
        nextReview = try object.optional("nextReview").map(CalendarDate.init(json:))
        response = try object.optional("response").map { RiskResponse(rawValue: try $0.choice(of: RiskResponse.allCases.map(\.rawValue)))! }
        committee = try object.optional("committee")?.string() ?? ""
        quantification = try object.optional("quantification").map(Quantification.init(json:))
        origin = Origin(location: cursor.node.position.map { SourceLocation(file: cursor.source, line: $0.line, column: $0.column) })
        try object.finish()
    }
}

extension RiskScore {
    init(json cursor: JSONCursor) throws {
        var object = try cursor.object()
        likelihood = try object.required("likelihood").int(in: RiskScore.scale.lowerBound...RiskScore.scale.upperBound)
        impact = try object.required("impact").int(in: RiskScore.scale.lowerBound...RiskScore.scale.upperBound)
        try object.finish()
    }
}

extension Quantification {
    init(json cursor: JSONCursor) throws {
        var object = try cursor.object()
        annualProbabilityPercent = try object.required("annualProbabilityPercent").double(in: 0...100)
        impactMin = try object.required("impactMin").double(in: 0...1e12)
        let likely = try object.required("impactLikely")
        impactLikely = try likely.double(in: 0...1e12)
        let max = try object.required("impactMax")
        impactMax = try max.double(in: 0...1e12)
        scope = try object.optional("scope").map { LossScope(rawValue: try $0.choice(of: LossScope.allCases.map(\.rawValue)))! }
        try object.finish()
        guard impactMin <= impactLikely else { throw likely.violation("impactLikely must be at least impactMin.") }
        guard impactLikely <= impactMax else { throw max.violation("impactMax must be at least impactLikely.") }
    }
}

extension Mitigation {
    init(json cursor: JSONCursor) throws {
        var object = try cursor.object()
        let id = try object.required("id").string()
        let risks = try object.required("risks").array().map { try $0.string() }
        let status = MitigationStatus(rawValue: try object.required("status").choice(of: MitigationStatus.allCases.map(\.rawValue)))!
        self.init(id: id, risks: risks, status: status)
        title = try object.optional("title")?.string() ?? ""
        owner = try object.optional("owner")?.string() ?? ""
        due = try object.optional("due").map(CalendarDate.init(json:))
        probabilityReductionPercent = try object.optional("probabilityReductionPercent")?.double(in: 0...100)
        impactReductionPercent = try object.optional("impactReductionPercent")?.double(in: 0...100)
        oneOffCost = try object.optional("oneOffCost")?.double(in: 0...1e12)
        annualCost = try object.optional("annualCost")?.double(in: 0...1e12)
        origin = Origin(location: cursor.node.position.map { SourceLocation(file: cursor.source, line: $0.line, column: $0.column) })
        try object.finish()
    }
}

extension CalendarDate {
    init(json cursor: JSONCursor) throws {
        let text = try cursor.string()
        switch CalendarDate.parse(text) {
        case .success(let date): self = date
        case .failure(.impossible): throw cursor.violation("'\(text)' is not a real date.")
        case .failure(.notADate): throw cursor.mismatch("a date such as \"2026-11-22\"")
        }
    }
}
