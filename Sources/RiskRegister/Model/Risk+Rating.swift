/// A risk's current rating whatever shape its register gives it: a likelihood × impact pair,
/// a combined score alone, a RAG word alone, or nothing.
extension Risk {
    /// The current score on the 1–25 scale: the residual pair's, else a combined score written
    /// alone (read on 1–25); nil for a risk rated by a RAG word only, or not at all.
    package var currentValue: Int? {
        residual?.value ?? statedScore
    }

    /// The current band: from the score where there is one, else the RAG word.
    package func currentBand(_ bands: RAGBands) -> RAG? {
        currentValue.map(bands.band(for:)) ?? statedRAG
    }

    /// The lowest score the current rating allows: the score itself, or for a RAG word alone the
    /// band's floor (red is at least its `redMinimum`). What a comparison may safely claim.
    package func currentFloor(_ bands: RAGBands) -> Int? {
        if let value = currentValue { return value }
        switch statedRAG {
        case .red: return bands.redMinimum
        case .amber: return bands.greenMaximum + 1
        case .green: return 1
        case nil: return nil
        }
    }

    /// The highest score the current rating allows: the score itself, or for a RAG word alone the
    /// band's ceiling (amber is at most one below `redMinimum`).
    package func currentCeiling(_ bands: RAGBands) -> Int? {
        if let value = currentValue { return value }
        switch statedRAG {
        case .red: return RiskScore.scale.upperBound * RiskScore.scale.upperBound
        case .amber: return bands.redMinimum - 1
        case .green: return bands.greenMaximum
        case nil: return nil
        }
    }

    /// True when the risk has a rating of any shape.
    package var isRated: Bool { residual != nil || statedScore != nil || statedRAG != nil }

    /// The current rating as a finding or table shows it: `4×3=12`, `12 (a combined score)`,
    /// `red (a RAG word)`; nil when unrated.
    package var currentText: String? {
        if let residual { return residual.description }
        if let statedScore { return "\(statedScore) (a combined score)" }
        return statedRAG.map { "\($0.rawValue) (a RAG word)" }
    }
}
