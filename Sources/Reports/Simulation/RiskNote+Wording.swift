import TrustModel

extension RiskNote {
    /// The note as a sentence under the results.
    var sentence: String {
        switch self {
        case .registerNotCarried(let register, let count):
            return
                "\(count) risk\(count == 1 ? "" : "s") on the '\(register)' register left out: no academy in the scenario carries that register."
        case .excludedRiskUnknown(let id):
            return "riskEvents.exclude names '\(id)', which is not on any register."
        }
    }
}

extension RiskBasis {
    /// The words of the tables' Basis column.
    var words: String {
        switch self {
        case .quantified: return "quantified"
        case .valuedFromScores: return "valued from its scores"
        }
    }
}
