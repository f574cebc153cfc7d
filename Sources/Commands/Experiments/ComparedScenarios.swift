import RiskRegister
import TrustModel

/// The scenarios `compare` and `report` set side by side: the base, the scenario's variants (those
/// named, else all), each `--option` (the base with its edits) and the base of each other file,
/// in that order, with every file they were read from.
struct ComparedScenarios {
    var scenarios: [(name: String, scenario: Scenario, registers: RegisterSet?)]
    /// The files every scenario was read from, which no output may overwrite.
    var inputs: [String]

    /// Assembles the scenarios from `loaded` (read with the `--option`s) and the `other` files,
    /// read with the same run options; an option named like a scenario already in is refused.
    init(
        _ loaded: LoadedScenario, variants: NameList?, other: [String], run options: ScenarioRunOptions, in environment: CommandEnvironment
    ) throws {
        scenarios = [("base", loaded.base, loaded.registers)]
        for name in variants?.names ?? loaded.variantNames {
            scenarios.append((name, try loaded.scenario(variant: name), loaded.registers))
        }
        for (name, optionScenario) in loaded.options {
            guard !scenarios.contains(where: { $0.name == name }) else {
                throw UsageError.rule("--option '\(name)' is the name of a scenario already compared; give it another name.")
            }
            scenarios.append((name, optionScenario, loaded.registers))
        }
        inputs = loaded.inputFiles
        for path in other {
            let more = try options.loadScenario(path, in: environment)
            scenarios.append((path, more.base, more.registers))
            inputs += more.inputFiles
        }
    }
}

extension ArgumentHelp {
    static let otherScenarios = ArgumentHelp("other", help: "More scenario files, compared on their base scenarios.")
}

extension OptionHelp {
    static let variants = OptionHelp(
        "variants", valueName: "names", help: "Which variants to include, comma-separated.", defaultDescription: "all")

    static let scenarioOption = OptionHelp(
        "option", valueName: "name:edits",
        help: "Add the base with these edits as a scenario, e.g. \"pay+1:economy.payAwardPercent+=1\" (repeatable).")
}
