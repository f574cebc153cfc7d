/// Whether a risk is still live on its register.
package enum RiskStatus: String, Sendable, CaseIterable {
    case open
    case closed
}

/// The response chosen for a risk: the four Ts of UK public-sector practice.
package enum RiskResponse: String, Sendable, CaseIterable {
    case treat
    case tolerate
    case transfer
    case terminate
}

/// Where a quantified risk's losses fall in the finance model.
package enum LossScope: String, Sendable, CaseIterable {
    /// The academy whose register holds the risk.
    case academy
    /// The trust's central budget.
    case central
    /// A trust risk that can strike every academy independently, such as a cyber attack.
    case eachAcademy = "each-academy"
}

/// How far a mitigation (a control or an action) has got.
package enum MitigationStatus: String, Sendable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case inPlace = "in-place"
    case retired
}
