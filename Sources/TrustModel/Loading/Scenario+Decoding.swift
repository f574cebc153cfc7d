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
    /// The most trials × years a run may keep: every trial-year keeps 64 bytes of exact
    /// trust-wide figures, so this is about 3.2 GB (5,000,000 trials of 10 years, 1,000,000 of
    /// 50); a run asking for more would exhaust a laptop's memory rather than finish.
    package static let maximumTrialYears = 50_000_000
    /// The seed used when a scenario names none, so an unseeded run is still reproducible.
    package static let defaultSeed: UInt64 = 20_261_122

    /// Reads a scenario from its parsed file. `variants` (if any) are not read here: see
    /// ``ScenarioLoader``, which applies them to the document before decoding.
    package init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        object.allow(["variants", "description"])
        name = try object.optional("name")?.string() ?? "Scenario"
        startYear = try object.required("startYear").int(in: 1990...2200)
        years = try object.required("years").int(in: 1...Self.maximumYears)
        trials = try object.optional("trials")?.int(in: 1...Self.maximumTrials) ?? 10_000
        seed = try object.optional("seed").map { UInt64(try $0.int(in: 0...Int.max)) } ?? Self.defaultSeed
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
        try object.finish()
        try validate(cursor: cursor, object: object)
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

    /// At least one academy, no more than matrisk holds, and results that fit in memory.
    private func validateSize(_ cursor: JSONCursor) throws {
        if academies.isEmpty && growth.isEmpty {
            throw cursor.violation("the scenario has no academies and no growth; add at least one academy.")
        }
        if academies.count + growth.count > Self.maximumAcademies {
            throw cursor.violation(
                "the scenario has \(academies.count) academ\(academies.count == 1 ? "y" : "ies") and \(growth.count) planned joins; a scenario may hold at most \(Self.maximumAcademies) together."
            )
        }
        if trials * years > Self.maximumTrialYears {
            throw cursor.violation(
                "\(trials) trials of \(years) years would keep \(trials * years / 15_625) MB of results (64 bytes a trial-year); a run may keep at most \(Self.maximumTrialYears / 15_625) MB, \(Self.maximumTrialYears / years) trials of \(years) years: ask for fewer trials or years."
            )
        }
    }
}

extension Economy {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        fundingUpliftPercent = try BoundedDistribution.yearlyPercent(object.required(Input.fundingUpliftPercent.rawValue))
        payAwardPercent = try BoundedDistribution.yearlyPercent(object.required(Input.payAwardPercent.rawValue))
        payGrantCoveragePercent =
            try object.optional(Input.payGrantCoveragePercent.rawValue).map {
                try BoundedDistribution.decode($0, within: 0...100, what: "the share of the pay award funded by grant, in percent")
            } ?? .fixed(0)
        nonPayInflationPercent = try BoundedDistribution.yearlyPercent(object.required(Input.nonPayInflationPercent.rawValue))
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
        rank = try object.required("rank").double(in: -1...1)
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
        let slice = fundingModel == .topSlice ? try object.required("topSlicePercent") : object.optional("topSlicePercent")
        topSlicePercent = try slice?.double(in: 0...100) ?? 0
        centralReserves = try object.optional("centralReserves")?.double() ?? 0
        centralOtherIncome = try object.optional("centralOtherIncome")?.double(in: 0...1e12) ?? 0
        centralCosts = try CentralCosts(decoding: object.required("centralCosts"))
        centralPaySharePercent = try object.optional("centralPaySharePercent")?.double(in: 0...100) ?? 70
        reserveTargetPercent = try object.optional("reserveTargetPercent")?.double(in: 0...100) ?? 6
        trustReserveTargetPercent = try object.optional("trustReserveTargetPercent")?.double(in: 0...100) ?? 5
        staffCostCapPercent = try object.optional("staffCostCapPercent")?.double(in: 0...200) ?? 80
        staffingElasticity = try object.optional("staffingElasticity")?.double(in: 0...2) ?? 0.5
        if let recovery = object.optional("deficitRecovery") {
            var inner = try recovery.object()
            maxStaffCutPercent = try inner.required("maxStaffCutPercent").double(in: 0...100)
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
        fixed = try object.required("fixed").double(in: 0...1e12)
        perAcademy = try object.optional("perAcademy")?.double(in: 0...1e12) ?? 0
        joiningCost = try object.optional("joiningCost")?.double(in: 0...1e12) ?? 0
        steps = try object.optional("steps")?.array().map(TrustSettings.CapacityStep.init(decoding:)) ?? []
        try object.finish()
    }
}

extension TrustSettings.CapacityStep {
    init(decoding cursor: JSONCursor) throws {
        var object = try cursor.object()
        atAcademies = try object.required("atAcademies").int(in: 1...10_000)
        cost = try object.required("cost").double(in: 0...1e12)
        leadYears = try object.optional("leadYears")?.int(in: 0...20) ?? 0
        try object.finish()
    }
}
