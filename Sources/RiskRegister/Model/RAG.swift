/// The red–amber–green rating a board reads a score by.
package enum RAG: String, Sendable, CaseIterable, Comparable {
    case green
    case amber
    case red

    /// The single letter heat maps print beside a count, so the band reads without colour.
    package var letter: String {
        switch self {
        case .green: return "G"
        case .amber: return "A"
        case .red: return "R"
        }
    }

    package var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    package static func < (lhs: RAG, rhs: RAG) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .green: return 0
        case .amber: return 1
        case .red: return 2
        }
    }
}

/// Where green ends and red begins on the 1–25 score scale; amber lies between.
///
/// The default is the common MAT banding: green up to 6, amber 8 to 12, red from 15.
/// (On a 5×5 grid no score falls strictly between 6 and 8 or between 12 and 15.)
package struct RAGBands: Sendable, Hashable {
    /// The highest green score.
    package var greenMaximum: Int
    /// The lowest red score.
    package var redMinimum: Int

    package init(greenMaximum: Int = 6, redMinimum: Int = 15) {
        self.greenMaximum = greenMaximum
        self.redMinimum = redMinimum
    }

    package func band(for score: Int) -> RAG {
        if score >= redMinimum { return .red }
        if score <= greenMaximum { return .green }
        return .amber
    }

    package func band(for score: RiskScore) -> RAG { band(for: score.value) }
}
