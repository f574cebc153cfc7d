import Foundation

/// Gamma(shape, 1) draws for shape ≥ 1 by Marsaglia and Tsang's method ("A simple method for
/// generating gamma variables", ACM Transactions on Mathematical Software 26(3), 2000).
///
/// With d = shape − ⅓ and c = 1/√(9d), a standard normal x gives the candidate d·(1 + c·x)³,
/// accepted by a squeeze (no logarithm) about 98% of the time for these shapes, else by the
/// exact logarithmic test. Each try takes one ziggurat normal and one uniform.
struct GammaVariate: Sendable, Equatable {
    let d: Double
    let c: Double

    init(shape: Double) {
        precondition(shape >= 1, "GammaVariate covers shapes of at least 1, not \(shape)")
        d = shape - 1.0 / 3
        c = 1 / (9 * d).squareRoot()
    }

    @inline(__always)
    func sample(_ cursor: inout DrawCursor) -> Double {
        while true {
            let x = NormalZiggurat.sample(&cursor)
            var v = 1 + c * x
            if v <= 0 { continue }
            v = v * v * v
            let u = cursor.nextUniform()
            let x2 = x * x
            if u < 1 - 0.0331 * x2 * x2 { return d * v }
            if log(u) < 0.5 * x2 + d * (1 - v + log(v)) { return d * v }
        }
    }
}
