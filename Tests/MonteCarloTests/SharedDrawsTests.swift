import MonteCarlo
import Testing

struct SharedDrawsTests {
    static func inputs() throws -> [SharedInput] {
        [
            SharedInput(name: "economy.fundingUplift", distribution: try .triangular(min: 0.5, mode: 2, max: 4)),
            SharedInput(name: "economy.payAward", distribution: try .triangular(min: 2.5, mode: 4, max: 6.5)),
            SharedInput(name: "economy.payGrantCoverage", distribution: try .uniform(min: 0, max: 60)),
        ]
    }

    @Test func independentDrawsAreTheKeyedDrawsThemselves() throws {
        let plan = try SharedDrawPlan(inputs: Self.inputs())
        let draws = SharedDraws(plan: plan, seed: 99, years: 3, trials: 200)
        for (i, input) in plan.inputs.enumerated() {
            for year in 0..<3 {
                let key = DrawKey(seed: 99, stream: input.name, year: year)
                #expect(Array(draws.column(input: i, year: year)) == (0..<200).map { input.distribution.sample(key: key, trial: $0) })
            }
        }
        #expect(draws.bytes == 3 * 3 * 200 * 8)
        #expect(draws.index(of: "economy.payAward") == 1)
    }

    @Test func correlatedLatinHypercubeYears() throws {
        let names = ["economy.fundingUplift", "economy.payAward"]
        let plan = try SharedDrawPlan(
            inputs: Self.inputs(), sampling: .latinHypercube(.random),
            correlation: CorrelationMatrix(names: names, pairs: [(names[0], names[1], 0.6)]))
        let trials = 20_000
        let draws = SharedDraws(plan: plan, seed: 7, years: 2, trials: trials)
        for year in 0..<2 {
            let uplift = Array(draws.column(input: 0, year: year))
            let award = Array(draws.column(input: 1, year: year))
            #expect(abs(RankCorrelation.spearman(uplift, award) - 0.6) < 0.03)
            // Replicated: each of the ten blocks is a hypercube of its own, one trial in each of its strata.
            let coverage = Array(draws.column(input: 2, year: year))
            for range in ReplicatedBlocks(trials: trials).ranges {
                #expect(
                    coverage[range].map { Int($0 / 60 * Double(range.count)) }.sorted() == Array(0..<range.count),
                    "uncorrelated input keeps its strata")
            }
        }
        // An input outside the correlation is exactly its blocks' Latin hypercube samples, block b under subkey 16 + b.
        let key = DrawKey(seed: 7, stream: "economy.payGrantCoverage", year: 1)
        let blocks = try ReplicatedBlocks(trials: trials).ranges.enumerated().flatMap { b, range in
            LatinHypercube.sample(try .uniform(min: 0, max: 60), count: range.count, key: key.subkey(16 + UInt64(b)))
        }
        #expect(Array(draws.column(input: 2, year: 1)) == blocks)
        #expect(draws.value(input: 1, year: 1, trial: 5) == draws.column(input: 1, year: 1)[draws.column(input: 1, year: 1).startIndex + 5])
    }

    @Test func planRejectsUnknownAndRepeatedNames() throws {
        let correlation = try CorrelationMatrix(names: ["x", "economy.payAward"], pairs: [])
        #expect(throws: CorrelationError.unknownName("x")) { try SharedDrawPlan(inputs: Self.inputs(), correlation: correlation) }
        let repeated = try Self.inputs() + [SharedInput(name: "economy.payAward", distribution: .fixed(3))]
        #expect(throws: CorrelationError.repeatedName("economy.payAward")) { try SharedDrawPlan(inputs: repeated) }
    }
}
