import MonteCarlo
import Testing

struct LatinHypercubeTests {
    @Test func everyStratumHoldsExactlyOneTrial() {
        let n = 10_000
        let key = DrawKey(seed: 5, stream: "economy.payAward", year: 2)
        for position in [LatinHypercube.Position.random, .median] {
            let u = LatinHypercube.uniforms(count: n, key: key, position: position)
            let strata = u.map { Int($0 * Double(n)) }.sorted()
            #expect(strata == Array(0..<n))
            #expect(u.allSatisfy { $0 > 0 && $0 < 1 })
        }
        let median = LatinHypercube.uniforms(count: 4, key: key, position: .median).sorted()
        #expect(median == [0.125, 0.375, 0.625, 0.875])
    }

    @Test func theSameKeyGivesTheSameStrata() {
        let key = DrawKey(seed: 5, stream: "economy.payAward", year: 2)
        #expect(LatinHypercube.uniforms(count: 500, key: key) == LatinHypercube.uniforms(count: 500, key: key))
        #expect(LatinHypercube.uniforms(count: 500, key: key) != LatinHypercube.uniforms(count: 500, key: key.subkey(9)))
    }

    /// Stratification makes the sample mean of a smooth input far closer to the exact mean
    /// than independent draws manage: within a hundredth of a standard error here.
    @Test func stratifiedDrawsHitTheMean() throws {
        let n = 10_000
        let uplift = try Distribution.triangular(min: 0.5, mode: 2, max: 4)
        let draws = LatinHypercube.sample(uplift, count: n, key: DrawKey(seed: 9, stream: "uplift", year: 0))
        let mean = draws.reduce(0, +) / Double(n)
        #expect(abs(mean - uplift.mean) < 0.01 * uplift.standardDeviation / Double(n).squareRoot())
    }
}
