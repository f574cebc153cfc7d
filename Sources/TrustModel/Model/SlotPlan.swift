import MonteCarlo

/// One place an academy can take in a trial: an academy in the trust today, or a planned join
/// that goes ahead in some trials and not in others. Everything about it that does not change
/// between trials, with the keys of its random draws worked out once.
struct SlotPlan: Sendable {
    /// Where the academy comes from.
    enum Origin: Sendable {
        case existing(AcademySpec)
        case join(PlannedJoin, AcademyTemplate, yearIndex: Int)
    }

    var id: String
    var name: String
    var origin: Origin
    /// The key of the academy's roll change in each year.
    var rollKeys: [DrawKey]
    /// Keys drawn once per trial: whether the join goes ahead and the template's figures.
    var draws: OpeningDraws

    /// The once-per-trial draws of a slot, each under its own stream and the slot's id.
    struct OpeningDraws: Sendable {
        var join: DrawKey
        var joinProbability: DrawKey
        var pupils: DrawKey
        var fundingPerPupil: DrawKey
        var lumpSum: DrawKey
        var otherIncome: DrawKey
        var staffCostsPercent: DrawKey
        var nonStaffCostsPercent: DrawKey
        var reserves: DrawKey
        var structuralDeficit: DrawKey
        var structuralDeficitAmount: DrawKey
        var startUpGrant: DrawKey
        var transitionGrant: DrawKey
        /// The grant of each of the first years, keyed by its place in the list.
        var firstYearsGrants: StreamKey

        init(seed: UInt64, entity: String) {
            func key(_ stream: String) -> DrawKey { DrawKey(seed: seed, stream: stream, entity: entity, year: 0) }
            join = key("growth.join")
            joinProbability = key("growth.joinProbability")
            pupils = key("template.pupils")
            fundingPerPupil = key("template.fundingPerPupil")
            lumpSum = key("template.lumpSum")
            otherIncome = key("template.otherIncome")
            staffCostsPercent = key("template.staffCostsPercent")
            nonStaffCostsPercent = key("template.nonStaffCostsPercent")
            reserves = key("template.reserves")
            structuralDeficit = key("academy.structuralDeficit")
            structuralDeficitAmount = key("academy.structuralDeficitAmount")
            startUpGrant = key("template.startUpGrant")
            transitionGrant = key("template.transitionGrant")
            firstYearsGrants = StreamKey(seed: seed, stream: "template.firstYearsGrants", entity: entity)
        }
    }

    init(existing academy: AcademySpec, seed: UInt64, years: Int) {
        id = academy.id
        name = academy.name
        origin = .existing(academy)
        rollKeys = Self.rollKeys(seed: seed, entity: academy.id, years: years)
        draws = OpeningDraws(seed: seed, entity: academy.id)
    }

    init(join: PlannedJoin, template: AcademyTemplate, yearIndex: Int, seed: UInt64, years: Int) {
        id = join.id
        name = join.name
        origin = .join(join, template, yearIndex: yearIndex)
        rollKeys = Self.rollKeys(seed: seed, entity: join.id, years: years)
        draws = OpeningDraws(seed: seed, entity: join.id)
    }

    /// Every slot of `scenario`: the academies in the trust today, then each planned join.
    static func slots(of scenario: Scenario) -> [SlotPlan] {
        var slots = scenario.academies.map { SlotPlan(existing: $0, seed: scenario.seed, years: scenario.years) }
        // The loader refuses a join whose template is not defined, naming its place in the file,
        // so every join of a loaded scenario has one.
        for join in scenario.growth {
            guard let template = scenario.template(named: join.template) else { continue }
            slots.append(
                SlotPlan(
                    join: join, template: template, yearIndex: scenario.yearIndex(ofStartYear: join.year),
                    seed: scenario.seed, years: scenario.years))
        }
        return slots
    }

    /// The register whose academy risks this slot carries.
    var register: String? {
        switch origin {
        case .existing(let academy): return academy.register
        case .join(_, let template, _): return template.register
        }
    }

    var phase: Phase {
        switch origin {
        case .existing(let academy): return academy.phase
        case .join(_, let template, _): return template.phase
        }
    }

    var type: AcademyType {
        switch origin {
        case .existing(let academy): return academy.type
        case .join(_, let template, _): return template.type
        }
    }

    /// The academy's size in year 0, by `measure` (a joining school's from its template's means;
    /// a free school's pupils when full).
    func size(by measure: EachAcademyScale.Measure) -> Double {
        switch origin {
        case .existing(let academy):
            let pupils = Double(academy.pupils)
            guard measure == .income else { return pupils }
            return pupils * academy.fundingPerPupil + academy.lumpSum + academy.otherIncome
        case .join(_, let template, _):
            let pupils = template.pupils.mean * Double(template.freeSchool?.yearGroups ?? 1)
            guard measure == .income else { return pupils }
            return pupils * template.fundingPerPupil.mean + template.lumpSum.mean + template.otherIncome.mean
        }
    }

    var isJoin: Bool {
        if case .join = origin { return true }
        return false
    }

    private static func rollKeys(seed: UInt64, entity: String, years: Int) -> [DrawKey] {
        let stream = StreamKey(seed: seed, stream: "academy.rollChangePercent", entity: entity)
        return (0..<years).map { stream.year($0) }
    }
}
