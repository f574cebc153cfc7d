extension CommandSpec {
    /// `matrisk` itself: the list of everything it can do.
    static let matrisk = CommandSpec(
        group: CommandConfiguration(
            name: "matrisk",
            abstract: "Risk registers and Monte Carlo scenarios for multi-academy trusts.",
            subcommands: [
                CommandSpec(InitCommand.self), CommandSpec(SimulateCommand.self), CommandSpec(CompareCommand.self),
                CommandSpec(SweepCommand.self),
                CommandSpec(SolveCommand.self), CommandSpec(StressCommand.self), CommandSpec(SensitivityCommand.self),
                CommandSpec(RisksCommand.self), .register,
                CommandSpec(ReportCommand.self), CommandSpec(BenchCommand.self),
            ]))
}
