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
        let pupilsCursor = try object.required(Fields.pupils.key)
        pupils = try Fields.pupils.read(pupilsCursor)
        capacity = try Fields.capacity.optional(in: &object) ?? max(pupils, 1)
        if let problem = Self.rollProblem(pupils: pupils, capacity: capacity) { throw pupilsCursor.violation(problem) }
        rollChangePercent = try Fields.rollChangePercent.optional(in: &object) ?? .fixed(0)
        fundingPerPupil = try Fields.fundingPerPupil.required(in: &object)
        lumpSum = try Fields.lumpSum.optional(in: &object) ?? 0
        otherIncome = try Fields.otherIncome.optional(in: &object) ?? 0
        staffCosts = try Fields.staffCosts.required(in: &object)
        nonStaffCosts = try Fields.nonStaffCosts.required(in: &object)
        reserves = try Fields.reserves.optional(in: &object) ?? 0
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
        pupils = try Fields.pupils.required(in: &object)
        capacity = try Fields.capacity.required(in: &object)
        rollChangePercent = try Fields.rollChangePercent.optional(in: &object) ?? .fixed(0)
        fundingPerPupil = try Fields.fundingPerPupil.required(in: &object)
        lumpSum = try Fields.lumpSum.optional(in: &object) ?? .fixed(0)
        otherIncome = try Fields.otherIncome.optional(in: &object) ?? .fixed(0)
        staffCostsPercent = try Fields.staffCostsPercent.required(in: &object)
        nonStaffCostsPercent = try Fields.nonStaffCostsPercent.required(in: &object)
        let reservesCursor = object.optional(Fields.reserves.key)
        if let reservesCursor, let problem = Self.openingReservesProblem(type) { throw reservesCursor.violation(problem) }
        reserves = try reservesCursor.map(Fields.reserves.read) ?? .fixed(0)
        structuralDeficit = try object.optional("structuralDeficit").map(StructuralDeficit.init(decoding:))
        let opening = object.optional(Fields.openingYearGroups.key)
        let groups = object.optional(Fields.yearGroups.key)
        let grant = object.optional(Fields.startUpGrant.key)
        if type == .freeSchool {
            guard let opening else { throw JSONError.missingField(cursor.location, field: Fields.openingYearGroups.key) }
            guard let groups else { throw JSONError.missingField(cursor.location, field: Fields.yearGroups.key) }
            let first = try Fields.openingYearGroups.read(opening)
            let all = try Fields.yearGroups.read(groups)
            if let problem = Self.yearGroupsProblem(opening: first, all: all) { throw opening.violation(problem) }
            freeSchool = FreeSchoolGrowth(
                openingYearGroups: first, yearGroups: all, startUpGrant: try grant.map(Fields.startUpGrant.read) ?? .fixed(0))
        } else {
            if let stray = opening ?? groups ?? grant { throw stray.violation(Self.notAFreeSchool) }
            freeSchool = nil
        }
        register = try object.optional("register")?.string()
        transitionGrant = try Fields.transitionGrant.optional(in: &object) ?? .fixed(0)
        firstYearsGrants = try object.optional(Fields.firstYearsGrant.key)?.array().map(Fields.firstYearsGrant.read) ?? []
        try object.finish()
    }
}

extension StructuralDeficit {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        probability = try Fields.probability.required(in: &object)
        amount = try Fields.amount.required(in: &object)
        recoveryYears = try Fields.recoveryYears.required(in: &object)
        try object.finish()
    }
}

extension PlannedJoin {
    init(decoding cursor: JSONCursor, index: Int) throws {
        var object = try cursor.object()
        year = try object.required("year").int(in: 1990...2300)
        template = try object.required("template").string()
        probability = try Fields.probability.required(in: &object)
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
            try object.optional("unquantified").map {
                try $0.choice(of: Unquantified.self)
            } ?? .ignore
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
        eachAcademyScale = try object.optional("scaleEachAcademy").map(EachAcademyScale.init(decoding:))
        try object.finish()
    }
}

extension EachAcademyScale {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        by = try object.required("by").choice(of: Measure.self)
        reference = try object.required("reference").double(in: 1...1e12)
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
