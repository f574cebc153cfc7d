import JSONDocument
import MonteCarlo

extension Scenario {
    /// The most school years a scenario may cover: a board plans five to ten years ahead.
    package static let maximumYears = 50
    /// The most trials a scenario may ask for.
    package static let maximumTrials = 10_000_000
    /// The most academies and planned joins a scenario may hold together: ten times the
    /// largest trusts. Each costs memory for every year (its histograms), and the trust-wide
    /// counts of academies are kept in 16 bits.
    package static let maximumAcademies = 1_000
    /// The most trials × years a run may keep: every trial-year keeps 82 bytes of exact
    /// trust-wide figures, so this is about 4.1 GB (5,000,000 trials of 10 years, 1,000,000 of
    /// 50); a run asking for more would exhaust a laptop's memory rather than finish.
    package static let maximumTrialYears = 50_000_000
    /// The seed used when a scenario names none, so an unseeded run is still reproducible.
    package static let defaultSeed: UInt64 = 20_261_122

    /// Reads a scenario from its parsed file. `variants` (if any) are not read here: see
    /// ``ScenarioLoader``, which applies them to the document before decoding, and which checks
    /// the size of the run (``runSizeProblem(trials:years:)``) once the command line's
    /// ``RunSettings`` are on it.
    package init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        object.allow(["variants", "description"])
        name = try object.optional("name")?.string() ?? "Scenario"
        startYear = try object.required("startYear").int(in: 1990...2200)
        years = try Fields.years.required(in: &object)
        trials = try Fields.trials.optional(in: &object) ?? 10_000
        seed = try Fields.seed.optional(in: &object) ?? Self.defaultSeed
        sampling =
            try object.optional("sampling").map { try $0.choice(of: Sampling.self) } ?? .random
        economy = try Economy(decoding: try object.required("economy"))
        trust = try TrustSettings(decoding: try object.required("trust"))
        academies = try object.optional("academies")?.array().map(AcademySpec.init(decoding:)) ?? []
        templates = try object.optional("templates").map(Self.decodeTemplates) ?? []
        let growthCursor = object.optional("growth")
        growth = try growthCursor?.array().enumerated().map { try PlannedJoin(decoding: $1, index: $0) } ?? []
        registers = try object.optional("registers").map(RegisterReferences.init(decoding:))
        riskEvents = try object.optional("riskEvents").map(RiskEventSettings.init(decoding:)) ?? RiskEventSettings()
        let precisionCursor = object.optional("precision")
        try object.finish()
        try validate(cursor: cursor, object: object)
        precision = try precisionCursor.map(decodePrecision) ?? []
    }

    /// The file's precision targets, each read against this scenario (its years and academies);
    /// a target that cannot be read is reported at its place in the list.
    private func decodePrecision(_ cursor: JSONCursor) throws -> [PrecisionTarget] {
        try cursor.array().map { item in
            let text = try item.string()
            do { return try OutputVocabulary.precision(text, scenario: self) } catch let error as OutputNameError {
                let sentence = error.description.hasPrefix("error: ") ? String(error.description.dropFirst(7)) : error.description
                throw item.violation(sentence)
            }
        }
    }

    private static func decodeTemplates(_ cursor: JSONCursor) throws -> [AcademyTemplate] {
        let object = try cursor.object()
        return try object.members.map { member in
            let field = JSONCursor(node: member.value, path: cursor.path.appending(field: member.key), source: cursor.source)
            return try AcademyTemplate(decoding: field, name: member.key)
        }
    }

    /// Rules across fields: unique ids, joins naming real templates, enough academies.
    private mutating func validate(cursor: JSONCursor, object: JSONObjectReader) throws {
        func items(_ key: String) throws -> [JSONCursor] {
            try object.members.first { $0.key == key }.map {
                try JSONCursor(node: $0.value, path: cursor.path.appending(field: key), source: cursor.source).array()
            } ?? []
        }
        let academyIDs = try uniqueAcademyIDs(items("academies"))
        try validateGrowth(items("growth"), academyIDs: academyIDs)
        try validateSize(cursor)
    }

    /// Each academy's id, by its position; an id used twice is refused.
    private func uniqueAcademyIDs(_ academyCursors: [JSONCursor]) throws -> [String: Int] {
        var seen: [String: Int] = [:]
        for (i, academy) in academies.enumerated() {
            if let first = seen[academy.id] {
                throw academyCursors[i].violation(
                    "the id '\(academy.id)' is used by academies[\(first)] too; each academy needs its own id.")
            }
            seen[academy.id] = i
        }
        return seen
    }

    /// Each planned join names a template the scenario defines, joins no earlier than the
    /// scenario starts, and has an id of its own: two joins of one template in one year get
    /// distinct ids, the second "-2".
    private mutating func validateGrowth(_ growthCursors: [JSONCursor], academyIDs: [String: Int]) throws {
        var joinIDs: [String: Int] = [:]
        for (i, join) in growth.enumerated() {
            let here = growthCursors[i]
            guard template(named: join.template) != nil else {
                let names = templates.map(\.name)
                let hint = Spelling.suggestion(for: join.template, among: names).map { " (did you mean '\($0)'?)" } ?? ""
                let list =
                    names.isEmpty
                    ? "the scenario defines no templates" : "the templates are " + names.map { "'\($0)'" }.joined(separator: ", ")
                throw here.violation("the template '\(join.template)' is not defined\(hint); \(list).")
            }
            if join.year < startYear {
                throw here.violation("a school cannot join in \(join.year), before the scenario starts in \(startYear).")
            }
            var id = join.id
            if let first = joinIDs[id] {
                if here.node["id"] != nil {
                    throw here.violation("the id '\(id)' is used by growth[\(first)] too; each join needs its own id.")
                }
                var n = 2
                while joinIDs["\(join.id)-\(n)"] != nil { n += 1 }
                id = "\(join.id)-\(n)"
                growth[i].id = id
            }
            if academyIDs[id] != nil {
                throw here.violation("the id '\(id)' is an academy's already; give this join another id.")
            }
            joinIDs[id] = i
        }
    }

    /// At least one academy, and no more than matrisk holds.
    private func validateSize(_ cursor: JSONCursor) throws {
        if academies.isEmpty && growth.isEmpty {
            throw cursor.violation("the scenario has no academies and no growth; add at least one academy.")
        }
        if academies.count + growth.count > Self.maximumAcademies {
            throw cursor.violation(
                "the scenario has \(academies.count) academ\(academies.count == 1 ? "y" : "ies") and \(growth.count) planned joins; a scenario may hold at most \(Self.maximumAcademies) together."
            )
        }
    }
}

extension Economy {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        fundingUpliftPercent = try Fields.fundingUpliftPercent.required(in: &object)
        payAwardPercent = try Fields.payAwardPercent.required(in: &object)
        payGrantCoveragePercent = try Fields.payGrantCoveragePercent.optional(in: &object) ?? .fixed(0)
        nonPayInflationPercent = try Fields.nonPayInflationPercent.required(in: &object)
        correlations = try object.optional("correlations")?.array().map(Correlation.init(decoding:)) ?? []
        try object.finish()
    }
}

extension Economy.Correlation {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        let between = try object.required("between")
        let names = try between.array()
        guard names.count == 2 else { throw between.mismatch("a list of two economy inputs") }
        first = try names[0].choice(of: Economy.Input.self)
        second = try names[1].choice(of: Economy.Input.self)
        if first == second { throw between.violation("an input cannot be correlated with itself.") }
        rank = try Economy.Fields.rank.required(in: &object)
        try object.finish()
    }
}

extension TrustSettings {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        fundingModel =
            try object.optional("fundingModel").map {
                try $0.choice(of: FundingModel.self)
            } ?? .topSlice
        topSlicePercent =
            try fundingModel == .topSlice
            ? Fields.topSlicePercent.required(in: &object) : Fields.topSlicePercent.optional(in: &object) ?? 0
        centralReserves = try Fields.centralReserves.optional(in: &object) ?? 0
        centralOtherIncome = try Fields.centralOtherIncome.optional(in: &object) ?? 0
        centralCosts = try CentralCosts(decoding: object.required("centralCosts"))
        centralPaySharePercent = try Fields.centralPaySharePercent.optional(in: &object) ?? 70
        reserveTargetPercent = try Fields.reserveTargetPercent.optional(in: &object) ?? 6
        trustReserveTargetPercent = try Fields.trustReserveTargetPercent.optional(in: &object) ?? 5
        staffCostCapPercent = try Fields.staffCostCapPercent.optional(in: &object) ?? 80
        staffingElasticity = try Fields.staffingElasticity.optional(in: &object) ?? 0.5
        if let recovery = object.optional("deficitRecovery") {
            var inner = try recovery.object()
            maxStaffCutPercent = try Fields.maxStaffCutPercent.required(in: &inner)
            try inner.finish()
        } else {
            maxStaffCutPercent = nil
        }
        try object.finish()
    }
}

extension TrustSettings.CentralCosts {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        fixed = try TrustSettings.Fields.fixed.required(in: &object)
        perAcademy = try TrustSettings.Fields.perAcademy.optional(in: &object) ?? 0
        joiningCost = try TrustSettings.Fields.joiningCost.optional(in: &object) ?? 0
        steps = try object.optional("steps")?.array().map(TrustSettings.CapacityStep.init(decoding:)) ?? []
        try object.finish()
    }
}

extension TrustSettings.CapacityStep {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        atAcademies = try TrustSettings.Fields.atAcademies.required(in: &object)
        cost = try TrustSettings.Fields.stepCost.required(in: &object)
        leadYears = try TrustSettings.Fields.leadYears.optional(in: &object) ?? 0
        commit = try object.optional("commit")?.choice(of: Commitment.self) ?? .plan
        try object.finish()
    }
}
