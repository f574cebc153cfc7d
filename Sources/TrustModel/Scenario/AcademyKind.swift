import MonteCarlo

/// The phase of education an academy serves.
package enum Phase: String, Sendable, Equatable, CaseIterable {
    case primary
    case secondary
    case allThrough = "all-through"
    case special
    case alternativeProvision = "alternative-provision"
}

/// How an academy came into the trust, which decides what it brings with it.
package enum AcademyType: String, Sendable, Equatable, CaseIterable {
    /// Converted by its own governors: brings its balance, which may be negative.
    case converter
    /// Brought in by a sponsor after intervention: its cumulative deficit stays with the local
    /// authority, so it opens at £0, but it may carry a structural in-year deficit.
    case sponsored
    /// A new school: opens with one or two year groups and fills a year group a year.
    case freeSchool = "free-school"
}

/// A sponsored school's in-year deficit that the trust must work off: it strikes with
/// `probability`, costs `amount` in its first year and shrinks evenly to nothing over
/// `recoveryYears` (1, (n−1)/n, … 1/n of it, then nothing).
package struct StructuralDeficit: Sendable, Equatable {
    package var probability: Double
    /// The first year's deficit, at year-0 prices.
    package var amount: Distribution
    package var recoveryYears: Int

    package init(probability: Double, amount: Distribution, recoveryYears: Int) {
        self.probability = probability
        self.amount = amount
        self.recoveryYears = recoveryYears
    }
}
