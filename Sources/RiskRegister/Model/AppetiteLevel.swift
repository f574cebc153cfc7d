/// How much risk the board will accept in a category, on the HM Treasury Orange Book's
/// five-point scale, from avoiding risk altogether to seeking it for reward.
package enum AppetiteLevel: String, Sendable, CaseIterable, Comparable {
    case averse
    case minimal
    case cautious
    case open
    case eager

    package static func < (lhs: AppetiteLevel, rhs: AppetiteLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The highest residual score each level accepts unless a policy says otherwise.
    package var defaultHighestScore: Int {
        switch self {
        case .averse: return 4
        case .minimal: return 6
        case .cautious: return 10
        case .open: return 12
        case .eager: return 16
        }
    }
}
