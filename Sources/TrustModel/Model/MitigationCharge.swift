import RiskRegister

/// What a mitigation costs over the simulated years: its annual cost every year from the one
/// it works in, and its one-off cost in that first year.
struct MitigationCharge: Sendable {
    /// The year index from which it works and is paid for.
    var fromYear: Int
    var annual: Double
    /// Nothing for a mitigation already in place: it paid its one-off cost before the simulation starts.
    var oneOff: Double
    var years: Int

    /// Nil when the mitigation does not work within the simulated years (see ``inPlaceYear(_:scenario:)``).
    init?(_ mitigation: Mitigation, scenario: Scenario) {
        guard let start = Self.inPlaceYear(mitigation, scenario: scenario), start < scenario.years else { return nil }
        fromYear = start
        annual = mitigation.annualCost ?? 0
        oneOff = mitigation.isInPlace ? 0 : mitigation.oneOffCost ?? 0
        years = scenario.years
    }

    /// Adds the cost of each year to `series` (one entry a year).
    func add(to series: inout [Double]) {
        for year in fromYear..<years { series[year] += annual }
        series[fromYear] += oneOff
    }

    /// The cost averaged over the simulated years.
    var perYear: Double { (annual * Double(years - fromYear) + oneOff) / Double(years) }

    /// The year index from which a mitigation works: in place now → 0; planned or in progress
    /// with a due date → the school year of that date (0 if already past); otherwise never.
    static func inPlaceYear(_ mitigation: Mitigation, scenario: Scenario) -> Int? {
        switch mitigation.status {
        case .inPlace: return 0
        case .retired: return nil
        default:
            guard let due = mitigation.due else { return nil }
            let schoolYear = due.month >= 9 ? due.year : due.year - 1
            return max(0, schoolYear - scenario.startYear)
        }
    }
}

/// What a mitigation costs each payer in each year: its annual cost from the year it is in
/// place, and its one-off cost in that year if it comes into place during the simulation.
struct MitigationCosts: Sendable, Equatable {
    /// Cost per year for each academy slot.
    var academy: [[Double]]
    /// Cost per year borne by the centre.
    var central: [Double]

    init(slots: Int, years: Int) {
        academy = Array(repeating: Array(repeating: 0, count: years), count: slots)
        central = Array(repeating: 0, count: years)
    }
}

extension RiskEventCatalogue {
    /// Mitigation costs: a mitigation whose risks are all on one academy register is paid by
    /// each academy carrying that register; any other is paid by the centre.
    mutating func addCosts(
        of mitigations: [Mitigation], registers: RegisterSet, index: RegisterIndex, scope: RegisterScope, scenario: Scenario
    ) {
        for mitigation in mitigations {
            guard let charge = MitigationCharge(mitigation, scenario: scenario), charge.annual > 0 || charge.oneOff > 0 else { continue }
            let linkedRegisters = Set(mitigation.risks.compactMap { index.riskPosition[$0].map { registers.risks[$0].register } })
            if linkedRegisters.count == 1, let register = linkedRegisters.first, register != Risk.trustRegister {
                for slot in scope.carriers[register] ?? [] { charge.add(to: &costs.academy[slot]) }
            } else {
                charge.add(to: &costs.central)
            }
        }
    }
}
