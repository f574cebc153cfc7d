import JSONDocument

extension ParameterCatalogue {
    /// The numbers of `scenario` a shock (or any experiment) can move, for an error about a name
    /// that is not one: every economy and trust number by its path, and the numbers each academy,
    /// template and join has once each, with the indices or names that fill them in
    /// (`academies[i].staffCosts (i from 0 to 3)`, `templates.NAME.structuralDeficit.amount`).
    static func shockableInputs(in scenario: Scenario) -> [String] {
        func numbers<Owner>(_ table: ParameterTable<Owner>) -> [String] {
            table.entries.compactMap { if case .number = $0.entry { $0.key } else { nil } }
        }
        func resolves(_ text: String) -> Bool {
            guard let path = JSONPath(parsing: text) else { return false }
            return (try? setter(at: path, in: scenario, source: "")) != nil
        }
        let deficit = numbers(Self.deficit).map { "structuralDeficit.\($0)" }
        let centre =
            numbers(trust).map { "trust.\($0)" } + numbers(centralCosts).map { "trust.centralCosts.\($0)" }
            + ["trust.deficitRecovery.maxStaffCutPercent"]
        var inputs = (numbers(economy).map { "economy.\($0)" } + centre).filter(resolves)
        let academyFields = (numbers(academy) + deficit).filter { field in
            scenario.academies.indices.contains { resolves("academies[\($0)].\(field)") }
        }
        if !academyFields.isEmpty {
            let last = scenario.academies.count - 1
            inputs += academyFields.map { "academies[i].\($0)" }
            inputs[inputs.count - 1] += " (i from 0 to \(last))"
        }
        let names = scenario.templates.map(\.name)
        let templateFields = (numbers(template) + deficit).filter { field in names.contains { resolves("templates.\($0).\(field)") } }
        if !templateFields.isEmpty {
            inputs += templateFields.map { "templates.NAME.\($0)" }
            inputs[inputs.count - 1] += " (NAME one of \(names.joined(separator: ", ")))"
        }
        if !scenario.growth.isEmpty { inputs.append("growth[i].probability (i from 0 to \(scenario.growth.count - 1))") }
        return inputs
    }
}
