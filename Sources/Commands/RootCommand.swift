extension CommandSpec {
    /// `matrisk` itself: the list of everything it can do.
    static let matrisk = CommandSpec(
        name: "matrisk",
        abstract: "Risk registers and Monte Carlo scenarios for multi-academy trusts.",
        subcommands: [.simulate, .compare, .sweep, .solve, .sensitivity, .risks, .register, .report, .bench]
    )
}
