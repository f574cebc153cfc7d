import MonteCarlo

/// Something whose draw rate `matrisk bench` measures: the keyed uniform, one distribution,
/// or a trial that draws once from each of several distributions (the multi-thread run).
package struct DrawWorkload: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// ``DrawKey/uniform(trial:)``: the cost of the keyed generator itself.
        case keyedUniform
        /// One distribution, one draw per trial.
        case distribution(Distribution)
        /// One draw from each distribution per trial, each under its own key.
        case mixed([Distribution])
    }

    /// The row label: "normal", "poisson λ=100".
    package var name: String
    package var kind: Kind

    package init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// Draws made per trial.
    package var drawsPerTrial: Int {
        if case .mixed(let list) = kind { return list.count }
        return 1
    }

    /// The keyed uniform and each distribution with the parameters the numpy comparison uses
    /// (`Tests/MonteCarloTests/Fixtures/numpy_throughput.py`).
    package static let standard: [DrawWorkload] = {
        func make(_ name: String, _ distribution: Distribution) -> DrawWorkload {
            DrawWorkload(name: name, kind: .distribution(distribution))
        }
        // These parameters are valid by inspection; a failure here is a programming error.
        do {
            return [
                DrawWorkload(name: "keyed uniform", kind: .keyedUniform),
                make("fixed", try .fixed(value: 1)),
                make("uniform", try .uniform(min: 0, max: 60)),
                make("triangular", try .triangular(min: 0.5, mode: 2, max: 4)),
                make("pert", try .pert(min: 10_000, mode: 25_000, max: 80_000)),
                make("normal", try .normal(mean: 0, standardDeviation: 1)),
                make("normal truncated", try .normal(mean: 2, standardDeviation: 1.5, min: 0, max: 5)),
                make("lognormal", try .lognormal(mean: 50_000, standardDeviation: 20_000)),
                make("bernoulli", try .bernoulli(probability: 0.3)),
                make("poisson λ=4", try .poisson(rate: 4)),
                make("poisson λ=100", try .poisson(rate: 100)),
                make("discrete", try .discrete(values: [1, 2, 5, 10], weights: [4, 3, 2, 1])),
            ]
        } catch {
            fatalError("a standard benchmark distribution was refused: \(error)")
        }
    }()

    /// Every standard distribution drawn once per trial: the multi-thread workload.
    package static let mixed = DrawWorkload(
        name: "all distributions",
        kind: .mixed(standard.compactMap { if case .distribution(let d) = $0.kind { d } else { nil } }))
}
