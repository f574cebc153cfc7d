/// A risk in money: how likely it is to strike in a year and what it would cost if it did.
///
/// The finance model draws whether the risk strikes (annual probability) and, if so, its cost
/// from a PERT distribution over minimum, most likely and maximum.
package struct Quantification: Sendable, Hashable {
    /// Chance the risk strikes in a given year, in percent (0–100).
    package var annualProbabilityPercent: Double
    /// The least it would cost, in pounds.
    package var impactMin: Double
    /// The most likely cost, in pounds.
    package var impactLikely: Double
    /// The worst credible cost, in pounds.
    package var impactMax: Double
    /// Whose budget bears the loss; nil leaves it to the register (academy or central).
    package var scope: LossScope?

    package init(annualProbabilityPercent: Double, impactMin: Double, impactLikely: Double, impactMax: Double, scope: LossScope? = nil) {
        self.annualProbabilityPercent = annualProbabilityPercent
        self.impactMin = impactMin
        self.impactLikely = impactLikely
        self.impactMax = impactMax
        self.scope = scope
    }
}
