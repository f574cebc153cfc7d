import MonteCarlo
import Testing

/// Iman–Conover at 10⁵ trials: the rank correlations reach their targets within ±0.02 and
/// every input keeps exactly its own values.
struct ImanConoverTests {
    static let n = 100_000

    static func columns(_ distributions: [Distribution], names: [String]) -> [[Double]] {
        zip(distributions, names).map { distribution, name in
            LatinHypercube.sample(distribution, count: n, key: DrawKey(seed: 20_261_122, stream: name, year: 0))
        }
    }

    @Test func twoInputsReachTheirRankCorrelation() throws {
        let names = ["economy.fundingUplift", "economy.payAward"]
        let inputs = Self.columns([try .triangular(min: 0.5, mode: 2, max: 4), try .triangular(min: 2.5, mode: 4, max: 6.5)], names: names)
        let sortedInputs = inputs.map { $0.sorted() }
        for target in [0.6, -0.4] {
            let matrix = try CorrelationMatrix(names: names, pairs: [(names[0], names[1], target)])
            let keys = names.map { DrawKey(seed: 20_261_122, stream: $0, year: 0) }
            let output = ImanConover.reorder(inputs, target: matrix, keys: keys)
            let rho = RankCorrelation.spearman(output[0], output[1])
            #expect(abs(rho - target) <= 0.02, "target \(target), reached \(rho)")
            for j in 0..<2 { #expect(output[j].sorted() == sortedInputs[j], "marginal \(j) unchanged") }
        }
    }

    @Test func threeInputsWithMixedSigns() throws {
        let names = ["uplift", "award", "inflation"]
        let rows: [[Double]] = [[1, 0.6, -0.3], [0.6, 1, 0.2], [-0.3, 0.2, 1]]
        let matrix = try CorrelationMatrix(names: names, rows: rows)
        let inputs = Self.columns(
            [try .uniform(min: 0, max: 60), try .normal(mean: 3, standardDeviation: 1), try .lognormal(mean: 3, standardDeviation: 1.5)],
            names: names)
        let output = ImanConover.reorder(inputs, target: matrix, keys: names.map { DrawKey(seed: 1, stream: $0, year: 0) })
        let ranks = output.map(RankCorrelation.ranks)
        for i in 0..<3 {
            #expect(output[i].sorted() == inputs[i].sorted())
            for j in 0..<i {
                let rho = RankCorrelation.pearson(ranks[i], ranks[j])
                #expect(abs(rho - rows[i][j]) <= 0.02, "\(names[i])–\(names[j]): target \(rows[i][j]), reached \(rho)")
            }
        }
    }

    /// The factors are triangular, so an input added at the end of the matrix leaves the
    /// others' pairing, and so their draws, exactly as they were.
    @Test func addingAnInputAtTheEndLeavesTheOthersUnchanged() throws {
        let small = 2_000
        let names = ["a", "b", "c"]
        let inputs = names.map {
            LatinHypercube.sample(try! .uniform(min: 0, max: 1), count: small, key: DrawKey(seed: 2, stream: $0, year: 0))
        }
        let keys = names.map { DrawKey(seed: 2, stream: $0, year: 0) }
        let two = ImanConover.reorder(
            Array(inputs[0..<2]), target: try CorrelationMatrix(names: ["a", "b"], pairs: [("a", "b", 0.5)]), keys: Array(keys[0..<2]))
        let three = ImanConover.reorder(
            inputs, target: try CorrelationMatrix(names: names, pairs: [("a", "b", 0.5), ("b", "c", 0.3)]), keys: keys)
        #expect(three[0] == two[0] && three[1] == two[1])
    }
}
