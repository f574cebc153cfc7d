/// The words registers use for statuses and responses, normalised as headers are
/// (lower case, no spaces or punctuation), each mapped to matrisk's own term.
enum Synonyms {
    static let riskStatus: [String: RiskStatus] = [
        "open": .open, "active": .open, "live": .open, "current": .open, "escalated": .open, "new": .open,
        "closed": .closed, "archived": .closed, "retired": .closed, "inactive": .closed, "terminated": .closed,
    ]
    static let riskStatusListed = ["open", "closed"]

    static let response: [String: RiskResponse] = [
        "treat": .treat, "reduce": .treat, "mitigate": .treat, "control": .treat,
        "tolerate": .tolerate, "accept": .tolerate, "retain": .tolerate,
        "transfer": .transfer, "insure": .transfer, "share": .transfer,
        "terminate": .terminate, "avoid": .terminate,
    ]
    static let responseListed = RiskResponse.allCases.map(\.rawValue)

    static let scope: [String: LossScope] = [
        "academy": .academy, "school": .academy, "central": .central, "trust": .central, "centre": .central,
        "eachacademy": .eachAcademy, "peracademy": .eachAcademy, "everyacademy": .eachAcademy,
    ]
    static let scopeListed = LossScope.allCases.map(\.rawValue)

    static let mitigationStatus: [String: MitigationStatus] = [
        "planned": .planned, "notstarted": .planned, "proposed": .planned, "todo": .planned, "agreed": .planned,
        "inprogress": .inProgress, "ongoing": .inProgress, "started": .inProgress, "underway": .inProgress,
        "inplace": .inPlace, "complete": .inPlace, "completed": .inPlace, "done": .inPlace, "implemented": .inPlace,
        "embedded": .inPlace, "operating": .inPlace,
        "retired": .retired, "withdrawn": .retired, "superseded": .retired, "cancelled": .retired, "removed": .retired,
    ]
    static let mitigationStatusListed = MitigationStatus.allCases.map(\.rawValue)
}
