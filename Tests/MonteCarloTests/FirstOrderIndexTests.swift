import Foundation
import MonteCarlo
import Testing

/// The given-data first-order index against models whose indices are known exactly: a linear
/// model, the Ishigami function, a pure-noise input and a yes/no input.
struct FirstOrderIndexTests {
    let key = DrawKey(seed: 7, stream: "test.firstOrder", year: 0)

    /// n draws of U(low, high) under stream `name`.
    func uniform(_ name: String, _ n: Int, _ low: Double, _ high: Double) -> [Double] {
        let draw = DrawKey(seed: 11, stream: name, year: 0)
        return (0..<n).map { low + (high - low) * draw.uniform(trial: $0) }
    }

    func indices(_ inputs: [[Double]], _ output: [Double]) -> [FirstOrderIndex] {
        FirstOrderIndex.estimate(inputs.map { InputBins($0) }, output: output, key: key, resamples: 100, threads: 2)
    }

    /// Y = Σ aᵢ Xᵢ with independent Xᵢ: Sᵢ = aᵢ² Var Xᵢ / Σ aⱼ² Var Xⱼ.
    @Test func aLinearModelsIndicesAreItsShareOfTheVariance() {
        let n = 10_000
        let x = [uniform("x1", n, 0, 1), uniform("x2", n, -2, 2), uniform("x3", n, 10, 11)]
        let a = [3.0, 1.0, -2.0]
        let variances = [1.0 / 12, 16.0 / 12, 1.0 / 12]
        let total = zip(a, variances).reduce(0) { $0 + $1.0 * $1.0 * $1.1 }
        let y = (0..<n).map { t in (0..<3).reduce(0) { $0 + a[$1] * x[$1][t] } }
        for (i, index) in indices(x, y).enumerated() {
            let exact = a[i] * a[i] * variances[i] / total
            #expect(
                abs(index.value - exact) <= 3 * index.standardError + 0.002,
                "S\(i + 1) = \(index.value) ± \(index.standardError), exactly \(exact)")
            #expect(index.standardError > 0 && index.standardError < 0.02)
        }
    }

    /// The Ishigami function sin X₁ + 7 sin² X₂ + 0.1 X₃⁴ sin X₁ on U(−π, π)³: S₁ = 0.3139,
    /// S₂ = 0.4424, S₃ = 0 (Saltelli et al., *Global Sensitivity Analysis: The Primer*, 2008,
    /// §3.2; exact: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V₁ = (1 + bπ⁴/5)²/2, V₂ = a²/8).
    @Test func theIshigamiFunctionsIndicesAreItsAnalyticOnes() {
        let n = 20_000
        let x = (1...3).map { uniform("ishigami.x\($0)", n, -Double.pi, Double.pi) }
        let y = (0..<n).map { t in Self.ishigami(x[0][t], x[1][t], x[2][t]) }
        let exact: [Double] = [0.3139, 0.4424, 0]
        for (i, index) in indices(x, y).enumerated() {
            let allowed: Double = 3 * index.standardError + 0.005
            #expect(abs(index.value - exact[i]) <= allowed, "S\(i + 1) = \(index.value) ± \(index.standardError)")
        }
    }

    static func ishigami(_ x1: Double, _ x2: Double, _ x3: Double) -> Double {
        let second: Double = 7 * sin(x2) * sin(x2)
        let third: Double = 0.1 * x3 * x3 * x3 * x3 * sin(x1)
        return sin(x1) + second + third
    }

    @Test func anInputThatExplainsNothingIsNearZero() {
        let n = 10_000
        let noise = uniform("noise.input", n, 0, 1)
        let y = uniform("noise.output", n, 0, 100)
        let index = indices([noise], y)[0]
        #expect(abs(index.value) <= 3 * index.standardError && index.standardError < 0.01, "\(index)")
    }

    /// A yes/no input has one bin per value, so its index is the analysis of variance's exactly:
    /// Y = 10·B + U(0, 1) with P(B) = 0.3 gives S = 21 / (21 + 1/12).
    @Test func aYesNoInputIsBinnedByItsValues() {
        let n = 10_000
        let b = uniform("yesno", n, 0, 1).map { $0 < 0.3 ? 1.0 : 0 }
        let y = zip(b, uniform("yesno.noise", n, 0, 1)).map { 10 * $0 + $1 }
        let bins = InputBins(b)
        #expect(bins.isExact && bins.count == 2)
        let index = indices([b], y)[0]
        let exact = 21.0 / (21 + 1.0 / 12)
        #expect(abs(index.value - exact) <= 3 * index.standardError + 1e-3, "\(index)")
    }

    @Test func equalValuesShareABinAndBinsHoldAboutEqualShares() {
        let values = [Double](repeating: 0, count: 900) + (1...100).map(Double.init)
        let bins = InputBins(values, limit: 10)
        #expect(!bins.isExact)
        #expect(Set(bins.bin[0..<900]).count == 1)
        #expect(Set(bins.bin[900...]).count == 1 || bins.bin[900] == bins.bin[0] + 1)
        let spread = InputBins((0..<1_000).map(Double.init), limit: 10)
        #expect(spread.count == 10 && (0..<10).allSatisfy { b in spread.bin.filter { $0 == b }.count == 100 })
    }

    @Test func theSameKeyGivesTheSameErrorsOnAnyNumberOfThreads() {
        let x = uniform("threads.x", 3_000, 0, 1)
        let y = zip(x, uniform("threads.noise", 3_000, 0, 1)).map { $0 + $1 }
        let one = FirstOrderIndex.estimate([InputBins(x)], output: y, key: key, resamples: 50, threads: 1)
        let four = FirstOrderIndex.estimate([InputBins(x)], output: y, key: key, resamples: 50, threads: 4)
        #expect(one == four)
    }
}
