/// One thing `register check` has to say about a register: where, how serious, and what to do.
///
/// Printed as `file:line: severity: sentence`, or `file:line:column: …` when it is about one cell.
package struct Finding: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much a finding matters. Errors make `register check` fail (exit 1).
    package enum Severity: String, Sendable, CaseIterable, Comparable {
        case error
        case warning

        package static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// What kind of problem it is; each has one severity, listed in `register check --help`.
    package enum Kind: String, Sendable, CaseIterable {
        // The register's data is wrong: the importer finds these.
        case invalidValue = "invalid-value"
        case missingValue = "missing-value"
        case duplicateID = "duplicate-id"
        case unknownRisk = "unknown-risk"
        case rollUpLoop = "roll-up-loop"
        case unknownMitigation = "unknown-mitigation"
        // The register contradicts itself or the policy: the checks find these.
        case residualAboveInherent = "residual-above-inherent"
        case scoreMismatch = "score-mismatch"
        case redWithoutMitigation = "red-without-mitigation"
        case unevidencedReduction = "unevidenced-reduction"
        case aboveAppetite = "above-appetite"
        case reviewOverdue = "review-overdue"
        case missingOwner = "missing-owner"
        case mitigationPastDue = "mitigation-past-due"
        case closedRiskLinked = "closed-risk-linked"

        package var severity: Severity {
            switch self {
            case .invalidValue, .missingValue, .duplicateID, .unknownRisk, .rollUpLoop, .unknownMitigation,
                .residualAboveInherent, .scoreMismatch, .redWithoutMitigation:
                return .error
            case .unevidencedReduction, .aboveAppetite, .reviewOverdue, .missingOwner, .mitigationPastDue, .closedRiskLinked:
                return .warning
            }
        }

        /// True for the problems that make the data itself unusable: other commands refuse it.
        package var isDataProblem: Bool {
            switch self {
            case .invalidValue, .missingValue, .duplicateID, .unknownRisk, .rollUpLoop, .unknownMitigation: return true
            default: return false
            }
        }
    }

    package var kind: Kind
    /// Where to look; nil only for records built in code rather than read from a file.
    package var location: SourceLocation?
    package var message: String
    /// The risk or mitigation the finding is about, when there is one.
    package var subject: String?

    package init(_ kind: Kind, at location: SourceLocation?, _ message: String, subject: String? = nil) {
        self.kind = kind
        self.location = location
        self.message = message
        self.subject = subject
    }

    package var severity: Severity { kind.severity }

    package var description: String {
        "\(location?.description ?? "(no file)"): \(severity.rawValue): \(message)"
    }

    /// Sorted by file, line and column, then by kind and text, so output never varies.
    package static func < (lhs: Finding, rhs: Finding) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return false
        case (.some, nil): return true
        case (.some(let l), .some(let r)) where l != r: return l < r
        default: break
        }
        if lhs.kind != rhs.kind {
            return (Kind.allCases.firstIndex(of: lhs.kind) ?? 0) < (Kind.allCases.firstIndex(of: rhs.kind) ?? 0)
        }
        return lhs.message < rhs.message
    }
}
