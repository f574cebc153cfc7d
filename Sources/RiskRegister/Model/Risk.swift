/// One risk on a register: the trust's own register (`register == "trust"`) or an academy's.
///
/// A risk is scored as its register scores it: two likelihood × impact pairs (inherent and
/// residual), one pair (the current score; inherent not recorded), a combined score or a RAG
/// word alone (rated on a band only), or not at all. Nothing the register does not say is
/// invented: a missing inherent score stays missing.
package struct Risk: Sendable, Hashable {
    /// The register name of the board's own register.
    package static let trustRegister = "trust"

    /// The risk's reference, unique across every register of the trust (`T03`, `OAK-07`).
    package var id: String
    /// `trust` or the academy's id (`oak-primary`).
    package var register: String
    package var title: String
    package var description: String
    /// As written (`Safeguarding`, `health-and-safety`); compared by ``categoryKey``.
    package var category: String
    /// A finer grouping under the category, where the register has one (`Public profile`).
    package var subcategory: String
    package var owner: String
    /// Before any control; nil where the register records only the current score.
    package var inherent: RiskScore?
    /// Now, with the controls in place (also called current or net risk).
    package var residual: RiskScore?
    /// The combined score the register writes for the current stage ("Score: 12"): checked
    /// against the residual pair when there is one, else the risk's only rating (on 1–25).
    package var statedScore: Int?
    /// The RAG word the register writes ("Red – two vacancies" is red): the risk's only rating
    /// when it has no score.
    package var statedRAG: RAG?
    /// Where the owner aims to bring it.
    package var target: RiskScore?
    /// For an academy risk, the trust risk it rolls up to.
    package var trustRisk: String?
    package var status: RiskStatus
    package var lastReviewed: CalendarDate?
    package var nextReview: CalendarDate?
    package var response: RiskResponse?
    /// The committee that oversees it: Board, Audit and Risk, Finance and Resources, LGB.
    package var committee: String
    /// The risk in money, for the finance model; nil for risks only scored.
    package var quantification: Quantification?
    package var origin: Origin

    package init(
        id: String, register: String, title: String, description: String = "", category: String = "",
        subcategory: String = "", owner: String = "", inherent: RiskScore? = nil, residual: RiskScore? = nil, target: RiskScore? = nil,
        trustRisk: String? = nil, status: RiskStatus = .open, lastReviewed: CalendarDate? = nil,
        nextReview: CalendarDate? = nil, response: RiskResponse? = nil, committee: String = "",
        quantification: Quantification? = nil, statedScore: Int? = nil, statedRAG: RAG? = nil, origin: Origin = Origin()
    ) {
        self.id = id
        self.register = register
        self.title = title
        self.description = description
        self.category = category
        self.subcategory = subcategory
        self.owner = owner
        self.inherent = inherent
        self.residual = residual
        self.target = target
        self.trustRisk = trustRisk
        self.status = status
        self.lastReviewed = lastReviewed
        self.nextReview = nextReview
        self.response = response
        self.committee = committee
        self.quantification = quantification
        self.statedScore = statedScore
        self.statedRAG = statedRAG
        self.origin = origin
    }

    /// True for the board's own risks.
    package var isTrustRisk: Bool { register == Risk.trustRegister }

    package var isOpen: Bool { status == .open }

    /// The category as compared: lower case, words joined by hyphens, `&` read as "and".
    package var categoryKey: String { Risk.key(forCategory: category) }

    /// `Health & Safety` → `health-and-safety`, `Education standards` → `education-standards`.
    package static func key(forCategory text: String) -> String {
        slug(text.replacingAmpersands())
    }
}

/// Lower-case words joined by single hyphens: the form register names and categories are compared in.
func slug(_ text: String) -> String {
    var out = ""
    var pendingHyphen = false
    for c in text.lowercased() {
        if c.isLetter || c.isNumber {
            if pendingHyphen, !out.isEmpty { out.append("-") }
            pendingHyphen = false
            out.append(c)
        } else {
            pendingHyphen = true
        }
    }
    return out
}

extension String {
    fileprivate func replacingAmpersands() -> String {
        split(separator: "&", omittingEmptySubsequences: false).joined(separator: " and ")
    }
}
