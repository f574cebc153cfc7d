/// The trust's financial policy and its central team: how the centre is funded (top-slice or
/// GAG pooling), what it costs, the capacity it adds as the trust grows, and the targets the
/// board has set.
package struct TrustSettings: Sendable, Equatable {
    /// How the centre is paid for.
    package enum FundingModel: String, Sendable, Equatable, CaseIterable {
        /// Each academy pays the centre a percentage of its GAG.
        case topSlice
        /// Every academy's GAG goes into one pot; the centre's costs come off the top and
        /// academies hold no reserves of their own.
        case pooled
    }

    /// A step up in central capacity (a COO, an HR lead, directors of education) bought when the
    /// trust reaches `atAcademies`, `leadYears` ahead of time.
    package struct CapacityStep: Sendable, Equatable {
        /// What the board counts when it decides to buy the step.
        package enum Commitment: String, Sendable, Equatable, CaseIterable {
            /// The board's plan: the step is bought once the academies already in the trust and
            /// every planned join would reach `atAcademies` within the lead time, and it is paid
            /// whether or not the joins then go ahead (a post, once filled, is not undone).
            case plan
            /// Only joins that go ahead: the step is bought in the trials where the academies
            /// actually in the trust reach `atAcademies` within the lead time (so the lead time
            /// must cover due diligence).
            case confirmed
        }

        package var atAcademies: Int
        /// Yearly cost at year-0 prices (the central cost index applies).
        package var cost: Double
        /// How many years before reaching `atAcademies` the capacity is in post.
        package var leadYears: Int
        package var commit: Commitment

        package init(atAcademies: Int, cost: Double, leadYears: Int, commit: Commitment = .plan) {
            self.atAcademies = atAcademies
            self.cost = cost
            self.leadYears = leadYears
            self.commit = commit
        }
    }

    /// What the central team costs.
    package struct CentralCosts: Sendable, Equatable {
        /// Yearly core cost (CEO, CFO, governance, audit) at year-0 prices.
        package var fixed: Double
        /// Yearly cost per academy in the trust, at year-0 prices.
        package var perAcademy: Double
        /// One-off cost for each academy joining (due diligence, TUPE, legal), in the year it joins.
        package var joiningCost: Double
        package var steps: [CapacityStep]

        package init(fixed: Double, perAcademy: Double = 0, joiningCost: Double = 0, steps: [CapacityStep] = []) {
            self.fixed = fixed
            self.perAcademy = perAcademy
            self.joiningCost = joiningCost
            self.steps = steps
        }
    }

    package var fundingModel: FundingModel
    package var topSlicePercent: Double
    package var centralReserves: Double
    /// Income the centre earns itself (services sold, grants), at year-0 prices; grows with funding.
    package var centralOtherIncome: Double
    package var centralCosts: CentralCosts
    /// The share of central costs that is pay (follows the pay award; the rest follows non-pay inflation).
    package var centralPaySharePercent: Double
    /// Each academy's reserve target, as a percentage of its income.
    package var reserveTargetPercent: Double
    /// The trust-wide reserve target, as a percentage of the trust's income.
    package var trustReserveTargetPercent: Double
    /// The policy ceiling on staff costs as a percentage of an academy's income.
    package var staffCostCapPercent: Double
    /// How far staff costs follow pupil numbers (0.5: a 10% fall in pupils cuts staff 5%).
    package var staffingElasticity: Double
    /// When set, an academy in in-year deficit cuts staff costs the next year by up to this percentage.
    package var maxStaffCutPercent: Double?

    package init(
        fundingModel: FundingModel = .topSlice, topSlicePercent: Double, centralReserves: Double = 0,
        centralOtherIncome: Double = 0, centralCosts: CentralCosts, centralPaySharePercent: Double = 70,
        reserveTargetPercent: Double = 6, trustReserveTargetPercent: Double = 5, staffCostCapPercent: Double = 80,
        staffingElasticity: Double = 0.5, maxStaffCutPercent: Double? = nil
    ) {
        self.fundingModel = fundingModel
        self.topSlicePercent = topSlicePercent
        self.centralReserves = centralReserves
        self.centralOtherIncome = centralOtherIncome
        self.centralCosts = centralCosts
        self.centralPaySharePercent = centralPaySharePercent
        self.reserveTargetPercent = reserveTargetPercent
        self.trustReserveTargetPercent = trustReserveTargetPercent
        self.staffCostCapPercent = staffCostCapPercent
        self.staffingElasticity = staffingElasticity
        self.maxStaffCutPercent = maxStaffCutPercent
    }
}
