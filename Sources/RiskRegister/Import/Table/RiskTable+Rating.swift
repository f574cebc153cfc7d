extension RiskTable {
    /// A rating cell: beside a pair, the combined score it states (checked by `register check`);
    /// alone, the risk's rating: a pair written out ("4x3 = 12"), a score on 1–25, or a band word.
    func rating(
        _ column: RiskColumn, _ risk: inout Risk, _ reader: inout RowReader<RiskColumn>,
        axes: (likelihood: AxisReading, impact: AxisReading), subject: String?
    ) {
        let text = reader.text(column)
        guard !text.isEmpty else { return }
        let scale = ScoreScale(likelihoodPoints: axes.likelihood.points, impactPoints: axes.impact.points)
        switch RatingCell.read(text) {
        case .score(let value):
            let highest = risk.residual?.nativeScale.highestScore ?? scale.highestScore
            guard (1...highest).contains(value) else {
                reader.report(
                    .invalidValue, column,
                    "\(reader.columnName(column)) is \(value), outside the 1 to \(highest) of a combined score (likelihood × impact).",
                    subject: subject)
                return
            }
            if risk.residual == nil, !scale.isFivePoint {
                reader.report(
                    .invalidValue, column,
                    "\(reader.columnName(column)) is \(value), a combined score with no likelihood and impact, on a register scored \(scale.likelihoodPoints)×\(scale.impactPoints); write it as a pair (such as 2x3 = 6) so it can be set beside 1–5 registers.",
                    subject: subject)
                return
            }
            risk.statedScore = value
        case .pair(let l, let i, let stated):
            if risk.residual != nil {
                if case .point(let a) = l, case .point(let b) = i { risk.statedScore = stated ?? a * b } else { risk.statedScore = stated }
                return
            }
            let lp = side(l, on: axes.likelihood, column, &reader, subject: subject)
            let ip = side(i, on: axes.impact, column, &reader, subject: subject)
            guard let lp, let ip else { return }
            risk.residual = RiskScore(nativeLikelihood: lp, nativeImpact: ip, scale: scale)
            risk.statedScore = stated
        case .band(let band):
            risk.statedRAG = band
        case .unreadable:
            reader.report(
                .invalidValue, column,
                "\(reader.columnName(column)) is '\(text)'; write a combined score such as 12, a pair such as 4x3 = 12, or a band such as High or Red.",
                subject: subject)
        }
    }

    private func side(
        _ side: RatingCell.Side, on axis: AxisReading, _ column: RiskColumn, _ reader: inout RowReader<RiskColumn>, subject: String?
    ) -> Int? {
        switch side {
        case .point(let point): return reader.point(String(point), on: axis, field: column, subject: subject)
        case .word(let word): return reader.point(word, on: axis, field: column, subject: subject)
        }
    }
}
