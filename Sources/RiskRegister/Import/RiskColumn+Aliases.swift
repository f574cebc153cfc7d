/// The headings trusts and schools give each column, normalised (``HeaderName/normalised(_:)``;
/// a bracketed note such as "(5 = High, 1 = Low)" is set aside before matching). The real
/// layouts behind the less obvious ones are named in `Tests/RiskRegisterTests/Fixtures/real-layouts/README.md`.
extension RiskColumn {
    static let aliasTable: [RiskColumn: [String]] = [
        .id: [
            "id", "riskid", "ref", "riskref", "reference", "riskreference", "riskno", "risknumber", "no", "number", "riskrefno", "refno",
        ],
        .register: ["register", "academy", "school", "registername", "academyid"],
        .title: [
            "title", "risk", "risktitle", "riskname", "name", "specificrisk", "shortdescription", "summary", "areaofrisk",
            "riskconsideration", "hazard", "hazards", "whatarethehazards", "whatarethehazardswhatcouldhappen", "activitytaskhazard",
            "riskevent", "threat", "riskissue",
        ],
        .description: [
            "description", "riskdescription", "details", "causeandeffect", "causeeventeffect", "consequences", "whatcouldhappen",
            "briefdescriptionofrisk",
            "riskfindings", "potentialconsequences",
        ],
        .category: ["category", "area", "riskcategory", "riskarea", "risktype", "type", "theme", "riskgroup"],
        .subcategory: ["subcategory", "subarea", "subtype", "subtheme"],
        .owner: [
            "owner", "riskowner", "lead", "responsible", "responsibleperson", "accountable", "who", "responsibleforreview",
            "riskowners", "owners", "personresponsible", "leadperson", "responsibility",
        ],
        .inherentLikelihood: [
            "likelihood", "l", "inherentl", "inherentlikelihood", "grossl", "grosslikelihood", "initiallikelihood",
            "likelihoodinherent", "inherentlikelihood15", "likelihood15", "likelihoodofoccurring", "risklikelihoodofoccurring",
            "likelihoodofoccurrence", "probabilityofoccurring",
        ],
        .inherentImpact: [
            "impact", "i", "inherenti", "inherentimpact", "grossi", "grossimpact", "initialimpact", "impactinherent",
            "inherentimpact15", "impact15", "impactifoccurs", "impactifitoccurs", "severity", "s", "consequence",
        ],
        .residualLikelihood: [
            "residuall", "residuallikelihood", "currentl", "currentlikelihood", "netl", "netlikelihood",
            "likelihoodresidual", "controlledlikelihood", "residuallikelihood15",
        ],
        .residualImpact: [
            "residuali", "residualimpact", "currenti", "currentimpact", "neti", "netimpact", "impactresidual",
            "controlledimpact", "residualimpact15",
        ],
        .targetLikelihood: ["targetl", "targetlikelihood"],
        .targetImpact: ["targeti", "targetimpact"],
        .rating: [
            "rating", "score", "riskscore", "riskrating", "combinedscore", "combinedscorelikelyhoodximpact",
            "combinedscorelikelihoodximpact", "overallscore", "overallrisk", "overallrating", "totalscore", "r", "risklevel",
            "currentscore", "currentrating", "currentriskscore", "currentriskrating", "residualscore", "netscore",
            "likelihoodximpact", "lxi", "scorelxi", "riskratingreferetochart", "riskratingrefertochart",
        ],
        .residualRating: ["residualrisk", "res", "residualrating", "residualriskrating", "netrisk", "riskafteraction"],
        .rag: ["rag", "ragrating", "ragstatus", "priorityrag", "currentrag", "risksissuesragrating", "risksissuesandragrating"],
        .scale: ["scale", "scorescale", "matrix"],
        .controls: [
            "controls", "controlsinplace", "existingcontrols", "existingcontrolmeasures", "controlmeasures", "controlprocedures",
            "controlproceduresandtargetdate", "whatisalreadybeingdone", "whatareyoualreadydoing", "currentcontrols", "mitigation",
            "mitigations", "mitigatingcontrols", "briefdescriptionofcontrols", "schoolmanagementarrangements", "keycontrols",
            "internalcontrols", "currentmitigation", "existingmitigation", "controlsandmitigations", "controlsinplacemitigation",
            "existingcontrolsinplace",
        ],
        .actions: [
            "furtheraction", "furtheractions", "furtheractionrequired", "furtheractionsneeded", "furthercontrol", "furthercontrols",
            "actiontoreducetherisk", "actionbywhobywhen", "actions", "actionplan", "plannedactions", "actionsrequired",
            "additionalcontrols", "additionalactions", "furtheractionrequiredwhobyanddate", "actionsneeded", "mitigatingactions",
            "furthermitigation", "actionstakenorplanned", "whatfurtheractionisnecessary", "furtheractionisnecessary",
        ],
        .actionOwner: ["bywho", "actionowner", "actionby", "actionlead", "whoby", "actionedby", "actionbywho"],
        .actionDue: ["bywhen", "actiondue", "actiondate", "actionduedate", "targetdate", "completionby", "actiondeadline", "actionbywhen"],
        .actionDone: ["done", "datecompleted", "completed", "actioncompleted"],
        .trustRisk: [
            "trustrisk", "trustriskid", "trustriskref", "parentrisk", "parentriskid", "parent", "linkedtrustrisk",
            "rollsupto", "trustref", "boardrisk",
        ],
        .status: ["status", "riskstatus", "openclosed", "state"],
        .lastReviewed: ["lastreviewed", "lastreview", "lastreviewdate", "datereviewed", "reviewed", "dateoflastreview"],
        .nextReview: [
            "nextreview", "nextreviewdate", "reviewdue", "reviewdate", "nextreviewdue", "reviewby", "duereview", "review", "reviewdates",
            "datefornextreview", "datefornextreviewdate", "dateofnextreview",
        ],
        .response: ["response", "treatment", "riskresponse", "4ts", "approach"],
        .committee: [
            "committee", "committeeresponsible", "oversight", "oversightcommittee", "monitoredby", "committeeoversight", "committeeresp",
            "committeeresponsibility", "governancecommittee",
        ],
        .annualProbabilityPercent: [
            "annualprobability", "annualprobabilitypercent", "probability", "probabilitypercent", "annuallikelihood",
            "probabilitypa", "chanceperyear",
        ],
        .impactMin: ["impactmin", "minimpact", "impactminimum", "impactlow", "lowimpact", "costmin", "lossmin"],
        .impactLikely: ["impactlikely", "impactmostlikely", "mostlikelyimpact", "likelyimpact", "impactmode", "costlikely", "losslikely"],
        .impactMax: ["impactmax", "maximpact", "impactmaximum", "impacthigh", "highimpact", "costmax", "lossmax"],
        .scope: ["scope", "impactscope", "lossscope", "strikes"],
        .mitigations: ["mitigationids", "mitigationid", "mitigationrefs", "mitigationref", "actionrefs", "controlrefs"],
    ]
}
