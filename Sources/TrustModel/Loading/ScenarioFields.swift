import JSONDocument
import MonteCarlo

// The numbers of a scenario file and the limits on each, by the part of the file they are in.
// Decoding (Scenario+Decoding, Academy+Decoding) reads them and the experiments' parameters
// (ScenarioParameter+Catalogue) set them through these same values.

extension Scenario {
    enum Fields {
        static let years = ScenarioField.whole("years", in: 1...Scenario.maximumYears)
        static let trials = ScenarioField.whole("trials", in: 1...Scenario.maximumTrials)
        static let seed = ScenarioField<UInt64>("seed") { UInt64(try $0.int(in: 0...Int.max)) }
    }

    /// Why `trials` of `years` are more than a run may keep, or nil when they are not.
    static func runSizeProblem(trials: Int, years: Int) -> String? {
        guard trials * years > maximumTrialYears else { return nil }
        let bytes = TrustColumns.bytesPerTrialYear
        return
            "\(trials) trials of \(years) years would keep \(trials * years * bytes / 1_000_000) MB of results (\(bytes) bytes a trial-year); a run may keep at most \(maximumTrialYears * bytes / 1_000_000) MB, \(maximumTrialYears / years) trials of \(years) years: ask for fewer trials or years."
    }
}

extension Economy {
    enum Fields {
        static let fundingUpliftPercent = ScenarioField.yearlyPercent(Input.fundingUpliftPercent.rawValue)
        static let payAwardPercent = ScenarioField.yearlyPercent(Input.payAwardPercent.rawValue)
        static let payGrantCoveragePercent = ScenarioField.distribution(
            Input.payGrantCoveragePercent.rawValue, within: 0...100, what: "the share of the pay award funded by grant, in percent")
        static let nonPayInflationPercent = ScenarioField.yearlyPercent(Input.nonPayInflationPercent.rawValue)
        static let rank = ScenarioField.number("rank", in: -1...1)
    }
}

extension TrustSettings {
    enum Fields {
        static let topSlicePercent = ScenarioField.number("topSlicePercent", in: 0...100)
        static let centralReserves = ScenarioField.number("centralReserves")
        static let centralOtherIncome = ScenarioField.number("centralOtherIncome", in: 0...1e12)
        static let centralPaySharePercent = ScenarioField.number("centralPaySharePercent", in: 0...100)
        static let reserveTargetPercent = ScenarioField.number("reserveTargetPercent", in: 0...100)
        static let trustReserveTargetPercent = ScenarioField.number("trustReserveTargetPercent", in: 0...100)
        static let staffCostCapPercent = ScenarioField.number("staffCostCapPercent", in: 0...200)
        static let staffingElasticity = ScenarioField.number("staffingElasticity", in: 0...2)
        static let maxStaffCutPercent = ScenarioField.number("maxStaffCutPercent", in: 0...100)
        static let fixed = ScenarioField.number("fixed", in: 0...1e12)
        static let perAcademy = ScenarioField.number("perAcademy", in: 0...1e12)
        static let joiningCost = ScenarioField.number("joiningCost", in: 0...1e12)
        static let atAcademies = ScenarioField.whole("atAcademies", in: 1...10_000)
        static let stepCost = ScenarioField.number("cost", in: 0...1e12)
        static let leadYears = ScenarioField.whole("leadYears", in: 0...20)
    }
}

extension AcademySpec {
    enum Fields {
        static let pupils = ScenarioField.whole("pupils", in: 0...100_000)
        static let capacity = ScenarioField.whole("capacity", in: 1...100_000)
        static let rollChangePercent = ScenarioField.yearlyPercent("rollChangePercent")
        static let fundingPerPupil = ScenarioField.number("fundingPerPupil", in: 0...1e7)
        static let lumpSum = ScenarioField.number("lumpSum", in: 0...1e9)
        static let otherIncome = ScenarioField.number("otherIncome", in: 0...1e10)
        static let staffCosts = ScenarioField.number("staffCosts", in: 0...1e10)
        static let nonStaffCosts = ScenarioField.number("nonStaffCosts", in: 0...1e10)
        static let reserves = ScenarioField.number("reserves", in: -1e10...1e10)
    }

    /// Why an academy cannot hold `pupils` in its `capacity`, or nil when it can.
    static func rollProblem(pupils: Int, capacity: Int) -> String? {
        guard pupils > capacity else { return nil }
        return "\(pupils) pupils is more than the capacity of \(capacity); raise 'capacity' or check the roll."
    }
}

extension AcademyTemplate {
    // The same limits as an academy's own figures.
    enum Fields {
        static let pupils = ScenarioField.distribution("pupils", within: 0...100_000, what: "pupils")
        static let capacity = ScenarioField.whole("capacity", in: 1...100_000)
        static let rollChangePercent = ScenarioField.yearlyPercent("rollChangePercent")
        static let fundingPerPupil = ScenarioField.distribution("fundingPerPupil", within: 0...1e7, what: "funding per pupil")
        static let lumpSum = ScenarioField.distribution("lumpSum", within: 0...1e9, what: "the lump sum")
        static let otherIncome = ScenarioField.distribution("otherIncome", within: 0...1e10, what: "other income")
        static let staffCostsPercent = ScenarioField.distribution(
            "staffCostsPercent", within: 0...500, what: "staff costs as a percentage of income")
        static let nonStaffCostsPercent = ScenarioField.distribution(
            "nonStaffCostsPercent", within: 0...500, what: "non-staff costs as a percentage of income")
        static let reserves = ScenarioField.distribution("reserves", within: -1e10...1e10, what: "reserves")
        static let openingYearGroups = ScenarioField.whole("openingYearGroups", in: 1...15)
        static let yearGroups = ScenarioField.whole("yearGroups", in: 1...15)
        static let startUpGrant = ScenarioField.distribution("startUpGrant", within: 0...1e9, what: "the start-up grant")
        static let transitionGrant = ScenarioField.distribution("transitionGrant", within: 0...1e9, what: "the transition grant")
        static let firstYearsGrant = ScenarioField.distribution("firstYearsGrants", within: 0...1e9, what: "a first years' grant")
    }

    /// Why a template of `type` cannot bring opening reserves, or nil when it can (a converter).
    static func openingReservesProblem(_ type: AcademyType) -> String? {
        switch type {
        case .converter: return nil
        case .sponsored:
            return
                "a sponsored academy opens with £0 reserves, because its deficit stays with the local authority; remove 'reserves' and describe any in-year deficit with 'structuralDeficit'."
        case .freeSchool:
            return "a free school opens with £0 reserves; remove 'reserves' and give its start-up funding as 'startUpGrant'."
        }
    }

    /// Why a template that is not a free school cannot have year groups or a start-up grant.
    static let notAFreeSchool =
        "only a free school fills year group by year group; remove this field or set \"type\": \"free-school\"."

    /// Why a free school cannot open with `opening` of its `all` year groups, or nil when it can.
    static func yearGroupsProblem(opening: Int, all: Int) -> String? {
        guard opening > all else { return nil }
        return "a free school cannot open with more year groups (\(opening)) than it has (\(all))."
    }
}

extension StructuralDeficit {
    enum Fields {
        static let probability = ScenarioField.number("probability", in: 0...1)
        static let amount = ScenarioField.distribution("amount", within: 0...1e10, what: "a structural deficit")
        static let recoveryYears = ScenarioField.whole("recoveryYears", in: 1...50)
    }
}

extension PlannedJoin {
    enum Fields {
        /// A plain number must be a chance (0–1); a range is drawn and each draw clamped to 0…1.
        static let probability = ScenarioField<Distribution>("probability") { cursor in
            if case .number = cursor.node.kind { return .fixed(try cursor.double(in: 0...1)) }
            return try Distribution(decoding: cursor)
        }
    }
}
