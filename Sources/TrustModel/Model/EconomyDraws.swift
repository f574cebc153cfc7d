import MonteCarlo

/// The economy's yearly values for every trial: funding uplift, pay award, pay-grant
/// coverage and non-pay inflation, as fractions.
///
/// With plain random sampling and no correlations each value is drawn inside the trial from
/// its key (stream `economy.<field>`, the year index): nothing is stored. Latin hypercube
/// sampling and rank correlations need all trials at once, so then the values are tabulated
/// before the run (8 bytes × 4 inputs × years × trials) from the same keys.
enum EconomyDraws: Sendable {
    case keyed(distributions: [Distribution], keys: [[DrawKey]])
    case tabulated(SharedDraws)

    static let inputs = Economy.Input.allCases

    init(scenario: Scenario) throws {
        let distributions = Self.inputs.map { scenario.economy[$0] }
        let names = Self.inputs.map { "economy." + $0.rawValue }
        if !Self.tabulates(scenario) {
            let keys = names.map { name in
                let stream = StreamKey(seed: scenario.seed, stream: name)
                return (0..<scenario.years).map { stream.year($0) }
            }
            self = .keyed(distributions: distributions, keys: keys)
            return
        }
        let correlation =
            scenario.economy.correlations.isEmpty
            ? nil
            : try CorrelationMatrix(
                names: names,
                pairs: scenario.economy.correlations.map { ("economy." + $0.first.rawValue, "economy." + $0.second.rawValue, $0.rank) })
        let plan = try SharedDrawPlan(
            inputs: zip(names, distributions).map { SharedInput(name: $0, distribution: $1) },
            sampling: scenario.sampling == .latinHypercube ? .latinHypercube(.random) : .independent,
            correlation: correlation)
        self = .tabulated(SharedDraws.memoized(plan: plan, seed: scenario.seed, years: scenario.years, trials: scenario.trials))
    }

    /// Whether `scenario`'s economy is drawn for all its trials at once (Latin hypercube sampling
    /// or correlations), so that each trial's draws depend on how many trials there are.
    static func tabulates(_ scenario: Scenario) -> Bool {
        scenario.sampling != .random || !scenario.economy.correlations.isEmpty
    }

    /// Input `input`'s value in `year` for `trial`, as a fraction (the file's percent / 100).
    @inline(__always)
    func fraction(_ input: Economy.Input, year: Int, trial: Int) -> Double {
        switch self {
        case .keyed(let distributions, let keys):
            return distributions[input.row].sample(key: keys[input.row][year], trial: trial) / 100
        case .tabulated(let table):
            return table.value(input: input.row, year: year, trial: trial) / 100
        }
    }
}

extension Economy.Input {
    /// The input's place among ``allCases``: its row in the tables of draws (``EconomyDraws``,
    /// ``TrialOutcome/economy``), which are laid out in that order.
    var row: Int {
        switch self {
        case .fundingUpliftPercent: return 0
        case .payAwardPercent: return 1
        case .payGrantCoveragePercent: return 2
        case .nonPayInflationPercent: return 3
        }
    }
}

/// One year's economy in one trial, as fractions: what moves every academy's books and the
/// centre's indexes on to the next year.
struct EconomyYear: Sendable {
    var fundingUplift: Double
    var payAward: Double
    var payGrantCoverage: Double
    var nonPayInflation: Double
}
