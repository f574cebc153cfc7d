import JSONDocument

/// A number of a scenario that an experiment varies (the top-slice, a capacity step's cost, an
/// academy's pupils), found once from the path a user writes (`trust.topSlicePercent`,
/// `academies[0].pupils`) and then set straight on the decoded scenario at each value: nothing is
/// written back into the document or decoded again. Each value is checked by the rule the file's
/// own value met when it was read (``ScenarioField``), so a value out of range is refused in the
/// same words, at the same path.
package struct ScenarioParameter: Sendable, CustomStringConvertible {
    /// The field as the user wrote it.
    package let path: JSONPath
    /// What the field is measured in.
    package let unit: ParameterUnit
    /// What a trustee calls the field ("The top-slice"), where it has a name of its own.
    package let title: String?
    /// The scenario the field was found in, which each value is set on.
    package let base: Scenario
    /// The file the scenario came from, named in any error.
    let source: String
    let setter: ParameterSetter<Scenario>

    /// The field at `path` of `scenario` (loaded from `source`); an error, located at the path,
    /// when there is none, it is not a number, or it is one an experiment may not vary.
    package init(resolving path: JSONPath, in scenario: Scenario, source: String) throws {
        let setter = try ParameterCatalogue.setter(at: path, in: scenario, source: source)
        self.path = path
        self.unit = setter.unit
        self.title = setter.title
        self.base = scenario
        self.source = source
        self.setter = setter
    }

    /// The base scenario with the field set to `value`, or the field's error for a value it may not take.
    package func scenario(at value: Double) throws -> Scenario {
        var scenario = base
        try setter.set(&scenario, value, path, source)
        return scenario
    }

    /// `trust.topSlicePercent`: the field as written on the command line and in tables.
    package var description: String { path.description }
}

/// What an experiment's parameter is measured in, so that its values are written and drawn as
/// what they are (4.5%, £250,000, 420 pupils) without reading the field's name.
package enum ParameterUnit: Sendable, Equatable {
    /// A `…Percent` field: 4.5 means 4.5%.
    case percent
    /// Pounds at year-0 prices.
    case money
    /// Pupils, academies, years, year groups.
    case count
    /// A chance from 0 to 1 (a join going ahead).
    case probability
    /// Anything else: an elasticity, a correlation, a seed.
    case number
}
