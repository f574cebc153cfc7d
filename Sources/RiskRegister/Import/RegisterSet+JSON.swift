import JSONDocument

/// The canonical JSON form of a register set, as `register export --format json` writes it:
///
///     {
///       "risks": [{"id": "T01", "register": "trust", "title": "...", "description": "...",
///                  "category": "financial", "subcategory": "...", "owner": "CFO",
///                  "inherent": {"likelihood": 4, "impact": 4}, "residual": {...}, "target": {...},
///                  "rating": 16, "rag": "red",
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
/// `id`, `register` and `title` are required on a risk; `id`, `risks` and `status` on a mitigation.
/// A score on a scale other than 1–5 says so: `{"likelihood": 3, "impact": 2, "scale": "3x3"}`.
/// A risk may be scored by a residual pair (with or without an inherent one), by a `rating`
/// (1–25) or `rag` word alone, or not at all. Absent optional fields are left out (or null).
/// Unknown fields are errors.
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
        let idField = try object.required("id")
        let id = try idField.string()
        guard !id.isEmpty else { throw idField.violation("a risk's id is empty; give every risk a reference, unique across the trust.") }
        let register = RegisterName.from(text: try object.required("register").string())
        self.init(id: id, register: register, title: try object.required("title").string())
        description = try object.optional("description")?.string() ?? ""
        category = try object.optional("category")?.string() ?? ""
        subcategory = try object.optional("subcategory")?.string() ?? ""
        owner = try object.optional("owner")?.string() ?? ""
        let inherentField = object.optional("inherent")
        inherent = try inherentField.map(RiskScore.init(json:))
        residual = try object.optional("residual").map(RiskScore.init(json:))
        target = try object.optional("target").map(RiskScore.init(json:))
        try checkScores(cursor, inherentField: inherentField)
        let ratingField = object.optional("rating")
        statedScore = try ratingField?.int(in: 1...(residual?.nativeScale.highestScore ?? 25))
        if statedScore != nil, residual == nil, !scale.isFivePoint, let ratingField {
            throw ratingField.violation("a rating alone is on the 1–25 scale; this risk's scores are \(scale), so give a residual pair.")
        }
        statedRAG = try object.optional("rag").map { try $0.choice(of: RAG.self) }
        trustRisk = try object.optional("trustRisk")?.string()
        status =
            try object.optional("status").map { try $0.choice(of: RiskStatus.self) } ?? .open
        lastReviewed = try object.optional("lastReviewed").map(CalendarDate.init(json:))
        nextReview = try object.optional("nextReview").map(CalendarDate.init(json:))
        response = try object.optional("response").map { try $0.choice(of: RiskResponse.self) }
        committee = try object.optional("committee")?.string() ?? ""
        quantification = try object.optional("quantification").map(Quantification.init(json:))
        origin = Origin(location: cursor.node.position.map { SourceLocation(file: cursor.source, line: $0.line, column: $0.column) })
        try object.finish()
    }
}

extension Risk {
    /// A risk's pairs are on its register's one scale, and an inherent score stands beside a
    /// residual one (as a register with two pairs records them).
    fileprivate func checkScores(_ cursor: JSONCursor, inherentField: JSONCursor?) throws {
        let scales = Set([inherent, residual, target].compactMap { $0?.nativeScale })
        if scales.count > 1 {
            throw cursor.violation(
                "risk \(id) is scored on more than one scale (\(scales.map(\.description).sorted().joined(separator: ", "))); a register uses one."
            )
        }
        if inherent != nil, residual == nil, let inherentField {
            throw inherentField.violation("risk \(id) has an inherent score but no residual score; give the residual pair too.")
        }
    }
}

extension RiskScore {
    init(json cursor: JSONCursor) throws {
        var object = try cursor.object()
        var scale = ScoreScale.fivePoint
        if let field = object.optional("scale") {
            guard let named = ScoreScale(text: try field.string()) else { throw field.mismatch("a scale such as \"5x5\" or \"3x3\"") }
            scale = named
        }
        let likelihood = try object.required("likelihood").int(in: 1...scale.likelihoodPoints)
        let impact = try object.required("impact").int(in: 1...scale.impactPoints)
        try object.finish()
        self.init(nativeLikelihood: likelihood, nativeImpact: impact, scale: scale)
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
        scope = try object.optional("scope").map { try $0.choice(of: LossScope.self) }
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
        let status = try object.required("status").choice(of: MitigationStatus.self)
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
