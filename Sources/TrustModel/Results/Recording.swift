/// What a run keeps for every trial beyond the trust-wide figures: some academies' reserves
/// (for outputs such as `academy.oak-primary.reserves`) and the uncertain inputs (for
/// sensitivity analysis). Off by default, because each costs 8 bytes per trial per value.
package struct Recording: Sendable, Equatable {
    /// Academy ids (or join ids) whose reserves are kept for every trial and year.
    package var academies: Set<String>
    /// Whether to keep each trial's inputs (see ``InputDescriptor``).
    package var inputs: Bool

    package init(academies: Set<String> = [], inputs: Bool = false) {
        self.academies = academies
        self.inputs = inputs
    }
}

/// One uncertain input of a trial, as sensitivity analysis sees it: a single number per trial
/// summarising what was drawn.
package struct InputDescriptor: Sendable, Equatable {
    /// What kind of draw it is.
    package enum Kind: String, Sendable, Equatable {
        case economy
        case rollChange
        case risk
        case join
    }

    package var kind: Kind
    /// A stable id: `economy.payAwardPercent`, `rollChange.oak-primary`, `risk.T05`, `join.castle-secondary`.
    package var id: String
    /// What a trustee calls it.
    package var title: String
    /// How the per-trial number is made from the draws.
    package var summary: String
}
