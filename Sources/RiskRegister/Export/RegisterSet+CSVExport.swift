import CSV

extension RegisterSet {
    /// The risks as one register CSV, every column matrisk reads, headed as it names them.
    /// Reading the file back (with ``mitigationsCSV``) gives the same risks.
    package var risksCSV: String {
        CSVWriter().write(riskRows)
    }

    /// The risks' rows as the register CSV and the workbook's Risks sheet hold them, header first.
    var riskRows: [[CSVField]] {
        let columns = riskExportColumns
        var rows: [[CSVField]] = [columns.map { .text($0.heading) }]
        for risk in risks {
            rows.append(columns.map { risk.field($0) })
        }
        return rows
    }

    /// Every column a 5×5 register with two pairs has, then those some registers need: a
    /// sub-category, a combined score or RAG word as written, and the scale of a register not
    /// scored 1–5 (or named in the policy).
    var riskExportColumns: [RiskColumn] {
        var columns = RiskColumn.allCases.prefix { $0 != .mitigations }
        if risks.contains(where: { !$0.subcategory.isEmpty }) { columns.append(.subcategory) }
        if risks.contains(where: { $0.statedScore != nil }) { columns.append(.rating) }
        if risks.contains(where: { $0.statedRAG != nil }) { columns.append(.rag) }
        if !policy.scales.isEmpty || risks.contains(where: { !$0.scale.isFivePoint }) { columns.append(.scale) }
        return Array(columns)
    }

    /// The mitigations as one CSV, risk ids in a cell separated by "; ".
    package var mitigationsCSV: String {
        CSVWriter().write(mitigationRows)
    }

    /// The mitigations' rows as the CSV and the workbook's Mitigations sheet hold them, header first.
    var mitigationRows: [[CSVField]] {
        let columns = MitigationColumn.allCases
        var rows: [[CSVField]] = [columns.map { .text($0.heading) }]
        for mitigation in mitigations {
            rows.append(columns.map { mitigation.field($0) })
        }
        return rows
    }
}

extension Risk {
    /// The scale its scores are on: its pairs' (one scale for all), else 1–5.
    var scale: ScoreScale {
        (residual ?? inherent ?? target)?.nativeScale ?? .fivePoint
    }

    fileprivate func field(_ column: RiskColumn) -> CSVField {
        switch column {
        case .id: return .text(id)
        case .register: return .text(register)
        case .title: return .text(title)
        case .description: return .text(description)
        case .category: return .text(category)
        case .subcategory: return .text(subcategory)
        case .owner: return .text(owner)
        case .inherentLikelihood: return .number(inherent.map { Double($0.nativeLikelihood) })
        case .inherentImpact: return .number(inherent.map { Double($0.nativeImpact) })
        case .residualLikelihood: return .number(residual.map { Double($0.nativeLikelihood) })
        case .residualImpact: return .number(residual.map { Double($0.nativeImpact) })
        case .targetLikelihood: return .number(target.map { Double($0.nativeLikelihood) })
        case .targetImpact: return .number(target.map { Double($0.nativeImpact) })
        case .trustRisk: return .text(trustRisk)
        case .status: return .text(status.rawValue)
        case .lastReviewed: return .text(lastReviewed?.description)
        case .nextReview: return .text(nextReview?.description)
        case .response: return .text(response?.rawValue)
        case .committee: return .text(committee)
        case .annualProbabilityPercent: return .number(quantification?.annualProbabilityPercent)
        case .impactMin: return .number(quantification?.impactMin)
        case .impactLikely: return .number(quantification?.impactLikely)
        case .impactMax: return .number(quantification?.impactMax)
        case .scope: return .text(quantification?.scope?.rawValue)
        case .rating: return .number(statedScore.map(Double.init))
        case .rag: return .text(statedRAG?.rawValue)
        case .scale: return .text(scale.description)
        case .mitigations, .residualRating, .controls, .actions, .actionOwner, .actionDue, .actionDone: return .empty
        }
    }
}

extension Mitigation {
    fileprivate func field(_ column: MitigationColumn) -> CSVField {
        switch column {
        case .id: return .text(id)
        case .risks: return .text(risks.joined(separator: "; "))
        case .title: return .text(title)
        case .owner: return .text(owner)
        case .status: return .text(status.rawValue)
        case .due: return .text(due?.description)
        case .probabilityReductionPercent: return .number(probabilityReductionPercent)
        case .impactReductionPercent: return .number(impactReductionPercent)
        case .oneOffCost: return .number(oneOffCost)
        case .annualCost: return .number(annualCost)
        }
    }
}
