/// One primary random input of a trial, named as a board reads it: one year's draw of an
/// economy input, one academy's roll change in one year, one risk event's loss in one year (for
/// each academy that bears it), or whether a planned join goes ahead.
///
/// Each is attributed to the year it first moves: the economy and the roll change drawn for a
/// year move the books of the year after (see Scenarios/MODEL.md), so the pay award titled
/// 2027/28 is the one drawn for 2026/27. Draws that can move nothing are not inputs: the last
/// year's economy and roll changes, and a joining academy's draws before it joins.
package struct PrimaryInput: Sendable, Equatable {
    /// Which of the model's draws it is.
    enum Source: Sendable, Equatable {
        /// The value of `input` drawn for year index `draw`.
        case economy(Economy.Input, draw: Int)
        /// Slot `slot`'s roll change drawn for year index `draw`.
        case rollChange(slot: Int, draw: Int)
        /// Event `event`'s loss (a ``RiskEventTable`` index) in year index `year`: its impact
        /// when it strikes, else 0.
        case riskLoss(event: Int, year: Int)
        /// 1 if slot `slot`'s join goes ahead, else 0.
        case join(slot: Int)
    }

    /// What kind of draw it is, as a report groups them.
    package enum Kind: String, Sendable, Equatable {
        case economy
        case rollChange
        case risk
        case join
    }

    /// Whose input it is, for the rule of which outputs it can reach (``canReach(_:in:)``).
    package enum Scope: Sendable, Hashable {
        /// The economy: every academy and the centre.
        case trust
        /// One academy's roll change or join.
        case academy(String)
        /// A risk borne by one academy.
        case academyRisk(String)
        /// A risk borne by the centre.
        case centralRisk
    }

    package var kind: Kind
    /// A stable id: `economy.payAwardPercent@2027`, `rollChange.oak-primary@2027`,
    /// `risk.T05@oak-primary@2028`, `risk.T09@2028`, `join.castle-secondary`.
    package var id: String
    /// What a trustee calls it: "Pay award, 2027/28".
    package var title: String
    /// What its value is, with its unit.
    package var summary: String
    package var scope: Scope
    /// The first year index whose figures it can move.
    package var firstYear: Int
    let source: Source
}
