import JSONDocument
import MonteCarlo

extension AcademySpec {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        let idCursor = try object.required("id")
        id = try idCursor.string()
        guard Self.isValidID(id) else {
            throw idCursor.violation("an academy id is letters, digits and dashes, such as 'oak-primary'; '\(id)' is not.")
        }
        name = try object.optional("name")?.string() ?? id
        phase = try decodePhase(object.required("phase"))
        type = try decodeType(object.required("type"))
        let pupilsCursor = try object.required("pupils")
        pupils = try pupilsCursor.int(in: 0...100_000)
        let capacityCursor = object.optional("capacity")
        capacity = try capacityCursor?.int(in: 1...100_000) ?? max(pupils, 1)
        if pupils > capacity {
            throw pupilsCursor.violation("\(pupils) pupils is more than the capacity of \(capacity); raise 'capacity' or check the roll.")
        }
        rollChangePercent = try object.optional("rollChangePercent").map(BoundedDistribution.yearlyPercent) ?? .fixed(0)
        fundingPerPupil = try object.required("fundingPerPupil").double(in: 0...1e7)
        lumpSum = try object.optional("lumpSum")?.double(in: 0...1e9) ?? 0
        otherIncome = try object.optional("otherIncome")?.double(in: 0...1e10) ?? 0
        staffCosts = try object.required("staffCosts").double(in: 0...1e10)
        nonStaffCosts = try object.required("nonStaffCosts").double(in: 0...1e10)
        reserves = try object.optional("reserves")?.double(in: -1e10...1e10) ?? 0
        register = try object.optional("register")?.string() ?? id
        structuralDeficit = try object.optional("structuralDeficit").map(StructuralDeficit.init(decoding:))
        try object.finish()
    }

    /// Ids key random draws and name files, so they are kept simple.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}

extension AcademyTemplate {
    init(decoding cursor: JSONCursor, name: String) throws {
        self.name = name
        var object = try cursor.object()
        phase = try decodePhase(object.required("phase"))
        type = try decodeType(object.required("type"))
        // The same limits as an academy's own figures.
        pupils = try nonNegative(object.required("pupils"), atMost: 100_000, what: "pupils")
        capacity = try object.required("capacity").int(in: 1...100_000)
        rollChangePercent = try object.optional("rollChangePercent").map(BoundedDistribution.yearlyPercent) ?? .fixed(0)
        fundingPerPupil = try nonNegative(object.required("fundingPerPupil"), atMost: 1e7, what: "funding per pupil")
        lumpSum = try object.optional("lumpSum").map { try nonNegative($0, atMost: 1e9, what: "the lump sum") } ?? .fixed(0)
        otherIncome = try object.optional("otherIncome").map { try nonNegative($0, atMost: 1e10, what: "other income") } ?? .fixed(0)
        staffCostsPercent = try nonNegative(
            object.required("staffCostsPercent"), atMost: 500, what: "staff costs as a percentage of income")
        nonStaffCostsPercent = try nonNegative(
            object.required("nonStaffCostsPercent"), atMost: 500, what: "non-staff costs as a percentage of income")
        let reservesCursor = object.optional("reserves")
        if let reservesCursor, type != .converter {
            throw reservesCursor.violation(
                type == .sponsored
                    ? "a sponsored academy opens with £0 reserves, because its deficit stays with the local authority; remove 'reserves' and describe any in-year deficit with 'structuralDeficit'."
                    : "a free school opens with £0 reserves; remove 'reserves' and give its start-up funding as 'startUpGrant'.")
        }
        reserves = try reservesCursor.map { try BoundedDistribution.decode($0, within: -1e10...1e10, what: "reserves") } ?? .fixed(0)
        structuralDeficit = try object.optional("structuralDeficit").map(StructuralDeficit.init(decoding:))
        let opening = object.optional("openingYearGroups")
        let groups = object.optional("yearGroups")
        let grant = object.optional("startUpGrant")
        if type == .freeSchool {
            guard let opening else { throw JSONError.missingField(cursor.location, field: "openingYearGroups") }
            guard let groups else { throw JSONError.missingField(cursor.location, field: "yearGroups") }
            let first = try opening.int(in: 1...15)
            let all = try groups.int(in: 1...15)
            if first > all { throw opening.violation("a free school cannot open with more year groups (\(first)) than it has (\(all)).") }
            freeSchool = FreeSchoolGrowth(
                openingYearGroups: first, yearGroups: all,
                startUpGrant: try grant.map { try nonNegative($0, atMost: 1e9, what: "the start-up grant") } ?? .fixed(0))
        } else {
            if let stray = opening ?? groups ?? grant {
                throw stray.violation(
                    "only a free school fills year group by year group; remove this field or set \"type\": \"free-school\".")
            }
            freeSchool = nil
        }
        register = try object.optional("register")?.string()
        try object.finish()
    }
}

extension StructuralDeficit {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        probability = try object.required("probability").double(in: 0...1)
        amount = try nonNegative(object.required("amount"), atMost: 1e10, what: "a structural deficit")
        recoveryYears = try object.required("recoveryYears").int(in: 1...50)
        try object.finish()
    }
}

extension PlannedJoin {
    init(decoding cursor: JSONCursor, index: Int) throws {
        var object = try cursor.object()
        year = try object.required("year").int(in: 1990...2300)
        template = try object.required("template").string()
        probability = try object.required("probability").double(in: 0...1)
        let idCursor = object.optional("id")
        id = try idCursor?.string() ?? "\(template)-\(year)"
        if let idCursor, !AcademySpec.isValidID(id) {
            throw idCursor.violation("a join id is letters, digits and dashes, such as 'willow-primary'; '\(id)' is not.")
        }
        name = try object.optional("name")?.string() ?? id
        try object.finish()
    }
}

extension RegisterReferences {
    init(decoding cursor: JSONCursor) throws {
        if case .string(let folder) = cursor.node.kind {
            self.init(folder: folder)
            return
        }
        var object = try cursor.object()
        let risks = try object.optional("risks").map(paths) ?? []
        let mitigations = try object.optional("mitigations").map(paths) ?? []
        let policy = try object.optional("policy")?.string()
        let folder = try object.optional("folder")?.string()
        try object.finish()
        self.init(risks: risks, mitigations: mitigations, policy: policy, folder: folder)
    }
}

extension RiskEventSettings {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        exclude = try object.optional("exclude")?.array().map { try $0.string() } ?? []
        unquantified =
            try object.optional("unquantified").map { try $0.choice(of: Unquantified.self) } ?? .ignore
        var valuation = ScoreValuation.standard
        if let table = object.optional("probabilityPercentByLikelihood") {
            let values = try table.array().map { try $0.double(in: 0...100) }
            guard values.count == 5 else { throw table.mismatch("five percentages, for likelihood 1 to 5") }
            valuation.probabilityPercentByLikelihood = values
        }
        if let table = object.optional("impactByImpactScore") {
            let rows = try table.array()
            guard rows.count == 5 else { throw table.mismatch("five [min, most likely, max] ranges, for impact 1 to 5") }
            valuation.impactByImpactScore = try rows.map { row in
                let values = try row.array().map { try $0.double(in: 0...1e12) }
                guard values.count == 3, values[0] <= values[1], values[1] <= values[2] else {
                    throw row.mismatch("[min, most likely, max] in £ with min ≤ most likely ≤ max")
                }
                return values
            }
        }
        self.valuation = valuation
        try object.finish()
    }
}

private func paths(_ cursor: JSONCursor) throws -> [String] {
    if case .string(let path) = cursor.node.kind { return [path] }
    return try cursor.array().map { try $0.string() }
}

private func decodePhase(_ cursor: JSONCursor) throws -> Phase {
    try cursor.choice(of: Phase.self)
}

private func decodeType(_ cursor: JSONCursor) throws -> AcademyType {
    try cursor.choice(of: AcademyType.self)
}

/// A distribution whose values cannot be negative (pupils, money, percentages of income), nor
/// more than `upper`.
private func nonNegative(_ cursor: JSONCursor, atMost upper: Double, what: String) throws -> Distribution {
    try BoundedDistribution.decode(cursor, within: 0...upper, what: what)
}
