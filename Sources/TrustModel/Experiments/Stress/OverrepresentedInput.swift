import MonteCarlo

/// How one primary input looks in the futures where a condition holds (the failing futures)
/// against all futures: its mean in each, and a lift a board reads, the chance of a marked
/// value (a join going ahead, a risk striking, or a value in the input's top third) among the
/// failing futures over its chance among all.
package struct OverrepresentedInput: Sendable, Equatable {
    /// What counts as the input's marked value for its lift.
    package enum Mark: Sendable, Equatable {
        /// The join goes ahead (the input is 1).
        case joins
        /// The risk strikes (its loss is above £0).
        case strikes
        /// Above the input's upper tercile over all futures (its 66⅔th percentile).
        case upperTercile(Double)
    }

    package var input: PrimaryInput
    /// The input's mean over all futures.
    package var overallMean: Double
    /// Its mean over the failing futures.
    package var failingMean: Double
    /// The failing mean less the overall mean, with its standard error by the delta method:
    /// (1 − p)·√(s²_f/n_f + s²_o/n_o), the difference of the failing and other futures' means
    /// scaled by the share p that fail.
    package var difference: Estimate
    /// The difference in standard deviations of the input over all futures (0 when it does not vary).
    package var standardised: Double
    package var mark: Mark
    /// The share of all futures with the marked value.
    package var markedOverall: ProportionAccumulator
    /// The share of failing futures with it.
    package var markedFailing: ProportionAccumulator
    /// markedFailing ÷ markedOverall, with its delta-method standard error (``Lift``).
    package var lift: Estimate

    /// The input's figures from its `column` over every trial and the trials' `failing` flags.
    init(_ input: PrimaryInput, column: [Double], failing: [Bool]) {
        self.input = input
        var all = MeanAccumulator()
        var fail = MeanAccumulator()
        var rest = MeanAccumulator()
        for (value, fails) in zip(column, failing) {
            all.add(value)
            if fails { fail.add(value) } else { rest.add(value) }
        }
        overallMean = all.mean
        failingMean = fail.mean
        let share = Double(fail.count) / Double(max(1, all.count))
        let spread = (fail.variance / Double(max(1, fail.count)) + rest.variance / Double(max(1, rest.count))).squareRoot()
        difference = Estimate(value: fail.mean - all.mean, standardError: (1 - share) * spread)
        standardised = all.standardDeviation > 0 ? difference.value / all.standardDeviation : 0
        mark = Self.mark(input, column: column)
        let marked = column.map { [mark] in Self.isMarked($0, mark) }
        let lift = Lift(marked: marked, failing: failing)
        markedOverall = lift.markedOverall
        markedFailing = lift.markedFailing
        self.lift = lift.estimate
    }

    /// A join's going ahead; a risk's striking when it does not strike in every future; else the top third.
    static func mark(_ input: PrimaryInput, column: [Double]) -> Mark {
        switch input.kind {
        case .join: return .joins
        case .risk where column.contains(0): return .strikes
        default: return .upperTercile(Percentiles.of(sorted: column.sorted(), at: 2.0 / 3))
        }
    }

    static func isMarked(_ value: Double, _ mark: Mark) -> Bool {
        switch mark {
        case .joins: return value == 1
        case .strikes: return value > 0
        case .upperTercile(let tercile): return value > tercile
        }
    }
}

/// The lift P(marked | failing) ÷ P(marked) of a 0/1 mark, and its standard error by the delta
/// method on the four cells of marked × failing (multinomial, n trials): with cell shares π and
/// L = π₁₁ / (p_f · p_m), Var(L) = (Σ πᵢ dᵢ² − (Σ πᵢ dᵢ)²) / n, where dᵢ = ∂L/∂πᵢ:
/// d₁₁ = 1/(p_f p_m) − L/p_f − L/p_m, d₁₀ (marked, not failing) = −L/p_m, d₀₁ = −L/p_f, d₀₀ = 0.
package struct Lift: Sendable, Equatable {
    package var markedOverall: ProportionAccumulator
    package var markedFailing: ProportionAccumulator
    package var estimate: Estimate

    package init(marked: [Bool], failing: [Bool]) {
        var overall = ProportionAccumulator()
        var amongFailing = ProportionAccumulator()
        var cells = [0, 0, 0]  // marked and failing, marked only, failing only
        for (m, f) in zip(marked, failing) {
            overall.add(m)
            if f { amongFailing.add(m) }
            if m && f { cells[0] += 1 } else if m { cells[1] += 1 } else if f { cells[2] += 1 }
        }
        markedOverall = overall
        markedFailing = amongFailing
        let n = Double(max(1, marked.count))
        let (both, markedOnly, failingOnly) = (Double(cells[0]) / n, Double(cells[1]) / n, Double(cells[2]) / n)
        let (pm, pf) = (both + markedOnly, both + failingOnly)
        guard pm > 0, pf > 0 else {
            estimate = Estimate(value: 0, standardError: 0)
            return
        }
        let lift = both / (pf * pm)
        let d = [1 / (pf * pm) - lift / pf - lift / pm, -lift / pm, -lift / pf]
        let shares = [both, markedOnly, failingOnly]
        let first = zip(shares, d).reduce(0) { $0 + $1.0 * $1.1 }
        let second = zip(shares, d).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
        estimate = Estimate(value: lift, standardError: (max(0, second - first * first) / n).squareRoot())
    }
}
