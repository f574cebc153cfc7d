import Reports
import RiskRegister

extension CommandSpec {
    static let registerHeatMap = CommandSpec(
        name: "heatmap",
        abstract: "Print 5x5 heat maps of open risks: inherent and residual, trust-wide and per register.",
        discussion: """
            Likelihood runs 5 to 1 down the side, impact 1 to 5 across; each cell shows its band's letter \
            (G green, A amber, R red) and the number of open risks in it.
            """,
        arguments: [.registerPaths],
        options: [
            .format,
            OptionSpec(
                long: "stage", valueName: "stage", help: "Which scores to map.", defaultDescription: "both",
                allowedValues: HeatMap.Stage.allCases.map(\.rawValue)),
            OptionSpec(
                long: "register", valueName: "name", help: "Map only this register (trust, trust-wide or an academy id).",
                defaultDescription: "trust-wide and every register"),
        ] + OptionSpec.registerInputs,
        run: runHeatMap
    )
}

private func runHeatMap(_ invocation: Invocation) throws -> ExitCode {
    let registers = try RegisterInputs(invocation.arguments("path"), in: invocation.environment).load(invocation).requireValid()
    var maps = RollUp(registers).heatMaps
    if let stage = try invocation.choice("stage") { maps = maps.filter { $0.stage.rawValue == stage } }
    if let wanted = invocation.option("register") {
        let names = ["trust-wide"] + (registers.trustRisks.isEmpty ? [] : [Risk.trustRegister]) + registers.academies
        guard names.contains(wanted) else {
            throw invocation.invalid(wanted, for: "register", reason: "the registers are " + names.joined(separator: ", "))
        }
        maps = maps.filter { ($0.register ?? "trust-wide") == wanted }
    }
    var report = Report(title: "Heat maps of open risks (G green, A amber, R red)")
    report.add(HeatMapFigure.block(maps))
    try invocation.print(report)
    return .success
}
