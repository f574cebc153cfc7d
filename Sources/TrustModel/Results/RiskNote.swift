/// Something the reader should know about how a scenario's registers were used in the
/// simulation (Reports words it).
package enum RiskNote: Sendable, Equatable {
    /// `risks` open academy risks with money on `register`, which no academy in the scenario carries.
    case registerNotCarried(register: String, risks: Int)
    /// `riskEvents.exclude` names a risk that is on no register.
    case excludedRiskUnknown(id: String)
}

/// Where a simulated risk's money comes from.
package enum RiskBasis: Sendable, Equatable {
    /// Its own annual probability and £ impact range.
    case quantified
    /// Its residual scores, through the scenario's table of money by score.
    case valuedFromScores
}
