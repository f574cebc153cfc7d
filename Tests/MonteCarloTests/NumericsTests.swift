import Foundation
import Testing

@testable import MonteCarlo

/// The special functions under the distributions.
struct NumericsTests {
    @Test func normalQuantileInvertsTheDistributionFunction() {
        var worst = 0.0
        for exponent in stride(from: -300.0, through: -1, by: 0.5) {
            let p = pow(10, exponent)
            let x = NormalQuantile.of(p)
            worst = max(worst, abs(NormalProbability.cumulative(x) - p) / p / (1 + x * x))
        }
        // Exact symmetry wherever 1 − p is exact, as it is for every uniform matrisk draws.
        for k in stride(from: 1, to: 1 << 20, by: 997) {
            let p = Double(k) * 0x1p-20
            #expect(NormalQuantile.of(1 - p) == -NormalQuantile.of(p), "symmetry at \(p)")
        }
        for i in 1..<1000 {
            let p = Double(i) / 1000
            let x = NormalQuantile.of(p)
            worst = max(worst, abs(NormalProbability.cumulative(x) - p) / p / (1 + x * x))
        }
        // A relative error δ in x moves Φ(x) by about x²·δ relatively, so the round trip is
        // judged relative to 1 + x²: a few units in the last place of x at worst.
        #expect(worst < 1e-15)
        #expect(NormalQuantile.of(0.5) == 0)
        #expect(abs(NormalQuantile.of(0.975) - 1.959_963_984_540_054) < 1e-15)
    }

    @Test func logGammaMatchesTheCLibrary() {
        // Single-threaded, so the C library's lgamma (and its global signgam) is safe here.
        for x in [0.1, 0.5, 1, 1.5, 2, 3.7, 10, 25.25, 171.5, 1e4] {
            #expect(abs(LogGamma.of(x) - lgamma(x)) <= 1e-13 * max(1, abs(lgamma(x))), "ln Γ(\(x))")
        }
        for k in 0..<400 {
            #expect(abs(LogGamma.logFactorial(k) - lgamma(Double(k) + 1)) <= 2e-15 * max(1, lgamma(Double(k) + 1)), "ln \(k)!")
        }
    }

    @Test func incompleteBetaAndItsInverseAgree() {
        for (a, b) in [(1.0, 1.0), (1.857, 3.143), (2.0, 5.0), (5.0, 1.0), (1.0, 9.0), (30.0, 40.0)] {
            #expect(abs(IncompleteBeta.regularized(0.3, a, b) - (1 - IncompleteBeta.regularized(0.7, b, a))) < 1e-14)
            for p in [1e-9, 0.001, 0.05, 0.3, 0.5, 0.8, 0.95, 0.999, 1 - 1e-9] {
                let x = IncompleteBeta.inverse(p, a, b)
                #expect(abs(IncompleteBeta.regularized(x, a, b) - p) <= 1e-12 * max(p, 1e-3), "I⁻¹(\(p); \(a), \(b))")
            }
        }
        #expect(IncompleteBeta.regularized(0.25, 1, 1) == 0.25)
    }

    /// The literal tables (generated in 40-digit arithmetic) against the Marsaglia–Tsang
    /// recursion in double precision: equal to rounding, so no table entry was mangled.
    @Test func zigguratTablesFollowTheirRecursion() {
        let scale = 0x1p52
        var edge = NormalZiggurat.r
        var upper = edge
        let q = NormalZiggurat.v / exp(-0.5 * edge * edge)
        #expect(abs(NormalZiggurat.width[0] - q / scale) <= 1e-14 * q / scale)
        #expect(NormalZiggurat.bound[1] == 0 && NormalZiggurat.density[0] == 1)
        for i in stride(from: 254, through: 1, by: -1) {
            edge = (-2 * log(NormalZiggurat.v / edge + exp(-0.5 * edge * edge))).squareRoot()
            let bound = Double(NormalZiggurat.bound[i + 1])
            #expect(abs(bound - edge / upper * scale) <= 1e-9 * scale, "bound[\(i + 1)]")
            #expect(abs(NormalZiggurat.width[i] - edge / scale) <= 1e-9 * edge / scale, "width[\(i)]")
            #expect(abs(NormalZiggurat.density[i] - exp(-0.5 * edge * edge)) <= 1e-9, "density[\(i)]")
            upper = edge
        }
        // The top layer closes at zero: the last edge computed is the first layer's, near 0.22.
        #expect(abs(NormalZiggurat.v / edge + exp(-0.5 * edge * edge) - 1) < 1e-10)
    }

    /// A Kolmogorov–Smirnov check of 10⁶ ziggurat draws against Φ at 2,001 points, and the
    /// share in the tail beyond r, which exercises the rarely taken tail branch.
    @Test func zigguratDrawsAreStandardNormal() {
        let n = 1_000_000
        let key = DrawKey(seed: 11, stream: "ziggurat", year: 0)
        var draws = [Double](repeating: 0, count: n)
        var beyond = 0
        for trial in 0..<n {
            var cursor = key.cursor(trial: trial)
            draws[trial] = NormalZiggurat.sample(&cursor)
            if abs(draws[trial]) > NormalZiggurat.r { beyond += 1 }
        }
        let tail = 2 * NormalProbability.cumulative(-NormalZiggurat.r)
        #expect(abs(Double(beyond) / Double(n) - tail) < 4 * (tail / Double(n)).squareRoot())
        var counts = [Int](repeating: 0, count: 2001)
        for x in draws {
            let index = Int(((x + 5) * 200).rounded(.up))  // points −5, −4.995, …, 5
            if index <= 2000 { counts[max(0, index)] += 1 }
        }
        var below = 0
        var worst = 0.0
        for i in 0...2000 {
            below += counts[i]
            let x = -5 + Double(i) / 200
            worst = max(worst, abs(Double(below) / Double(n) - NormalProbability.cumulative(x)))
        }
        #expect(worst < 1.95 / Double(n).squareRoot(), "KS distance \(worst) at the 0.1% level")
    }
}
