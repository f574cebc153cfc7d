import JSONDocument
import Testing

@testable import TrustModel

/// Targets over the years: `@any` (in at least one year), `@all` (in every year), `min(…)` and
/// `max(…)`, on a trust whose only chance is one join, so every answer is known by hand.
struct TargetsOverYearsTests {
    /// One academy paying a £100k top-slice into a centre costing £50k a year, so without the
    /// join the centre's reserves are £100k, £150k, £200k, £250k. A join in 2027 (chance 30%)
    /// costs £250k and brings a £50k top-slice: £100k, -£50k, £50k, £150k. So central reserves
    /// are below zero in some year exactly when the school joins, and never at the end.
    static let dip = """
        {"name": "A dip in the joining year", "startYear": 2026, "years": 4, "trials": 4000, "seed": 3,
         "economy": {"fundingUpliftPercent": 0, "payAwardPercent": 0, "nonPayInflationPercent": 0},
         "trust": {"topSlicePercent": 5, "centralReserves": 50000, "centralCosts": {"fixed": 50000, "perAcademy": 0, "joiningCost": 250000}},
         "academies": [{"id": "oak", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420, "rollChangePercent": 0,
                        "fundingPerPupil": 5000, "lumpSum": 0, "otherIncome": 0, "staffCosts": 1500000, "nonStaffCosts": 400000,
                        "reserves": 100000}],
         "templates": {"joiner": {"phase": "primary", "type": "sponsored", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
                                  "staffCostsPercent": 70, "nonStaffCostsPercent": 20}},
         "growth": [{"year": 2027, "template": "joiner", "probability": 0.3, "id": "elm"}]}
        """

    static let loaded: LoadedScenario = {
        do { return try Fixtures.load(dip) } catch { fatalError("the test scenario does not load: \(error)") }
    }()

    @Test func anyAllMinAndMaxAgreeWithTheTrustWorkedByHand() throws {
        let scenario = Self.loaded.base
        let result = try Simulation.run(scenario, registers: nil, threads: 2)
        func estimate(_ text: String) throws -> Estimate { try result.estimate(OutputVocabulary.measure(text, scenario: scenario)) }
        let joined = try estimate("P(central.reserves@2027 < 0)")
        #expect(abs(joined.value - 0.3) < 4 * joined.standardError)
        let any = try estimate("P(central.reserves@any < 0)")
        #expect(any == joined)
        #expect(any.standardError == (joined.value * (1 - joined.value) / 4000).squareRoot())
        #expect(try estimate("P(central.reserves@end < 0)").value == 0)
        #expect(try estimate("P(central.reserves@all < 0)").value == 0)
        #expect(abs(try estimate("P(central.reserves@all > 0)").value - (1 - joined.value)) < 1e-12)
        #expect(abs(try estimate("mean(min(central.reserves))").value - (100_000 - 150_000 * joined.value)) < 1e-6)
        #expect(abs(try estimate("mean(max(central.reserves))").value - (250_000 - 100_000 * joined.value)) < 1e-6)
        #expect(try estimate("P(min(central.reserves) < 0)") == any)
    }

    /// The chance of the dip is the chance of the join, so the largest join chance keeping it
    /// within 10% is 10% less the solver's allowance for Monte Carlo error: the p with
    /// p + 1.645·√(p(1−p)/n) = 10%. The answer must be that within its stated ± error.
    @Test func solveFindsTheKnownAnswerOfATargetOverTheYears() throws {
        let base = Self.loaded.base
        let parameter = try ScenarioParameter(
            resolving: #require(JSONPath(parsing: "growth[0].probability")), in: base, source: Self.loaded.path)
        let target = try OutputVocabulary.target("P(central.reserves@any < 0) <= 10%", scenario: base)
        let solution = try TargetSolver.solve(parameter, registers: nil, target: target, range: 0...1, largest: true, threads: 2)
        var low = 0.0
        var high = 0.1
        for _ in 0..<60 {
            let p = (low + high) / 2
            if p + TargetSolver.margin * (p * (1 - p) / 4000).squareRoot() <= 0.1 { low = p } else { high = p }
        }
        let uncertainty = try #require(solution.valueUncertainty)
        #expect(solution.outcome == .found)
        #expect(abs(solution.value - low) <= 3 * uncertainty, "answer \(solution.value) ± \(uncertainty), expected \(low)")
        #expect(uncertainty < 0.01)
    }

    @Test func readAndRefused() throws {
        let scenario = Self.loaded.base
        #expect(try OutputVocabulary.output("central.reserves@any", scenario: scenario).year == .anyYear)
        #expect(try OutputVocabulary.output("central.reserves@all", scenario: scenario).year == .everyYear)
        #expect(
            try OutputVocabulary.measure("mean(min(central.reserves))", scenario: scenario)
                == .mean(OutputName(figure: .trust(.centralReserves), year: .lowest)))
        #expect(try OutputVocabulary.measure("P10(max(trust.reserves))", scenario: scenario).output.year == .highest)
        #expect(
            try OutputVocabulary.measure("max(academy.oak.reserves)", scenario: scenario).output.description == "max(academy.oak.reserves)")
        let named = try OutputVocabulary.event("any academy in deficit@any", scenario: scenario)
        #expect(named.output == OutputName(figure: .trust(.academiesInDeficit), year: .anyYear))
        let target = try OutputVocabulary.target("P(central.reserves@any < 0) <= 10%", scenario: scenario)
        #expect(target.measure.description == "P(central.reserves@any < 0)" && target.value == 0.1)
        #expect(throws: OutputNameError.yearsNeedAnEvent("central.reserves@any")) {
            try OutputVocabulary.measure("mean(central.reserves@any)", scenario: scenario)
        }
        #expect(throws: OutputNameError.yearsNeedAnEvent("central.reserves@all")) {
            try OutputVocabulary.measure("central.reserves@all", scenario: scenario)
        }
        #expect(throws: OutputNameError.yearInsideExtreme("min(central.reserves@2027)")) {
            try OutputVocabulary.measure("mean(min(central.reserves@2027))", scenario: scenario)
        }
    }
}
