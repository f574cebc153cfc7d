import CSV

extension RegisterSet {
    /// The risks as one register CSV, every column matrisk reads, headed as it names them.
    /// Reading the file back (with ``mitigationsCSV``) gives the same risks.
    package var risksCSV: String {
        let columns = RiskColumn.allCases.filter { $0 != .mitigations }
        var rows: [[CSVField]] = [columns.map { .text($0.heading) }]
        for risk in risks {
            rows.append(columns.map { risk.field($0) })
        }
        return CSVWriter().write(rows)
    }

    /// The mitigations as one CSV, risk ids in a cell separated by "; ".
    package var mitigationsCSV: String {
        let columns = MitigationColumn.allCases
        var rows: [[CSVField]] = [columns.map { .text($0.heading) }]
        for mitigation in mitigations {
            rows.append(columns.map { mitigation.field($0) })
        }
        return CSVWriter().write(rows)
    }
}

extension Risk {
    fileprivate func field(_ column: RiskColumn) -> CSVField {
        switch column {
        case .id: return .text(id)
        case .register: return .text(register)
        case .title: return .text(title)
        case .description: return .text(description)
        case .category: return .text(category)
        case .owner: return .text(owner)
        case .inherentLikelihood: return .number(inherent.map { Double($0.likelihood) })
        case .inherentImpact: return .number(inherent.map { Double($0.impact) })
        case .residualLikelihood: return .number(residual.map { Double($0.likelihood) })
        case .residualImpact: return .number(residual.map { Double($0.impact) })
        case .targetLikelihood: return .number(target.map { Double($0.likelihood) })
        case .targetImpact: return .number(target.map { Double($0.impact) })
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
        case .mitigations: return .empty
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
