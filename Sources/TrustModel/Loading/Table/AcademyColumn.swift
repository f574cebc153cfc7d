import RiskRegister

/// A column of an academies table: one academy per row, the columns a trust's budget sheet has.
/// Each is a field of an academy in the scenario file (its `key`), under the headings finance
/// teams give it.
enum AcademyColumn: String, ColumnField {
    case id, name, phase, type, pupils, capacity, rollChangePercent, fundingPerPupil, lumpSum, otherIncome
    case staffCosts, nonStaffCosts, reserves, register

    var key: String { rawValue }

    var heading: String {
        switch self {
        case .id: return "ID"
        case .name: return "Academy"
        case .phase: return "Phase"
        case .type: return "Type"
        case .pupils: return "Pupils"
        case .capacity: return "Capacity"
        case .rollChangePercent: return "Roll change %"
        case .fundingPerPupil: return "GAG per pupil"
        case .lumpSum: return "Lump sum"
        case .otherIncome: return "Other income"
        case .staffCosts: return "Staff costs"
        case .nonStaffCosts: return "Non-staff costs"
        case .reserves: return "Reserves"
        case .register: return "Register"
        }
    }

    /// Headings normalised as ``HeaderName/normalised(_:)`` leaves them ("Reserves b/f" is "reservesbf").
    var aliases: [String] {
        switch self {
        case .id: return ["id", "academyid", "code", "ref"]
        case .name: return ["academy", "academyname", "name", "school", "schoolname"]
        case .phase: return ["phase", "schoolphase"]
        case .type: return ["type", "academytype", "route", "routein"]
        case .pupils: return ["pupils", "nor", "numberonroll", "roll", "pupilsonroll", "pupilnumbers"]
        case .capacity: return ["capacity", "places", "netcapacity", "pan"]
        case .rollChangePercent: return ["rollchange", "rollchangepercent", "pupilchange", "changeinpupils"]
        case .fundingPerPupil: return ["gagperpupil", "fundingperpupil", "perpupilfunding", "gagrate", "perpupil"]
        case .lumpSum: return ["lumpsum"]
        case .otherIncome: return ["otherincome", "otherincomegrants"]
        case .staffCosts: return ["staffcosts", "staffcost", "staffing", "staff", "paycosts"]
        case .nonStaffCosts: return ["nonstaffcosts", "nonstaffcost", "nonstaff", "nonpay", "nonpaycosts", "otherexpenditure"]
        case .reserves: return ["reserves", "openingreserves", "revenuereserves", "reservesbf", "balancebf", "carryforward"]
        case .register: return ["register", "riskregister"]
        }
    }

    var isRequired: Bool {
        [.phase, .type, .pupils, .fundingPerPupil, .staffCosts, .nonStaffCosts].contains(self)
    }

    static let names = ColumnNames<AcademyColumn>()

    /// Whether the cell holds money (£, thousands separators, k and m) rather than a count or words.
    var isMoney: Bool {
        [.fundingPerPupil, .lumpSum, .otherIncome, .staffCosts, .nonStaffCosts, .reserves].contains(self)
    }

    /// Whether the cell holds a number at all.
    var isNumber: Bool { isMoney || [.pupils, .capacity, .rollChangePercent].contains(self) }
}

/// One of the three columns a distribution may be split into: "Staff costs low", "… likely", "… high".
enum SplitPart: Int, CaseIterable {
    case low, likely, high

    /// The endings of a heading that name the part, normalised.
    var endings: [String] {
        switch self {
        case .low: return ["low", "min", "minimum"]
        case .likely: return ["likely", "mostlikely", "mode"]
        case .high: return ["high", "max", "maximum"]
        }
    }

    /// The column and part a heading names: "Roll change % (low)", "Staff costs high".
    static func reading(_ heading: String) -> (AcademyColumn, SplitPart)? {
        let name = HeaderName.normalised(heading)
        for part in allCases {
            for ending in part.endings where name.hasSuffix(ending) && name.count > ending.count {
                if let column = AcademyColumn.names.all[String(name.dropLast(ending.count))] { return (column, part) }
            }
        }
        return nil
    }
}
