import JSONDocument
import Testing

@testable import TrustModel

/// A sweep's or solve's parameter is resolved once to a typed setter on the decoded scenario.
/// Setting a value that way must give exactly the scenario that writing the value into the file
/// and decoding it again gives (the `--set` route), and refuse the same values in the same words.
struct ScenarioParameterTests {
    static let json = """
        {"name": "Parameters", "startYear": 2026, "years": 4, "trials": 200, "seed": 7,
         "economy": {"fundingUpliftPercent": {"normal": [2, 0.8]}, "payAwardPercent": {"triangular": [2, 3.5, 6.5]},
                     "payGrantCoveragePercent": {"uniform": [0, 60]}, "nonPayInflationPercent": 3,
                     "correlations": [{"between": ["fundingUpliftPercent", "payAwardPercent"], "rank": 0.5}]},
         "trust": {"topSlicePercent": 5, "centralReserves": 200000,
                   "centralCosts": {"fixed": 300000, "perAcademy": 25000, "steps": [{"atAcademies": 4, "cost": 120000, "leadYears": 1}]},
                   "deficitRecovery": {"maxStaffCutPercent": 2}},
         "academies": [
           {"id": "oak", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420, "rollChangePercent": {"normal": [-1, 2]},
            "fundingPerPupil": 5400, "lumpSum": 145000, "otherIncome": 300000, "staffCosts": 2000000, "nonStaffCosts": 500000,
            "reserves": 150000},
           {"id": "hill", "phase": "secondary", "type": "converter", "pupils": 1000, "capacity": 1100, "fundingPerPupil": 7000,
            "staffCosts": 5700000, "nonStaffCosts": 1600000, "reserves": 600000,
            "structuralDeficit": {"probability": 0.5, "amount": 80000, "recoveryYears": 3}}],
         "templates": {
           "converter": {"phase": "primary", "type": "converter", "pupils": {"triangular": [150, 280, 420]}, "capacity": 420,
                         "fundingPerPupil": 5300, "staffCostsPercent": 74, "nonStaffCostsPercent": 22, "reserves": 50000},
           "sponsored": {"phase": "secondary", "type": "sponsored", "pupils": 800, "capacity": 1000, "fundingPerPupil": 6500,
                         "staffCostsPercent": 78, "nonStaffCostsPercent": 22,
                         "structuralDeficit": {"probability": 0.7, "amount": {"pert": [50000, 150000, 300000]}, "recoveryYears": 3}},
           "free": {"phase": "primary", "type": "free-school", "pupils": 30, "capacity": 210, "fundingPerPupil": 5400,
                    "staffCostsPercent": 80, "nonStaffCostsPercent": 25, "openingYearGroups": 1, "yearGroups": 7, "startUpGrant": 150000}},
         "growth": [{"year": 2027, "template": "sponsored", "probability": 0.6}, {"year": 2028, "template": "free", "probability": 0.9}]}
        """

    static let loaded: LoadedScenario = {
        do { return try Fixtures.load(json) } catch { fatalError("the test scenario does not load: \(error)") }
    }()

    static func parameter(_ path: String) throws -> ScenarioParameter {
        try ScenarioParameter(resolving: #require(JSONPath(parsing: path)), in: loaded.base, source: loaded.path)
    }

    /// The same value written into the file with `--set` and the whole scenario decoded again.
    static func decoded(_ path: String, _ value: Double) throws -> Scenario {
        try Fixtures.load(json, overrides: ["\(path)=\(JSONWriter.format(number: value))"]).base
    }

    static let settable: [(String, Double)] = [
        ("years", 3), ("trials", 150), ("seed", 42),
        ("economy.payAwardPercent", 4), ("economy.nonPayInflationPercent", 2.5), ("economy.correlations[0].rank", -0.25),
        ("trust.topSlicePercent", 4.5), ("trust.centralReserves", -20_000), ("trust.centralOtherIncome", 10_000),
        ("trust.reserveTargetPercent", 8), ("trust.staffingElasticity", 0.8), ("trust.deficitRecovery.maxStaffCutPercent", 3),
        ("trust.centralCosts.fixed", 350_000), ("trust.centralCosts.steps[0].cost", 90_000), ("trust.centralCosts.steps[0].atAcademies", 3),
        ("trust.centralCosts.steps[0].leadYears", 0),
        ("academies[1].pupils", 1_050), ("academies[0].capacity", 500), ("academies[0].rollChangePercent", -1),
        ("academies[0].fundingPerPupil", 5_600), ("academies[0].reserves", -5_000), ("academies[1].structuralDeficit.probability", 0.2),
        ("academies[1].structuralDeficit.amount", 60_000), ("academies[1].structuralDeficit.recoveryYears", 2),
        ("templates.converter.pupils", 300), ("templates.converter.reserves", 20_000), ("templates.sponsored.staffCostsPercent", 81),
        ("templates.sponsored.structuralDeficit.amount", 50_000), ("templates.free.openingYearGroups", 2), ("templates.free.yearGroups", 6),
        ("templates.free.startUpGrant", 100_000), ("growth[0].probability", 0.25), ("growth[1].probability", 1),
    ]

    @Test(arguments: settable) func settingAFieldGivesTheScenarioTheFileWouldDecodeTo(_ path: String, _ value: Double) throws {
        let set = try Self.parameter(path).scenario(at: value)
        #expect(set == (try Self.decoded(path, value)))
        #expect(set != Self.loaded.base)
    }

    static let refused: [(String, Double)] = [
        ("trust.topSlicePercent", 150), ("trust.topSlicePercent", -5), ("trust.staffCostCapPercent", 250), ("years", 0), ("years", 2.5),
        ("seed", -1), ("trust.centralCosts.steps[0].atAcademies", 2.5), ("economy.payAwardPercent", 150),
        ("economy.payGrantCoveragePercent", -1), ("economy.correlations[0].rank", 2), ("academies[0].pupils", 5_000),
        ("academies[0].fundingPerPupil", -1), ("templates.free.openingYearGroups", 9), ("templates.sponsored.pupils", -1),
        ("growth[0].probability", 1.5),
    ]

    @Test(arguments: refused) func aValueTheFieldMayNotTakeIsRefusedAsTheFileWouldBe(_ path: String, _ value: Double) throws {
        let parameter = try Self.parameter(path)
        let typed = #expect(throws: JSONError.self) { try parameter.scenario(at: value) }
        let decoded = #expect(throws: JSONError.self) { try Self.decoded(path, value) }
        #expect(typed?.description == decoded?.description)
    }

    @Test func aRuleAcrossFieldsIsCheckedWithTheFieldSet() throws {
        let error = #expect(throws: JSONError.self) { try Self.parameter("academies[0].capacity").scenario(at: 300) }
        #expect(
            error?.description
                == "scenario.json: error: academies[0].capacity: 400 pupils is more than the capacity of 300; raise 'capacity' or check the roll."
        )
        let big = try Fixtures.load(Self.json, overrides: ["trials=2000000"])
        let years = try ScenarioParameter(resolving: #require(JSONPath(parsing: "years")), in: big.base, source: big.path)
        let tooMany = #expect(throws: JSONError.self) { try years.scenario(at: 30) }
        #expect(
            tooMany?.description.hasPrefix("scenario.json: error: years: 2000000 trials of 30 years would keep 4920 MB of results") == true)
    }

    static let unresolvable: [(String, String)] = [
        ("trust.topSlicePercnt", "scenario.json: error: unknown field 'topSlicePercnt' in trust; did you mean 'topSlicePercent'?"),
        ("academies[5].pupils", "scenario.json: error: academies has 2 items, so there is no [5]."),
        ("templates.sponsered.pupils", "scenario.json: error: unknown field 'sponsered' in templates; did you mean 'sponsored'?"),
        (
            "templates.sponsored.reserves",
            "scenario.json: error: templates.sponsored.reserves: a sponsored academy opens with £0 reserves, because its deficit stays with the local authority; remove 'reserves' and describe any in-year deficit with 'structuralDeficit'."
        ),
        (
            "templates.converter.yearGroups",
            "scenario.json: error: templates.converter.yearGroups: only a free school fills year group by year group; remove this field or set \"type\": \"free-school\"."
        ),
        (
            "academies[0].structuralDeficit.amount",
            "scenario.json: error: academies[0].structuralDeficit: is not in the scenario, so its numbers cannot be varied; give it a structural deficit (probability, amount, recoveryYears) first."
        ),
        (
            "growth[0].year",
            "scenario.json: error: growth[0].year: names the join and keys its random draws, so an experiment cannot vary it; compare variants that move the join."
        ),
        (
            "economy.payAwardPercent.triangular",
            "scenario.json: error: economy.payAwardPercent is a distribution; an experiment sets it to one number (a fixed value), so vary economy.payAwardPercent itself."
        ),
        ("trust.topSlicePercent.x", "scenario.json: error: trust.topSlicePercent is not an object, so it has no fields to set."),
        ("name", "scenario.json: error: name: is not a number, so an experiment cannot vary it."),
        ("academies.pupils", "scenario.json: error: academies: is a list; name one of its items, e.g. academies[0]."),
        ("trust[0]", "scenario.json: error: trust is not a list, so it cannot be indexed."),
        (
            "trust.centralCosts",
            "scenario.json: error: trust.centralCosts: holds several fields, not one number; vary one of its numbers: fixed, perAcademy, joiningCost."
        ),
    ]

    @Test(arguments: unresolvable) func aPathThatIsNotANumberToVaryIsRefusedWhereItIsWritten(_ path: String, _ message: String) {
        let error = #expect(throws: JSONError.self) { try Self.parameter(path) }
        #expect(error?.description == message)
    }

    @Test func theFieldIsSetOnTheDecodedScenarioNotOnItsFile() throws {
        // A change made to the decoded scenario in code, which its file does not hold, survives
        // every value: the value is set on the scenario, not written into the document and decoded.
        var scenario = Self.loaded.base
        scenario.name = "Changed after decoding"
        scenario.academies[0].lumpSum = 1
        let parameter = try ScenarioParameter(resolving: #require(JSONPath(parsing: "trust.topSlicePercent")), in: scenario, source: "x")
        for value in [2.0, 4.5, 8] {
            var expected = scenario
            expected.trust.topSlicePercent = value
            #expect(try parameter.scenario(at: value) == expected)
        }
    }

    @Test func aParameterSaysWhatItIsMeasuredIn() throws {
        let topSlice = try Self.parameter("trust.topSlicePercent")
        #expect(topSlice.unit == .percent && topSlice.title == "The top-slice" && topSlice.description == "trust.topSlicePercent")
        #expect(try Self.parameter("trust.centralCosts.steps[0].cost").unit == .money)
        #expect(try Self.parameter("academies[0].pupils").unit == .count)
        #expect(try Self.parameter("growth[0].probability").unit == .probability)
        #expect(try Self.parameter("trust.staffingElasticity").title == nil)
    }
}
