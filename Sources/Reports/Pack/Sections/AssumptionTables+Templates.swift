import MonteCarlo
import TrustModel

extension AssumptionTables {
    /// Each kind of joining school, and which of the scenario's options use it: a column per
    /// kind (at most four to a table, so the words have room), a row per input.
    static func templates(_ scenario: Scenario, variants: [PackInputs.Variant]) -> [Table] {
        let options = [("this scenario", scenario)] + variants.map { ($0.name, $0.scenario) }
        let rows: [(String, (AcademyTemplate) -> String)] = [
            ("Phase and type", { "\($0.phase.rawValue) \($0.type.rawValue)" }),
            (
                "Pupils on joining",
                { t in
                    Words.words(t.pupils, .count)
                        + (t.freeSchool.map { " per year group; opens with \($0.openingYearGroups) of \($0.yearGroups) year groups" } ?? "")
                }
            ),
            ("GAG per pupil", { Words.words($0.fundingPerPupil, .pounds) }),
            ("Staff costs, % of income", { Words.words($0.staffCostsPercent, .percent) }),
            ("Other costs, % of income", { Words.words($0.nonStaffCostsPercent, .percent) }),
            ("Opening reserves", { Words.words($0.reserves, .money) }),
            (
                "Structural deficit",
                { t in
                    t.structuralDeficit.map {
                        "\(NumberText.percent($0.probability, decimals: 0)) chance; \(Words.words($0.amount, .money)), recovered over \(plural($0.recoveryYears, "year"))"
                    } ?? "none"
                }
            ),
            (
                "Used by",
                { t in
                    let users = options.filter { $0.1.growth.contains { $0.template == t.name } }.map(\.0)
                    return users.isEmpty ? "none" : users.joined(separator: ", ")
                }
            ),
        ]
        // As few tables as four to a table allows, shared out evenly (five kinds: three and two).
        let all = scenario.templates
        let perTable = (all.count + (all.count + 3) / 4 - 1) / max(1, (all.count + 3) / 4)
        let chunks = stride(from: 0, to: all.count, by: max(1, perTable)).map { Array(all[$0..<min($0 + perTable, all.count)]) }
        return chunks.enumerated().map { index, templates in
            var table = Table(
                id: index == 0 ? "templates" : "templates-\(index + 1)",
                title: "Kinds of school that may join" + (index == 0 ? " (figures drawn afresh for each school)" : ", continued"),
                columns: [.init("", key: "input")] + templates.map { .init($0.name, key: $0.name) })
            for (name, value) in rows { table.append([.text(name)] + templates.map { .text(value($0)) }) }
            return table
        }
    }
}
