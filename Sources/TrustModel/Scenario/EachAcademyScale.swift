/// How an `each-academy` trust risk's impact is sized to the academy it strikes: the register
/// states the impact for an academy of `reference` pupils (or £ of income), and an academy of
/// twice that size loses twice as much. An 88-pupil infant school and a 1,184-pupil secondary
/// are then not charged the same for a risk such as SEND costs or staff absence.
package struct EachAcademyScale: Sendable, Equatable {
    /// What an academy's size is measured by.
    package enum Measure: String, Sendable, Equatable, CaseIterable {
        /// Its pupils in year 0 (a joining school's: the mean of its template's pupils).
        case pupils
        /// Its income in year 0: pupils × GAG per pupil + lump sum + other income (a joining
        /// school's from the means of its template's figures).
        case income
    }

    package var by: Measure
    /// The size at which the register's impact applies as written (pupils, or £ a year).
    package var reference: Double

    package init(by: Measure, reference: Double) {
        self.by = by
        self.reference = reference
    }
}
