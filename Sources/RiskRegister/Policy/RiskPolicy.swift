/// The board's risk policy: how much risk it accepts in each category, when an academy risk
/// must go to the board, how scores map to red, amber and green, and how often risks are reviewed.
///
/// Every field has a default, so `RiskPolicy()` is the built-in policy matrisk uses when
/// no policy file is given.
package struct RiskPolicy: Sendable, Hashable {
    /// Appetite per category, keyed by ``Risk/key(forCategory:)`` (`health-and-safety`).
    package var appetite: [String: AppetiteLevel]
    /// The appetite of a category the policy does not name.
    package var defaultAppetite: AppetiteLevel
    /// The highest residual score each appetite level accepts.
    package var highestAcceptableScore: [AppetiteLevel: Int]
    /// An academy risk with a residual score at or above this, and no trust risk, is an
    /// escalation candidate.
    package var escalationThreshold: Int
    package var bands: RAGBands
    /// Days between reviews for a risk in each band (red monthly, amber termly, green yearly).
    package var reviewIntervalDays: [RAG: Int]
    /// A category open and unlinked in this many academies is an emerging trust-wide theme.
    package var emergingThemeAcademies: Int
    /// Headers a trust's files use that matrisk would not otherwise recognise, as written, each
    /// with the field it holds (a ``RiskColumn`` or ``MitigationColumn`` key, or `ignore`).
    package var columns: [String: String]
    /// Registers that do not score 1–5 numbers, by register name (`oak-primary`).
    package var scales: [String: RegisterScale]

    package init(
        appetite: [String: AppetiteLevel] = RiskPolicy.defaultAppetites,
        defaultAppetite: AppetiteLevel = .cautious,
        highestAcceptableScore: [AppetiteLevel: Int] = RiskPolicy.defaultHighestScores,
        escalationThreshold: Int = 15,
        bands: RAGBands = RAGBands(),
        reviewIntervalDays: [RAG: Int] = RiskPolicy.defaultReviewIntervalDays,
        emergingThemeAcademies: Int = 3,
        columns: [String: String] = [:],
        scales: [String: RegisterScale] = [:]
    ) {
        self.appetite = appetite
        self.defaultAppetite = defaultAppetite
        self.highestAcceptableScore = highestAcceptableScore
        self.escalationThreshold = escalationThreshold
        self.bands = bands
        self.reviewIntervalDays = reviewIntervalDays
        self.emergingThemeAcademies = emergingThemeAcademies
        self.columns = columns
        self.scales = scales
    }

    /// A typical MAT board's appetite: none for harm to children, little for compliance and
    /// money, more where growth and new ways of teaching call for it.
    package static let defaultAppetites: [String: AppetiteLevel] = [
        "safeguarding": .averse, "health-and-safety": .averse, "compliance": .minimal,
        "governance": .minimal, "financial": .cautious, "technology": .cautious,
        "estates": .cautious, "workforce": .cautious, "reputation": .cautious,
        "education-standards": .cautious, "strategic": .open, "growth": .open,
    ]

    package static let defaultHighestScores: [AppetiteLevel: Int] =
        Dictionary(uniqueKeysWithValues: AppetiteLevel.allCases.map { ($0, $0.defaultHighestScore) })

    /// Days between reviews in each band: red monthly, amber termly, green yearly.
    package static let defaultReviewIntervalDays: [RAG: Int] = [.red: 30, .amber: 91, .green: 365]

    /// The appetite for `category` (as written or as a key).
    package func appetite(forCategory category: String) -> AppetiteLevel {
        appetite[Risk.key(forCategory: category)] ?? defaultAppetite
    }

    /// The highest residual score the board accepts for a risk in `category`.
    package func highestAcceptableScore(forCategory category: String) -> Int {
        let level = appetite(forCategory: category)
        return highestAcceptableScore[level] ?? level.defaultHighestScore
    }

    /// Days between reviews for a risk with this residual score.
    package func reviewInterval(forScore score: Int) -> Int {
        let band = bands.band(for: score)
        return reviewIntervalDays[band] ?? Self.defaultReviewIntervalDays[band] ?? 0
    }

    /// The field the policy says a header holds, by the header's normalised form.
    package func columnField(forHeader header: String) -> String? {
        let key = HeaderName.normalised(header)
        return columns.first { HeaderName.normalised($0.key) == key }?.value
    }

    /// The scale the policy names for a register, if it names one.
    package func scale(forRegister register: String) -> RegisterScale? {
        scales[register] ?? scales.first { RegisterName.from(text: $0.key) == register }?.value
    }
}
