import Foundation

/// The standard normal density φ and distribution function Φ.
///
/// Φ comes from the C library's complementary error function, Φ(x) = ½·erfc(−x/√2), which
/// keeps full relative precision in the lower tail; the upper tail is Φ(−x), never 1 − Φ(x).
package enum NormalProbability {
    /// 1/√(2π).
    package static let inverseRootTwoPi = 0.398_942_280_401_432_677_94

    /// φ(x) = e^(−x²/2)/√(2π).
    package static func density(_ x: Double) -> Double {
        inverseRootTwoPi * exp(-0.5 * x * x)
    }

    /// Φ(x) = P(Z ≤ x).
    package static func cumulative(_ x: Double) -> Double {
        0.5 * erfc(-x * 0.707_106_781_186_547_524_40)
    }
}
