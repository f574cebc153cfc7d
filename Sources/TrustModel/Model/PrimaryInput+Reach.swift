extension PrimaryInput {
    /// Whether this input can move `output` in `scenario`: the one rule of what reaches what.
    ///
    /// By year: an input moves nothing before its ``firstYear``, so it reaches an output only
    /// if that year is at or before the last year the output reads. By whose it is:
    /// - one academy's reserves: only the economy and that academy's own draws;
    /// - the centre's reserves and balance: everything but the academies' risks, which the
    ///   academies' own reserves bear (the top-slice is a share of GAG, which no loss changes),
    ///   unless the academies' funding is pooled;
    /// - the academies' figures (reserves, deficits, targets): everything but the centre's risks;
    /// - income, pupils and the staff-cost ratio: no risk (a loss moves reserves only);
    /// - the number of academies: the joins only; the risk losses: the risks and the joins.
    package func canReach(_ output: OutputName, in scenario: Scenario) -> Bool {
        guard let last = output.yearIndices(in: scenario).max(), firstYear <= last else { return false }
        return canReach(output.figure, pooled: scenario.trust.fundingModel == .pooled)
    }

    private func canReach(_ figure: OutputName.Figure, pooled: Bool) -> Bool {
        switch figure {
        case .academyReserves(let id): return scope == .trust || scope == .academy(id) || scope == .academyRisk(id)
        case .academiesReserves: return scope != .centralRisk
        case .trust(let metric): return canReach(metric, pooled: pooled)
        }
    }

    private func canReach(_ metric: TrustMetric, pooled: Bool) -> Bool {
        let isAcademyRisk = if case .academyRisk = scope { true } else { false }
        switch metric {
        case .trustReserves, .trustReservesPercent: return true
        case .centralReserves, .centralBalance: return pooled || !isAcademyRisk
        case .academiesInDeficit, .academiesInYearDeficit, .academiesDeficit, .academiesInYearDeficitAmount, .academiesBelowTarget:
            return scope != .centralRisk
        case .trustIncome, .pupils, .staffCostRatio, .academiesAboveStaffCap: return kind != .risk
        case .academies: return kind == .join
        case .riskLosses: return kind == .risk || kind == .join
        }
    }
}
