/// The columns a risk register may have.
///
/// The pairs are read by the file's score shape (see ``ScoreLayout``): `Likelihood` and
/// `Impact` are the inherent pair beside a residual pair, and the current score when they are
/// the file's only pair.
enum RiskColumn: String, ColumnField {
    case id, register, title, description, category, owner
    case inherentLikelihood, inherentImpact, residualLikelihood, residualImpact, targetLikelihood, targetImpact
    case trustRisk, status, lastReviewed, nextReview, response, committee
    case annualProbabilityPercent, impactMin, impactLikely, impactMax, scope
    case mitigations
    // Written by export only when a register needs them.
    case subcategory, rating, rag, scale
    // Read, never written: export writes these as mitigations, or as the current rating.
    case residualRating, controls, actions, actionOwner, actionDue, actionDone

    var key: String { rawValue }

    var heading: String {
        switch self {
        case .id: return "Risk ID"
        case .register: return "Register"
        case .title: return "Title"
        case .description: return "Description"
        case .category: return "Category"
        case .owner: return "Owner"
        case .inherentLikelihood: return "Inherent likelihood"
        case .inherentImpact: return "Inherent impact"
        case .residualLikelihood: return "Residual likelihood"
        case .residualImpact: return "Residual impact"
        case .targetLikelihood: return "Target likelihood"
        case .targetImpact: return "Target impact"
        case .trustRisk: return "Trust risk"
        case .status: return "Status"
        case .lastReviewed: return "Last reviewed"
        case .nextReview: return "Next review"
        case .response: return "Response"
        case .committee: return "Committee"
        case .annualProbabilityPercent: return "Annual probability %"
        case .impactMin: return "Impact min £"
        case .impactLikely: return "Impact likely £"
        case .impactMax: return "Impact max £"
        case .scope: return "Scope"
        case .mitigations: return "Mitigation IDs"
        case .subcategory: return "Sub-category"
        case .rating: return "Rating"
        case .rag: return "RAG"
        case .scale: return "Scale"
        case .residualRating: return "Residual rating"
        case .controls: return "Controls"
        case .actions: return "Further action"
        case .actionOwner: return "Action by"
        case .actionDue: return "Action due"
        case .actionDone: return "Done"
        }
    }

    var aliases: [String] { RiskColumn.aliasTable[self] ?? [] }

    static let names = ColumnNames<RiskColumn>()

    var isRequired: Bool { false }

    /// The pair this column is half of, and whether it is the likelihood.
    var pair: (stage: ScoreStage, isLikelihood: Bool)? {
        switch self {
        case .inherentLikelihood: return (.inherent, true)
        case .inherentImpact: return (.inherent, false)
        case .residualLikelihood: return (.residual, true)
        case .residualImpact: return (.residual, false)
        case .targetLikelihood: return (.target, true)
        case .targetImpact: return (.target, false)
        default: return nil
        }
    }

    /// Columns whose blank cells under a filled one are a merged cell, filled down.
    var isGrouping: Bool { self == .category || self == .subcategory }
}

/// The stages a likelihood × impact pair can score.
enum ScoreStage: String, Sendable, CaseIterable {
    case inherent, residual, target
}
