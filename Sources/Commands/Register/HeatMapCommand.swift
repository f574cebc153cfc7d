import Reports
import RiskRegister

/// `matrisk register heatmap`: 5×5 heat maps of the open risks.
struct HeatMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "heatmap",
        abstract: "Print 5x5 heat maps of open risks: inherent and residual, trust-wide and per register.",
        discussion: """
            Likelihood runs 5 to 1 down the side, impact 1 to 5 across; each cell shows its band's letter \
            (G green, A amber, R red) and the number of open risks in it.
            """)

    @Argument(.registerPaths) var paths: [String]
    @Option(.format) var format: OutputFormat = .text
    @Option(OptionHelp("stage", valueName: "stage", help: "Which scores to map.", defaultDescription: "both")) var stage: HeatMap.Stage?
    @Option(
        OptionHelp(
            "register", valueName: "name", help: "Map only this register (trust, trust-wide or an academy id).",
            defaultDescription: "trust-wide and every register"))
    var register: String?
    @OptionGroup var inputs: RegisterInputOptions

    func run(in environment: CommandEnvironment) throws -> ExitCode {
        let registers = try inputs.load(paths, in: environment).requireValid()
        var maps = RollUp(registers).heatMaps
        if let stage { maps = maps.filter { $0.stage == stage } }
        if let register {
            let names = ["trust-wide"] + (registers.trustRisks.isEmpty ? [] : [Risk.trustRegister]) + registers.academies
            guard names.contains(register) else {
                throw $register.invalid(register, reason: "the registers are " + names.joined(separator: ", "))
            }
            maps = maps.filter { ($0.register ?? "trust-wide") == register }
        }
        var report = Report(title: "Heat maps of open risks (G green, A amber, R red)")
        report.add(HeatMapFigure.block(maps))
        if let unplaced = HeatMapFigure.unplacedTable(maps, bands: registers.policy.bands) { report.add(.detail(unplaced)) }
        environment.print(report, as: format)
        return .success
    }
}

extension HeatMap.Stage: ExpressibleByArgument {}
