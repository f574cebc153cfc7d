/// How a register's columns score its risks, read from its header: which likelihood × impact
/// pair is which stage, and which column rates a risk otherwise.
///
/// - Two pairs (`Likelihood`/`Impact` beside `Residual likelihood`/`Residual impact`): inherent and residual.
/// - One pair (`Likelihood`/`Impact`, `L`/`I`, `S`/`L`): the current (residual) score; inherent is
///   not recorded, so no check that needs it fires.
/// - A rating column (`Score`, `Risk rating`, `Combined score`): beside a pair, its product,
///   checked; alone, the risk's rating (a pair written "4x3 = 12" is split into its pair).
/// - A RAG column (`RAG`, `Priority RAG`): the risk's band where it has no score.
struct ScoreLayout {
    /// The columns of each stage's pair. A one-pair file's pair is under `.residual`.
    private(set) var pairs: [ScoreStage: (likelihood: RiskColumn, impact: RiskColumn)] = [:]
    /// The column holding a combined rating, if any.
    private(set) var rating: RiskColumn?
    private(set) var rag: RiskColumn?
    /// Columns read as nothing, with why: a likelihood with no impact beside a RAG column, a
    /// rating after further action beside the current score.
    private(set) var setAside: [(column: RiskColumn, reason: String)] = []

    /// True when the file has only one pair, read as the current score.
    private(set) var isOnePair = false

    init(header: HeaderMap<RiskColumn>, alsoOnOwnRows: Set<RiskColumn>, place: SourceLocation) throws {
        // A rating may be written on a row of its own ("Risk rating: 12"); a pair is always two columns.
        func has(_ field: RiskColumn) -> Bool { header.positions[field] != nil || alsoOnOwnRows.contains(field) }
        func inHeader(_ field: RiskColumn) -> Bool { header.positions[field] != nil }
        let ratesOtherwise = has(.rating) || has(.residualRating) || has(.rag)
        let hasResidual = inHeader(.residualLikelihood) || inHeader(.residualImpact)
        let hasInherent = inHeader(.inherentLikelihood) || inHeader(.inherentImpact)
        if hasResidual {
            try pair(.residual, .residualLikelihood, .residualImpact, header, plain: false, lenient: false, place)
            if hasInherent { try pair(.inherent, .inherentLikelihood, .inherentImpact, header, plain: false, lenient: false, place) }
        } else if hasInherent {
            isOnePair = true
            try pair(.residual, .inherentLikelihood, .inherentImpact, header, plain: true, lenient: ratesOtherwise, place)
            if pairs[.residual] == nil { isOnePair = false }
        }
        if inHeader(.targetLikelihood) || inHeader(.targetImpact) {
            try pair(.target, .targetLikelihood, .targetImpact, header, plain: false, lenient: false, place)
        }
        if has(.rating) { rating = .rating }
        if has(.residualRating) {
            if rating == nil && pairs[.residual] == nil {
                rating = .residualRating
            } else {
                setAside.append(
                    (.residualRating, "a rating after further action; the current score is read from the columns named above"))
            }
        }
        if has(.rag) { rag = .rag }
    }

    /// Records a stage's pair, or says what is missing: an error, unless the file rates its risks
    /// another way and no unnamed header looks like the missing half (then the lone column is set aside).
    private mutating func pair(
        _ stage: ScoreStage, _ likelihood: RiskColumn, _ impact: RiskColumn, _ header: HeaderMap<RiskColumn>,
        plain: Bool, lenient: Bool, _ place: SourceLocation
    ) throws {
        let l = header.positions[likelihood] != nil
        let i = header.positions[impact] != nil
        if l && i {
            pairs[stage] = (likelihood, impact)
            return
        }
        let missing = l ? impact : likelihood
        let present = l ? likelihood : impact
        let nearest = header.nearestHeader(for: missing)
        if lenient && nearest == nil {
            setAside.append(
                (
                    present,
                    "a \(l ? "likelihood" : "impact") with no \(l ? "impact" : "likelihood") beside it; the risks are rated by the rating or RAG column"
                ))
            return
        }
        let name = plain ? (l ? "Impact" : "Likelihood") : missing.heading
        throw RegisterFileError.missingColumn(
            header: place, kind: "risk register", column: name,
            nearest: nearest.map { RegisterFileError.Nearest(source: place.file, cell: $0) })
    }

    /// The stages scored by pairs, in the order registers write them.
    var stages: [ScoreStage] { ScoreStage.allCases.filter { pairs[$0] != nil } }

    /// True when the file records an inherent score.
    var recordsInherent: Bool { pairs[.inherent] != nil }

    /// The axis columns, likelihood first, of every pair.
    var likelihoodColumns: [RiskColumn] { stages.compactMap { pairs[$0]?.likelihood } }
    var impactColumns: [RiskColumn] { stages.compactMap { pairs[$0]?.impact } }
}
