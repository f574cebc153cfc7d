import JSONDocument

/// Every number of a scenario an experiment can vary, part by part, as the file lays them out:
/// each with its field (the rule decoding reads it with), where it sits in the decoded scenario,
/// and what it is measured in. The other fields are listed too, so a misspelt path gets a
/// "did you mean" and a field that is not a number says so.
enum ParameterCatalogue {
    static let scenario = ParameterTable<Scenario>(entries: [
        ("name", .notANumber), ("description", .notANumber),
        (
            "startYear",
            .fixed("moves every school year's label, so an experiment cannot vary it; write the scenario for the later start instead.")
        ),
        ("years", .number(.field(Scenario.Fields.years, \.years, unit: .count, check: runSize))),
        ("trials", .number(.field(Scenario.Fields.trials, \.trials, unit: .count, check: runSize))),
        ("seed", .number(.field(Scenario.Fields.seed, \.seed, unit: .number))),
        ("sampling", .notANumber),
        ("economy", .part { walk, scenario in try economy.resolve(walk, in: scenario.economy).lifted(through: \.economy) }),
        ("trust", .part { walk, scenario in try trust.resolve(walk, in: scenario.trust).lifted(through: \.trust) }),
        ("academies", .list(\.academies, of: academy)),
        ("templates", .part(templates)),
        ("growth", .list(\.growth, of: join)),
        ("registers", .notANumber),
        (
            "riskEvents",
            .fixed(
                "holds the tables that value unquantified risks, which an experiment cannot vary; change them in the file or with --set.")
        ),
        ("variants", .notANumber),
    ])

    private static func runSize(_ scenario: Scenario) -> String? {
        Scenario.runSizeProblem(trials: scenario.trials, years: scenario.years)
    }

    static let economy = ParameterTable<Economy>(entries: [
        ("fundingUpliftPercent", .number(.field(Economy.Fields.fundingUpliftPercent, \.fundingUpliftPercent, unit: .percent))),
        ("payAwardPercent", .number(.field(Economy.Fields.payAwardPercent, \.payAwardPercent, unit: .percent))),
        ("payGrantCoveragePercent", .number(.field(Economy.Fields.payGrantCoveragePercent, \.payGrantCoveragePercent, unit: .percent))),
        ("nonPayInflationPercent", .number(.field(Economy.Fields.nonPayInflationPercent, \.nonPayInflationPercent, unit: .percent))),
        ("correlations", .list(\.correlations, of: correlation)),
    ])

    static let correlation = ParameterTable<Economy.Correlation>(entries: [
        ("between", .notANumber),
        ("rank", .number(.field(Economy.Fields.rank, \.rank, unit: .number))),
    ])

    static let trust = ParameterTable<TrustSettings>(entries: [
        ("fundingModel", .notANumber),
        (
            "topSlicePercent",
            .number(.field(TrustSettings.Fields.topSlicePercent, \.topSlicePercent, unit: .percent, title: "The top-slice"))
        ),
        ("centralReserves", .number(.field(TrustSettings.Fields.centralReserves, \.centralReserves, unit: .money))),
        ("centralOtherIncome", .number(.field(TrustSettings.Fields.centralOtherIncome, \.centralOtherIncome, unit: .money))),
        ("centralCosts", .part { walk, trust in try centralCosts.resolve(walk, in: trust.centralCosts).lifted(through: \.centralCosts) }),
        ("centralPaySharePercent", .number(.field(TrustSettings.Fields.centralPaySharePercent, \.centralPaySharePercent, unit: .percent))),
        ("reserveTargetPercent", .number(.field(TrustSettings.Fields.reserveTargetPercent, \.reserveTargetPercent, unit: .percent))),
        (
            "trustReserveTargetPercent",
            .number(.field(TrustSettings.Fields.trustReserveTargetPercent, \.trustReserveTargetPercent, unit: .percent))
        ),
        ("staffCostCapPercent", .number(.field(TrustSettings.Fields.staffCostCapPercent, \.staffCostCapPercent, unit: .percent))),
        ("staffingElasticity", .number(.field(TrustSettings.Fields.staffingElasticity, \.staffingElasticity, unit: .number))),
        ("deficitRecovery", .part { walk, trust in try deficitRecovery.resolve(walk, in: trust) }),
    ])

    /// `trust.deficitRecovery`: an object in the file, a field of the trust's settings once decoded.
    static let deficitRecovery = ParameterTable<TrustSettings>(entries: [
        ("maxStaffCutPercent", .number(.field(TrustSettings.Fields.maxStaffCutPercent, \.maxStaffCutPercent, unit: .percent)))
    ])

    static let centralCosts = ParameterTable<TrustSettings.CentralCosts>(entries: [
        ("fixed", .number(.field(TrustSettings.Fields.fixed, \.fixed, unit: .money))),
        ("perAcademy", .number(.field(TrustSettings.Fields.perAcademy, \.perAcademy, unit: .money))),
        ("joiningCost", .number(.field(TrustSettings.Fields.joiningCost, \.joiningCost, unit: .money))),
        ("steps", .list(\.steps, of: capacityStep)),
    ])

    static let capacityStep = ParameterTable<TrustSettings.CapacityStep>(entries: [
        ("atAcademies", .number(.field(TrustSettings.Fields.atAcademies, \.atAcademies, unit: .count))),
        ("cost", .number(.field(TrustSettings.Fields.stepCost, \.cost, unit: .money))),
        ("leadYears", .number(.field(TrustSettings.Fields.leadYears, \.leadYears, unit: .count))),
        ("commit", .notANumber),
    ])

    static let join = ParameterTable<PlannedJoin>(entries: [
        ("id", .notANumber), ("name", .notANumber),
        ("year", .fixed("names the join and keys its random draws, so an experiment cannot vary it; compare variants that move the join.")),
        ("template", .notANumber),
        ("probability", .number(.field(PlannedJoin.Fields.probability, \.probability, unit: .probability))),
    ])
}

extension ParameterCatalogue {
    /// The setter for the number at `path` of `scenario`, or the catalogue's error about the path,
    /// naming `source`.
    static func setter(at path: JSONPath, in scenario: Scenario, source: String) throws -> ParameterSetter<Scenario> {
        try self.scenario.resolve(ParameterWalk(rest: path.components[...], walked: .root, source: source), in: scenario)
    }
}
