/// How much risk the board will accept in a category, on the HM Treasury Orange Book's
/// five-point scale, from avoiding risk altogether to seeking it for reward.
package enum AppetiteLevel: String, Sendable, CaseIterable, Comparable {
    case averse
    case minimal
    case cautious
    case open
    case eager

    /// In the order declared, from averse to eager: of two levels, the one listed first.
    package static func < (lhs: AppetiteLevel, rhs: AppetiteLevel) -> Bool {
        lhs != rhs && allCases.first { $0 == lhs || $0 == rhs } == lhs
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
