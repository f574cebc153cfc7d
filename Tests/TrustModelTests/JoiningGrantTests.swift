import Foundation
import Testing

@testable import TrustModel

/// A template's transition grant and grants for its first years (issue 14, point 7), paid to
/// the joining academy's income in its joining year and the years after, checked in pounds.
struct JoiningGrantTests {
    /// One academy, and a join in 2027 that always goes ahead; no economy, so prices stay put
    /// (funding index 1) and the joiner's income is 200 × £5,000 = £1,000,000 a year plus grants.
    static func scenario(grants: String) -> String {
        """
        {"name": "Grants", "startYear": 2026, "years": 5, "trials": 50, "seed": 3,
         "economy": {"fundingUpliftPercent": 0, "payAwardPercent": 0, "nonPayInflationPercent": 0},
         "trust": {"topSlicePercent": 5, "centralCosts": {"fixed": 100000}},
         "academies": [{"id": "a1", "phase": "primary", "type": "converter", "pupils": 200, "capacity": 210,
                        "fundingPerPupil": 5000, "staffCosts": 700000, "nonStaffCosts": 200000}],
         "templates": {"t": {"phase": "primary", "type": "sponsored", "pupils": 200, "capacity": 210, "fundingPerPupil": 5000,
                             "staffCostsPercent": 70, "nonStaffCostsPercent": 20\(grants)}},
         "growth": [{"year": 2027, "template": "t", "probability": 1, "id": "j1"}]}
        """
    }

    static func trustIncome(grants: String) throws -> [Double] {
        let base = try Fixtures.load(scenario(grants: grants)).base
        let result = try Simulation.run(base, registers: nil, threads: 2)
        return try (0..<5).map { year in
            let values = result.values(.trustIncome, year: year)
            #expect(Set(values).count == 1, "fixed inputs give one income in every trial")
            return try #require(values.first)
        }
    }

    @Test func grantsArePaidInTheJoiningYearAndTheYearsAfter() throws {
        let without = try Self.trustIncome(grants: "")
        let with = try Self.trustIncome(grants: #", "transitionGrant": 150000, "firstYearsGrants": [80000, 40000]"#)
        let extra = zip(with, without).map { $0 - $1 }
        // 2026/27 before joining; 2027/28 the transition grant and the first year's; then the second year's; then none.
        #expect(extra == [0, 230_000, 40_000, 0, 0])
    }

    @Test func grantsMayBeDistributionsAndAreRefusedBelowZero() throws {
        let drawn = try Fixtures.load(Self.scenario(grants: #", "transitionGrant": {"uniform": [100000, 200000]}"#)).base
        #expect(drawn.templates.first?.transitionGrant.mean == 150_000)
        #expect {
            try Fixtures.load(Self.scenario(grants: #", "firstYearsGrants": [80000, -1]"#))
        } throws: { error in String(describing: error).contains("firstYearsGrants[1]") }
    }
}
