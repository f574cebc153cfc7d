/// A 5×5 grid counting risks by likelihood and impact at one stage, for one register or all.
package struct HeatMap: Sendable, Hashable {
    /// Which score a heat map counts.
    package enum Stage: String, Sendable, CaseIterable {
        case inherent
        case residual
    }

    /// `nil` for every register together (trust-wide), else `trust` or an academy id.
    package var register: String?
    package var stage: Stage
    /// `counts[likelihood - 1][impact - 1]`.
    package var counts: [[Int]]
    package var bands: RAGBands
    /// Open risks with no likelihood × impact at this stage, so in no cell: rated by a combined
    /// score or a RAG word alone, unscored, or (inherent) not recorded. Listed beside the map.
    package var unplaced: [Risk]

    package init(register: String?, stage: Stage, risks: [Risk], bands: RAGBands) {
        self.register = register
        self.stage = stage
        self.bands = bands
        var counts = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        var unplaced: [Risk] = []
        for risk in risks where risk.isOpen {
            guard let score = stage == .inherent ? risk.inherent : risk.residual else {
                unplaced.append(risk)
                continue
            }
            counts[score.likelihood - 1][score.impact - 1] += 1
        }
        self.counts = counts
        self.unplaced = unplaced
    }

    /// Risks in the cell at this likelihood and impact (each 1–5).
    package func count(likelihood: Int, impact: Int) -> Int { counts[likelihood - 1][impact - 1] }

    /// The band of the cell at this likelihood and impact.
    package func band(likelihood: Int, impact: Int) -> RAG { bands.band(for: likelihood * impact) }

    /// Every risk counted.
    package var total: Int { counts.joined().reduce(0, +) }

    /// Risks in each band.
    package func total(in band: RAG) -> Int {
        var sum = 0
        for l in 1...5 { for i in 1...5 where self.band(likelihood: l, impact: i) == band { sum += count(likelihood: l, impact: i) } }
        return sum
    }
}
