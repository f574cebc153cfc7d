/// A likelihood and an impact, each scored 1 (rare, negligible) to 5 (almost certain, severe),
/// as a 5×5 register scores a risk at one stage: inherent, residual or target.
package struct RiskScore: Sendable, Hashable {
    /// The scale both axes use.
    package static let scale = 1...5

    package var likelihood: Int
    package var impact: Int

    package init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }

    /// Likelihood × impact, 1 to 25.
    package var value: Int { likelihood * impact }
}

extension RiskScore: CustomStringConvertible {
    /// `4×3=12`, as registers write it.
    package var description: String { "\(likelihood)×\(impact)=\(value)" }
}
