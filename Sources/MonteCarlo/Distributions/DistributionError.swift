/// Why a distribution's parameters were refused, as one sentence a person can act on.
///
/// The same sentences serve distributions built in code and those read from a scenario file,
/// where they follow the file, line, column and JSON path of the offending value.
package enum DistributionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A parameter is NaN or infinite.
    case notFinite(distribution: String, parameter: String, value: Double)
    /// `min` is greater than `max` (or, for a truncated normal, not less than it).
    case minimumAboveMaximum(distribution: String, min: Double, max: Double)
    /// The most likely value lies outside [min, max].
    case modeOutsideRange(distribution: String, mode: Double, min: Double, max: Double)
    /// A standard deviation below zero.
    case negativeStandardDeviation(distribution: String, value: Double)
    /// A probability below 0 or above 1.
    case probabilityOutsideUnitInterval(Double)
    /// A PERT distribution's shape parameter λ below zero.
    case negativePERTLambda(Double)
    /// A Poisson rate λ below zero.
    case negativePoissonRate(Double)
    /// A Poisson rate too large to count in whole numbers quickly (above ``PoissonDistribution/largestRate``).
    case poissonRateTooLarge(Double)
    /// A lognormal distribution whose mean is not positive.
    case lognormalMeanNotPositive(Double)
    /// A discrete distribution without values.
    case noValues
    /// A discrete distribution with a different number of values and weights.
    case valueAndWeightCountsDiffer(values: Int, weights: Int)
    /// A negative weight; `index` counts from 0, as JSON paths do.
    case negativeWeight(index: Int, value: Double)
    /// Every weight is zero.
    case allWeightsZero
    /// A truncated normal whose range holds (numerically) none of its probability.
    case truncationHoldsNoProbability(min: Double, max: Double)

    package var description: String {
        switch self {
        case .notFinite(let distribution, let parameter, let value):
            return "the \(parameter) of a \(distribution) distribution must be a finite number, not \(ParameterText.of(value))."
        case .minimumAboveMaximum(let distribution, let min, let max):
            let rule = distribution == "truncated normal" ? "min < max" : "min ≤ max"
            return "a \(distribution) distribution needs \(rule), but min is \(ParameterText.of(min)) and max is \(ParameterText.of(max))."
        case .modeOutsideRange(let distribution, let mode, let min, let max):
            return "the most likely value of a \(distribution) distribution must lie from min to max, "
                + "but \(ParameterText.of(mode)) is outside [\(ParameterText.of(min)), \(ParameterText.of(max))]."
        case .negativeStandardDeviation(let distribution, let value):
            return "the standard deviation of a \(distribution) distribution must not be negative, but it is \(ParameterText.of(value))."
        case .probabilityOutsideUnitInterval(let p):
            return "a probability must be from 0 to 1, but it is \(ParameterText.of(p))."
        case .negativePERTLambda(let lambda):
            return "the shape λ (\"lambda\") of a PERT distribution must not be negative, but it is \(ParameterText.of(lambda))."
        case .negativePoissonRate(let lambda):
            return "the rate λ of a Poisson distribution must not be negative, but it is \(ParameterText.of(lambda))."
        case .poissonRateTooLarge(let lambda):
            return "the rate λ of a Poisson distribution may be at most \(ParameterText.of(PoissonDistribution.largestRate)), "
                + "but it is \(ParameterText.of(lambda)); use a normal distribution for counts this large."
        case .lognormalMeanNotPositive(let mean):
            return "a lognormal distribution takes only positive values, so its mean must be above 0, but it is \(ParameterText.of(mean))."
        case .noValues:
            return "a discrete distribution needs at least one value."
        case .valueAndWeightCountsDiffer(let values, let weights):
            return "a discrete distribution needs one weight per value, but has \(values) values and \(weights) weights."
        case .negativeWeight(let index, let value):
            return "weights must not be negative, but weight [\(index)] is \(ParameterText.of(value))."
        case .allWeightsZero:
            return "the weights are all zero; at least one value needs a positive weight."
        case .truncationHoldsNoProbability(let min, let max):
            return
                "the truncation range [\(ParameterText.of(min)), \(ParameterText.of(max))] holds none of the normal distribution's probability "
                + "(it is too far out in a tail)."
        }
    }

    /// Throws ``notFinite`` unless every parameter is a finite number.
    static func requireFinite(_ distribution: String, _ parameters: KeyValuePairs<String, Double>) throws(DistributionError) {
        for (name, value) in parameters where !value.isFinite {
            throw .notFinite(distribution: distribution, parameter: name, value: value)
        }
    }
}
