import MonteCarlo

@testable import TrustModel

/// Small results built through the model's own types, so a sentence can be driven down each of
/// its branches without running a simulation: years with given chances, academies with given
/// deficits, and a scenario to name measures against.
enum Constructed {
    static let trials = 1_000

    /// "2026/27" for year 0.
    static func label(_ index: Int) -> String {
        "\(2026 + index)/\(String(2027 + index).suffix(2))"
    }

    static func chance(_ events: Int) -> ProportionAccumulator {
        ProportionAccumulator(trials: trials, events: events)
    }

    /// Years whose chances of central reserves below zero and of trust reserves at target are
    /// the given counts of events in 1,000 trials (every other chance none).
    static func years(centralBelowZero central: [Int]? = nil, atTarget target: [Int]? = nil) -> [YearOutcome] {
        let count = central?.count ?? target?.count ?? 1
        return (0..<count).map { index in
            YearOutcome(
                index: index, label: label(index), summaries: [],
                centralReservesBelowZero: chance(central?[index] ?? 0), anyAcademyInDeficit: chance(0),
                anyAcademyInYearDeficit: chance(0), trustReservesAtTarget: chance(target?[index] ?? 0),
                anyAcademyAboveStaffCap: chance(0))
        }
    }

    /// An academy whose last year (of three) has the given expected deficits and chances.
    static func academy(
        _ id: String, _ name: String, deficit: Double, inYear: Double = 0, chanceOfDeficit: Int, chanceInYear: Int = 0,
        joins: Bool = false
    ) -> AcademyOutcome {
        let quiet = AcademyYear(
            trialsPresent: trials, medianReserves: 0, inDeficit: chance(0), inYearDeficit: chance(0),
            expectedDeficit: MeanAccumulator([0]), expectedInYearDeficit: MeanAccumulator([0]), belowTarget: chance(0),
            aboveStaffCap: chance(0))
        var last = quiet
        last.inDeficit = chance(chanceOfDeficit)
        last.inYearDeficit = chance(chanceInYear)
        last.expectedDeficit = MeanAccumulator([deficit])
        last.expectedInYearDeficit = MeanAccumulator([inYear])
        return AcademyOutcome(
            id: id, name: name, phase: .primary, type: .converter, isJoin: joins, joined: chance(trials), years: [quiet, quiet, last],
            annualRiskLoss: MeanAccumulator([0]), riskLoss80: 0, riskLoss95: 0)
    }

    /// A small scenario written inline, to name measures and run tiny simulations against.
    static func scenario(_ json: String = small) throws -> Scenario {
        try ScenarioLoader.load(
            path: "scenario.json",
            files: ScenarioFiles(read: { _ in Array(json.utf8) }, list: { _ in [] })
        ).base
    }

    static let small = """
        {"name": "Small", "startYear": 2026, "years": 3, "trials": 200, "seed": 5,
         "economy": {"fundingUpliftPercent": 0, "payAwardPercent": 0, "nonPayInflationPercent": 0},
         "trust": {"topSlicePercent": 5, "centralReserves": 100000, "centralCosts": {"fixed": 50000}},
         "academies": [{"id": "oak", "phase": "primary", "type": "converter", "pupils": 300, "capacity": 300,
                        "fundingPerPupil": 5000, "lumpSum": 0, "staffCosts": 1200000, "nonStaffCosts": 300000, "reserves": 100000}]}
        """
}
