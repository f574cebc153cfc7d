/// A likelihood and an impact, as a register scores a risk at one stage: inherent, residual or target.
///
/// The register's own points are kept (`High` on a 3-point scale is 3 of 3); `likelihood`,
/// `impact` and `value` are on the 1–5 scale registers are compared on (see ``ScoreScale``),
/// so heat maps, bands and appetite treat every register alike.
package struct RiskScore: Sendable, Hashable {
    /// The scale registers are compared on, both axes.
    package static let scale = 1...5

    /// The likelihood as the register wrote it, 1 to its scale's points.
    package var nativeLikelihood: Int
    /// The impact as the register wrote it, 1 to its scale's points.
    package var nativeImpact: Int
    package var nativeScale: ScoreScale

    /// A score on the 1–5 scale.
    package init(likelihood: Int, impact: Int) {
        self.init(nativeLikelihood: likelihood, nativeImpact: impact, scale: .fivePoint)
    }

    /// A score on a register's own scale.
    package init(nativeLikelihood: Int, nativeImpact: Int, scale: ScoreScale) {
        self.nativeLikelihood = nativeLikelihood
        self.nativeImpact = nativeImpact
        self.nativeScale = scale
    }

    /// The likelihood on the 1–5 scale.
    package var likelihood: Int { ScoreScale.comparable(nativeLikelihood, of: nativeScale.likelihoodPoints) }
    /// The impact on the 1–5 scale.
    package var impact: Int { ScoreScale.comparable(nativeImpact, of: nativeScale.impactPoints) }

    /// Likelihood × impact on the 1–5 scales, 1 to 25.
    package var value: Int { likelihood * impact }

    /// Likelihood × impact as the register wrote them (what its own "combined score" column holds).
    package var nativeValue: Int { nativeLikelihood * nativeImpact }
}

extension RiskScore: CustomStringConvertible {
    /// `4×3=12`, as registers write it; on another scale, its own points first and then where
    /// they sit on 1–5: `3×2 on a 3×3 scale (5×3=15)`.
    package var description: String {
        let compared = "\(likelihood)×\(impact)=\(value)"
        guard !nativeScale.isFivePoint else { return compared }
        return "\(nativeLikelihood)×\(nativeImpact) on a \(nativeScale.likelihoodPoints)×\(nativeScale.impactPoints) scale (\(compared))"
    }
}
