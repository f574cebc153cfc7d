import Foundation

/// How often an event happened over the trials (central reserves below zero, any academy in
/// deficit), with its standard error and Wilson interval, in 16 bytes, mergeable.
package struct ProportionAccumulator: Mergeable, Equatable {
    package private(set) var trials = 0
    package private(set) var events = 0

    package init() {}

    package init(trials: Int, events: Int) {
        precondition(trials >= 0 && events >= 0 && events <= trials, "\(events) events in \(trials) trials")
        self.trials = trials
        self.events = events
    }

    package mutating func add(_ happened: Bool) {
        trials += 1
        if happened { events += 1 }
    }

    package mutating func merge(_ later: ProportionAccumulator) {
        trials += later.trials
        events += later.events
        measuredStandardError = nil
    }

    /// The estimated probability p̂ = events/trials (0 when there were no trials).
    package var estimate: Double { trials > 0 ? Double(events) / Double(trials) : 0 }

    /// The standard error √(p̂(1 − p̂)/n) of the estimate.
    /// A standard error measured from replicates (the spread of replicated Latin hypercube
    /// blocks), which takes the place of √(p(1−p)/n) where the trials are not independent draws.
    package var measuredStandardError: Double?

    package var standardError: Double {
        if let measuredStandardError { return measuredStandardError }
        guard trials > 0 else { return 0 }
        let p = estimate
        return (p * (1 - p) / Double(trials)).squareRoot()
    }

    /// The Wilson score interval (Wilson, JASA 22, 1927), which stays inside [0, 1] and keeps
    /// its coverage when p̂ is 0 or 1, unlike p̂ ± z·SE:
    /// (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). z = 1.96 gives 95%.
    package func wilsonInterval(z: Double = 1.959_963_984_540_054) -> ClosedRange<Double> {
        guard trials > 0 else { return 0...1 }
        let n = Double(trials)
        let p = estimate
        let z2 = z * z
        let centre = p + z2 / (2 * n)
        let spread = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        let scale = 1 + z2 / n
        return Swift.max(0, (centre - spread) / scale)...Swift.min(1, (centre + spread) / scale)
    }
}
