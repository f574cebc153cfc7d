/// The columns a mitigations (controls and actions) file may have.
enum MitigationColumn: String, ColumnField {
    case id, risks, title, owner, status, due
    case probabilityReductionPercent, impactReductionPercent, oneOffCost, annualCost

    static let names = ColumnNames<MitigationColumn>()

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
