import JSONDocument

extension RegisterSet {
    /// The set in its canonical JSON form (see ``RegisterSet/init(json:)``); reading it back gives an equal set.
    package var json: JSONValue {
        .object([
            .init("risks", .array(risks.map(\.json))),
            .init("mitigations", .array(mitigations.map(\.json))),
            .init("policy", policy.json),
        ])
    }
}

extension Risk {
    var json: JSONValue {
        var members: [JSONValue.Member] = [.init("id", .string(id)), .init("register", .string(register)), .init("title", .string(title))]
        func add(_ key: String, _ value: JSONValue?) { if let value { members.append(.init(key, value)) } }
        add("description", description.isEmpty ? nil : .string(description))
        add("category", category.isEmpty ? nil : .string(category))
        add("subcategory", subcategory.isEmpty ? nil : .string(subcategory))
        add("owner", owner.isEmpty ? nil : .string(owner))
        add("inherent", inherent?.json)
        add("residual", residual?.json)
        add("target", target?.json)
        add("rating", statedScore.map(JSONValue.integer))
        add("rag", statedRAG.map { .string($0.rawValue) })
        add("trustRisk", trustRisk.map(JSONValue.string))
        add("status", .string(status.rawValue))
        add("lastReviewed", lastReviewed.map { .string($0.description) })
        add("nextReview", nextReview.map { .string($0.description) })
        add("response", response.map { .string($0.rawValue) })
        add("committee", committee.isEmpty ? nil : .string(committee))
        add("quantification", quantification?.json)
        return .object(members)
    }
}

extension RiskScore {
    var json: JSONValue {
        var members: [JSONValue.Member] = [.init("likelihood", .integer(nativeLikelihood)), .init("impact", .integer(nativeImpact))]
        if !nativeScale.isFivePoint { members.append(.init("scale", .string(nativeScale.description))) }
        return .object(members)
    }
}

extension Quantification {
    var json: JSONValue {
        var members: [JSONValue.Member] = [
            .init("annualProbabilityPercent", .number(annualProbabilityPercent)),
            .init("impactMin", .number(impactMin)), .init("impactLikely", .number(impactLikely)), .init("impactMax", .number(impactMax)),
        ]
        if let scope { members.append(.init("scope", .string(scope.rawValue))) }
        return .object(members)
    }
}

extension Mitigation {
    var json: JSONValue {
        var members: [JSONValue.Member] = [.init("id", .string(id)), .init("risks", .array(risks.map(JSONValue.string)))]
        func add(_ key: String, _ value: JSONValue?) { if let value { members.append(.init(key, value)) } }
        add("title", title.isEmpty ? nil : .string(title))
        add("owner", owner.isEmpty ? nil : .string(owner))
        add("status", .string(status.rawValue))
        add("due", due.map { .string($0.description) })
        add("probabilityReductionPercent", probabilityReductionPercent.map { .number($0) })
        add("impactReductionPercent", impactReductionPercent.map { .number($0) })
        add("oneOffCost", oneOffCost.map { .number($0) })
        add("annualCost", annualCost.map { .number($0) })
        return .object(members)
    }
}
