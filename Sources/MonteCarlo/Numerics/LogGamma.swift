import Foundation

/// ln Γ(x) and ln k!, written here rather than taken from the C library: glibc's `lgamma`
/// writes the global `signgam`, a data race when trials run on several threads.
package enum LogGamma {
    /// ln Γ(x) for x > 0, by Lanczos's approximation with g = 7 and nine coefficients
    /// (Lanczos, SIAM J. Numer. Anal. B 1, 1964; coefficients as tabulated by Godfrey),
    /// relative error about 10⁻¹⁵; below ½ by the reflection formula.
    package static func of(_ x: Double) -> Double {
        precondition(x > 0, "ln Γ(x) is defined here for x > 0, not \(x)")
        if x < 0.5 {
            // Γ(x)Γ(1 − x) = π / sin(πx).
            return log(Double.pi / sin(Double.pi * x)) - of(1 - x)
        }
        let z = x - 1
        var sum = coefficients[0]
        for i in 1..<coefficients.count {
            sum += coefficients[i] / (z + Double(i))
        }
        let t = z + 7.5
        return 0.918_938_533_204_672_741_78 + (z + 0.5) * log(t) - t + log(sum)
    }

    /// ln k! for k ≥ 0: a table up to 255! (``logFactorials``), then Stirling's series to the
    /// k⁻⁷ term, whose error is far below 10⁻¹⁶ relative from k = 256.
    @inlinable
    package static func logFactorial(_ k: Int) -> Double {
        if k < 256 { return logFactorials[k] }
        let x = Double(k) + 1
        let inverse = 1 / x
        let inverse2 = inverse * inverse
        // ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷)
        let series = inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 / 1680)))
        return (x - 0.5) * log(x) - x + 0.918_938_533_204_672_741_78 + series
    }

    private static let coefficients: [Double] = [
        0.999_999_999_999_809_93, 676.520_368_121_885_1, -1_259.139_216_722_402_8,
        771.323_428_777_653_13, -176.615_029_162_140_59, 12.507_343_278_686_905,
        -0.138_571_095_265_720_12, 9.984_369_578_019_571_6e-6, 1.505_632_735_149_311_6e-7,
    ]
}
