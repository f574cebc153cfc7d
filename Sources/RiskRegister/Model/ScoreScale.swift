/// How many points a register's likelihood and impact scales have: 5×5 in most trust
/// registers, 3×3 (low, medium, high) or 4×4 in many school ones.
///
/// A register keeps its own scale; registers are compared on one 1–5 scale, each point
/// placed by ``comparable(_:of:)``, so a 3×3 academy register rolls up beside a 5×5 trust
/// register without claiming a precision it does not have.
package struct ScoreScale: Sendable, Hashable, CustomStringConvertible {
    /// The scales a register may use, in points per axis.
    package static let supportedPoints = 3...5
    /// The scale matrisk's own files and most trust registers use.
    package static let fivePoint = ScoreScale(likelihoodPoints: 5, impactPoints: 5)

    package var likelihoodPoints: Int
    package var impactPoints: Int

    package init(likelihoodPoints: Int, impactPoints: Int) {
        self.likelihoodPoints = likelihoodPoints
        self.impactPoints = impactPoints
    }

    /// True for the 1–5 scale on both axes, where a point is its own comparable value.
    package var isFivePoint: Bool { self == .fivePoint }

    /// The highest combined score on this scale: 25 on 5×5, 9 on 3×3.
    package var highestScore: Int { likelihoodPoints * impactPoints }

    /// Point `point` of a scale of `points`, on the 1–5 scale registers are compared on: the ends
    /// stay the ends and the points between are spread evenly and rounded, so 3-point 1, 2, 3 are
    /// 1, 3, 5 and 4-point 1, 2, 3, 4 are 1, 2, 4, 5.
    package static func comparable(_ point: Int, of points: Int) -> Int {
        guard points > 1, points != 5 else { return point }
        let scaled = Double((point - 1) * 4) / Double(points - 1)
        return 1 + Int(scaled.rounded(.toNearestOrAwayFromZero))
    }

    /// `3x3`, `4x5`: likelihood points by impact points, as the `Scale` column and the policy write it.
    package var description: String { "\(likelihoodPoints)x\(impactPoints)" }

    /// Reads `3x3`, `3×3`, `3 x 4`, `3`, `3-point` or `5x5`; nil for anything else or a scale outside 3–5 points.
    package init?(text: String) {
        let words = String(text.lowercased().filter { $0 != " " }).replacing("×", with: "x").replacing("-point", with: "")
            .replacing("point", with: "")
        let parts = words.split(separator: "x", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let l = Int(parts[0]), let i = Int(parts.last ?? ""),
            ScoreScale.supportedPoints.contains(l), ScoreScale.supportedPoints.contains(i)
        else { return nil }
        self.init(likelihoodPoints: l, impactPoints: i)
    }
}
