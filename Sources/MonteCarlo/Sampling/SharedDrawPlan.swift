/// One input drawn once a year for the whole trust.
package struct SharedInput: Sendable, Equatable {
    package var name: String
    package var distribution: Distribution

    package init(name: String, distribution: Distribution) {
        self.name = name
        self.distribution = distribution
    }
}

/// How ``SharedDraws`` draws its inputs: independently or by Latin hypercube, and with which
/// rank correlations among them.
package struct SharedDrawPlan: Sendable, Equatable {
    package enum Sampling: Sendable, Equatable {
        /// Each trial's keyed draw, independent of the others (plain Monte Carlo).
        case independent
        /// One trial in each of N equal-probability strata (``LatinHypercube``).
        case latinHypercube(LatinHypercube.Position)
    }

    package let inputs: [SharedInput]
    package let sampling: Sampling
    /// Target Spearman correlations among some of the inputs (by name), or nil.
    package let correlation: CorrelationMatrix?
    /// The index in ``inputs`` of each of the correlation's names, in its order.
    let correlatedInputs: [Int]

    package init(inputs: [SharedInput], sampling: Sampling = .independent, correlation: CorrelationMatrix? = nil) throws(CorrelationError) {
        var index: [String: Int] = [:]
        for (i, input) in inputs.enumerated() where index.updateValue(i, forKey: input.name) != nil {
            throw .repeatedName(input.name)
        }
        var correlatedInputs: [Int] = []
        for name in correlation?.names ?? [] {
            guard let i = index[name] else { throw .unknownName(name) }
            correlatedInputs.append(i)
        }
        self.correlatedInputs = correlatedInputs
        self.inputs = inputs
        self.sampling = sampling
        self.correlation = correlation
    }
}
