import Foundation

/// Draws from a Beta(α, β) distribution with α, β ≥ 1, the shapes a PERT distribution has.
///
/// - α = β = 1 is the uniform distribution: u.
/// - β = 1 has F(x) = x^α, so x = u^(1/α); α = 1 has x = 1 − (1 − u)^(1/β): inversion.
/// - Otherwise X/(X + Y) with X ~ Gamma(α) and Y ~ Gamma(β) independent, each drawn by
///   ``GammaVariate`` (the textbook construction, e.g. Devroye, "Non-Uniform Random Variate
///   Generation", 1986, §IX.4; numpy's `Generator.beta` uses it for these shapes too).
struct BetaSampler: Sendable, Equatable {
    enum Method: Sendable, Equatable {
        case uniform
        /// β = 1: u^(1/α).
        case power(inverseAlpha: Double)
        /// α = 1: 1 − (1 − u)^(1/β).
        case reflectedPower(inverseBeta: Double)
        case gammaRatio(GammaVariate, GammaVariate)
    }

    let method: Method

    init(alpha: Double, beta: Double) {
        precondition(alpha >= 1 && beta >= 1, "BetaSampler covers α, β ≥ 1, not α = \(alpha), β = \(beta)")
        switch (alpha == 1, beta == 1) {
        case (true, true): method = .uniform
        case (false, true): method = .power(inverseAlpha: 1 / alpha)
        case (true, false): method = .reflectedPower(inverseBeta: 1 / beta)
        case (false, false): method = .gammaRatio(GammaVariate(shape: alpha), GammaVariate(shape: beta))
        }
    }

    @inline(__always)
    func sample(_ cursor: inout DrawCursor) -> Double {
        switch method {
        case .uniform: return cursor.nextUniform()
        case .power(let inverseAlpha): return pow(cursor.nextUniform(), inverseAlpha)
        case .reflectedPower(let inverseBeta): return 1 - pow(cursor.nextUniform(), inverseBeta)
        case .gammaRatio(let x, let y):
            let a = x.sample(&cursor)
            let b = y.sample(&cursor)
            return a / (a + b)
        }
    }
}
