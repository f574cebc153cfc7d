/// Reading likelihood and impact cells on a register's own scale.
extension RowReader where Field == RiskColumn {
    /// A point on the axis `field` belongs to: a whole number within the scale's points, or one
    /// of the scale's words. Nil, with a finding, when the cell is neither.
    mutating func point(_ field: RiskColumn, on axis: AxisReading, subject: String?) -> Int? {
        let value = text(field)
        guard !value.isEmpty else { return nil }
        return point(value, on: axis, field: field, subject: subject)
    }

    /// `value` (from `field`'s cell, or a rating cell's half) as a point on `axis`.
    mutating func point(_ value: String, on axis: AxisReading, field: RiskColumn, subject: String?) -> Int? {
        let points = axis.points
        if let number = CellValue.number(value), number == number.rounded() {
            // Compared as a number first: a cell such as 1e300 is whole but no Int can hold it.
            guard number >= 1, number <= Double(points) else {
                report(
                    .invalidValue, field,
                    "\(columnName(field)) is \(CellValue.shown(number)), outside the 1 to \(points) scale; likelihood and impact are scored 1 (lowest) to \(points) (highest).",
                    subject: subject)
                return nil
            }
            return Int(number)
        }
        if let words = axis.words {
            if let point = words.point(of: value) { return point }
            report(
                .invalidValue, field,
                "\(columnName(field)) is '\(value)', which is not on this column's scale (\(words.listed)); use those words or 1 to \(points), or name the register's scale in the policy (\"scales\").",
                subject: subject)
            return nil
        }
        report(
            .invalidValue, field, "\(columnName(field)) is '\(value)'; likelihood and impact are whole numbers from 1 to \(points).",
            subject: subject)
        return nil
    }

    /// A stage's likelihood and impact read together: both or neither must be given.
    mutating func pair(
        _ columns: (likelihood: RiskColumn, impact: RiskColumn), stage: String, scale: (likelihood: AxisReading, impact: AxisReading),
        subject: String?
    ) -> RiskScore? {
        let l = point(columns.likelihood, on: scale.likelihood, subject: subject)
        let i = point(columns.impact, on: scale.impact, subject: subject)
        if let l, let i {
            return RiskScore(
                nativeLikelihood: l, nativeImpact: i,
                scale: ScoreScale(likelihoodPoints: scale.likelihood.points, impactPoints: scale.impact.points))
        }
        let lEmpty = text(columns.likelihood).isEmpty
        let iEmpty = text(columns.impact).isEmpty
        if lEmpty && !iEmpty {
            report(
                .missingValue, columns.likelihood,
                "\(columnName(columns.likelihood)) is empty but the \(stage) impact is given; score both.",
                subject: subject)
        } else if iEmpty && !lEmpty {
            report(
                .missingValue, columns.impact, "\(columnName(columns.impact)) is empty but the \(stage) likelihood is given; score both.",
                subject: subject)
        }
        return nil
    }
}
