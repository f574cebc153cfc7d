/// A value a register or mitigations file may hold in one of its columns, with the names
/// trusts give that column.
protocol ColumnField: CaseIterable, Hashable, Sendable {
    /// The field's name in matrisk's own files and in findings' `Origin` (`residualLikelihood`).
    var key: String { get }
    /// The heading matrisk writes when it exports the field.
    var heading: String { get }
    /// Other headings that mean the same, compared by ``HeaderName/normalised(_:)``.
    var aliases: [String] { get }
    /// Whether a file of this kind must have the column.
    var isRequired: Bool { get }
}

/// How headers are compared: case, spaces and punctuation ignored, so "Risk ID", "risk_id"
/// and "RISK-ID" are one heading, and "Impact min (£)" is "impactmin".
enum HeaderName {
    static func normalised(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.isASCII }
                .map(Character.init))
    }
}

/// The columns a risk register may have.
enum RiskColumn: String, ColumnField {
    case id, register, title, description, category, owner
    case inherentLikelihood, inherentImpact, residualLikelihood, residualImpact, targetLikelihood, targetImpact
    case trustRisk, status, lastReviewed, nextReview, response, committee
    case annualProbabilityPercent, impactMin, impactLikely, impactMax, scope
    case mitigations

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
        }
    }

    var aliases: [String] {
        switch self {
        case .id: return ["id", "riskid", "ref", "riskref", "reference", "riskreference", "riskno", "risknumber", "no", "number"]
        case .register: return ["register", "academy", "school", "registername", "academyid"]
        case .title: return ["title", "risk", "risktitle", "riskname", "name", "specificrisk", "shortdescription", "summary"]
        case .description: return ["description", "riskdescription", "details", "causeandeffect", "causeeventeffect"]
        case .category: return ["category", "area", "riskcategory", "riskarea", "risktype", "type", "theme"]
        case .owner: return ["owner", "riskowner", "lead", "responsible", "responsibleperson", "accountable"]
        case .inherentLikelihood:
            return [
                "likelihood", "l", "inherentl", "inherentlikelihood", "grossl", "grosslikelihood", "initiallikelihood",
                "likelihoodinherent", "inherentlikelihood15", "likelihood15",
            ]
        case .inherentImpact:
            return [
                "impact", "i", "inherenti", "inherentimpact", "grossi", "grossimpact", "initialimpact", "impactinherent",
                "inherentimpact15", "impact15",
            ]
        case .residualLikelihood:
            return [
                "residuall", "residuallikelihood", "currentl", "currentlikelihood", "netl", "netlikelihood",
                "likelihoodresidual", "controlledlikelihood", "residuallikelihood15",
            ]
        case .residualImpact:
            return [
                "residuali", "residualimpact", "currenti", "currentimpact", "neti", "netimpact", "impactresidual",
                "controlledimpact", "residualimpact15",
            ]
        case .targetLikelihood: return ["targetl", "targetlikelihood"]
        case .targetImpact: return ["targeti", "targetimpact"]
        case .trustRisk:
            return [
                "trustrisk", "trustriskid", "trustriskref", "parentrisk", "parentriskid", "parent", "linkedtrustrisk",
                "rollsupto", "trustref", "boardrisk",
            ]
        case .status: return ["status", "riskstatus", "openclosed", "state"]
        case .lastReviewed: return ["lastreviewed", "lastreview", "lastreviewdate", "datereviewed", "reviewed", "dateoflastreview"]
        case .nextReview: return ["nextreview", "nextreviewdate", "reviewdue", "reviewdate", "nextreviewdue", "reviewby", "duereview"]
        case .response: return ["response", "treatment", "riskresponse", "4ts", "approach"]
        case .committee:
            return ["committee", "committeeresponsible", "oversight", "oversightcommittee", "monitoredby", "committeeoversight"]
        case .annualProbabilityPercent:
            return [
                "annualprobability", "annualprobabilitypercent", "probability", "probabilitypercent", "annuallikelihood",
                "probabilitypa", "chanceperyear",
            ]
        case .impactMin: return ["impactmin", "minimpact", "impactminimum", "impactlow", "lowimpact", "costmin", "lossmin"]
        case .impactLikely:
            return ["impactlikely", "impactmostlikely", "mostlikelyimpact", "likelyimpact", "impactmode", "costlikely", "losslikely"]
        case .impactMax: return ["impactmax", "maximpact", "impactmaximum", "impacthigh", "highimpact", "costmax", "lossmax"]
        case .scope: return ["scope", "impactscope", "lossscope", "strikes"]
        case .mitigations:
            return ["mitigationids", "mitigationid", "mitigationrefs", "mitigationref", "mitigations", "actionrefs", "controlrefs"]
        }
    }

    var isRequired: Bool {
        switch self {
        case .id, .inherentLikelihood, .inherentImpact, .residualLikelihood, .residualImpact: return true
        default: return false
        }
    }
}

/// The columns a mitigations (controls and actions) file may have.
enum MitigationColumn: String, ColumnField {
    case id, risks, title, owner, status, due
    case probabilityReductionPercent, impactReductionPercent, oneOffCost, annualCost

    var key: String { rawValue }

    var heading: String {
        switch self {
        case .id: return "Mitigation ID"
        case .risks: return "Risk IDs"
        case .title: return "Title"
        case .owner: return "Owner"
        case .status: return "Status"
        case .due: return "Due"
        case .probabilityReductionPercent: return "Probability reduction %"
        case .impactReductionPercent: return "Impact reduction %"
        case .oneOffCost: return "One-off cost £"
        case .annualCost: return "Annual cost £"
        }
    }

    var aliases: [String] {
        switch self {
        case .id: return ["mitigationid", "mitigationref", "actionid", "actionref", "controlid", "controlref", "id", "ref", "reference"]
        case .risks:
            return ["riskids", "riskid", "risks", "riskref", "riskrefs", "mitigates", "linkedrisks", "linkedrisk", "forrisks", "appliesto"]
        case .title: return ["title", "mitigation", "action", "control", "description", "name"]
        case .owner: return ["owner", "lead", "actionowner", "responsible"]
        case .status: return ["status", "actionstatus", "progress"]
        case .due: return ["due", "duedate", "targetdate", "deadline", "dueby", "completionby"]
        case .probabilityReductionPercent:
            return ["probabilityreduction", "probabilityreductionpercent", "likelihoodreduction", "preduction", "probabilitycut"]
        case .impactReductionPercent: return ["impactreduction", "impactreductionpercent", "ireduction", "impactcut"]
        case .oneOffCost: return ["oneoffcost", "oneoff", "setupcost", "initialcost", "capitalcost", "oneoffcosts"]
        case .annualCost: return ["annualcost", "recurringcost", "costperyear", "yearlycost", "ongoingcost", "annualcosts"]
        }
    }

    var isRequired: Bool {
        switch self {
        case .id, .risks, .status: return true
        default: return false
        }
    }
}
