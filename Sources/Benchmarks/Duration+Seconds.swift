extension Duration {
    /// The duration in seconds as a `Double`, attoseconds and all: how the benchmarks report
    /// a time taken.
    package var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
