import MonteCarlo
import Testing

/// Every parameter rule, for distributions built in code: the right error and its sentence.
struct DistributionValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var make: @Sendable () throws -> Distribution
        var expected: DistributionError
    }

    static let cases: [Case] = [
        Case(
            testDescription: "uniform min > max", make: { try .uniform(min: 5, max: 3) },
            expected: .minimumAboveMaximum(distribution: "uniform", min: 5, max: 3)),
        Case(
            testDescription: "triangular min > max", make: { try .triangular(min: 4, mode: 4, max: 1) },
            expected: .minimumAboveMaximum(distribution: "triangular", min: 4, max: 1)),
        Case(
            testDescription: "PERT min > max", make: { try .pert(min: 9, mode: 5, max: 1) },
            expected: .minimumAboveMaximum(distribution: "PERT", min: 9, max: 1)),
        Case(
            testDescription: "triangular mode below min", make: { try .triangular(min: 1, mode: 0.5, max: 4) },
            expected: .modeOutsideRange(distribution: "triangular", mode: 0.5, min: 1, max: 4)),
        Case(
            testDescription: "PERT mode above max", make: { try .pert(min: 1, mode: 5, max: 4) },
            expected: .modeOutsideRange(distribution: "PERT", mode: 5, min: 1, max: 4)),
        Case(
            testDescription: "normal sd < 0", make: { try .normal(mean: 0, standardDeviation: -1) },
            expected: .negativeStandardDeviation(distribution: "normal", value: -1)),
        Case(
            testDescription: "lognormal sd < 0", make: { try .lognormal(mean: 10, standardDeviation: -2) },
            expected: .negativeStandardDeviation(distribution: "lognormal", value: -2)),
        Case(
            testDescription: "lognormal mean ≤ 0", make: { try .lognormal(mean: 0, standardDeviation: 2) },
            expected: .lognormalMeanNotPositive(0)),
        Case(
            testDescription: "bernoulli p < 0", make: { try .bernoulli(probability: -0.1) },
            expected: .probabilityOutsideUnitInterval(-0.1)),
        Case(
            testDescription: "bernoulli p > 1", make: { try .bernoulli(probability: 1.2) },
            expected: .probabilityOutsideUnitInterval(1.2)),
        Case(testDescription: "poisson λ < 0", make: { try .poisson(rate: -1) }, expected: .negativePoissonRate(-1)),
        Case(testDescription: "poisson λ too large", make: { try .poisson(rate: 1e12) }, expected: .poissonRateTooLarge(1e12)),
        Case(
            testDescription: "PERT λ < 0", make: { try .pert(min: 0, mode: 1, max: 2, lambda: -4) },
            expected: .negativePERTLambda(-4)),
        Case(
            testDescription: "discrete negative weight", make: { try .discrete(values: [1, 2, 3], weights: [1, -0.5, 1]) },
            expected: .negativeWeight(index: 1, value: -0.5)),
        Case(
            testDescription: "discrete all-zero weights", make: { try .discrete(values: [1, 2], weights: [0, 0]) },
            expected: .allWeightsZero),
        Case(
            testDescription: "discrete counts differ", make: { try .discrete(values: [1, 2], weights: [1]) },
            expected: .valueAndWeightCountsDiffer(values: 2, weights: 1)),
        Case(testDescription: "discrete no values", make: { try .discrete(values: [], weights: []) }, expected: .noValues),
        Case(
            testDescription: "NaN min", make: { try .uniform(min: .nan, max: 1) },
            expected: .notFinite(distribution: "uniform", parameter: "min", value: .nan)),
        Case(
            testDescription: "infinite mode", make: { try .triangular(min: 0, mode: .infinity, max: 1) },
            expected: .notFinite(distribution: "triangular", parameter: "most likely value", value: .infinity)),
        Case(
            testDescription: "NaN probability", make: { try .bernoulli(probability: .nan) },
            expected: .notFinite(distribution: "Bernoulli", parameter: "probability", value: .nan)),
        Case(
            testDescription: "infinite weight", make: { try .discrete(values: [1, 2], weights: [1, .infinity]) },
            expected: .notFinite(distribution: "discrete", parameter: "weight [1]", value: .infinity)),
        Case(
            testDescription: "NaN fixed value", make: { try .fixed(value: .nan) },
            expected: .notFinite(distribution: "fixed", parameter: "value", value: .nan)),
        Case(
            testDescription: "truncated normal min ≥ max", make: { try .normal(mean: 0, standardDeviation: 1, min: 2, max: 2) },
            expected: .minimumAboveMaximum(distribution: "truncated normal", min: 2, max: 2)),
        Case(
            testDescription: "truncation with no probability", make: { try .normal(mean: 0, standardDeviation: 1, min: 40) },
            expected: .truncationHoldsNoProbability(min: 40, max: .infinity)),
    ]

    @Test(arguments: cases)
    func refused(_ c: Case) {
        do {
            _ = try c.make()
            Issue.record("accepted \(c.testDescription)")
        } catch let error as DistributionError {
            // NaN never equals itself, so compare the sentences, which name the case exactly.
            #expect(error.description == c.expected.description)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func sentencesReadAsSentences() {
        #expect(
            DistributionError.minimumAboveMaximum(distribution: "uniform", min: 5, max: 3).description
                == "a uniform distribution needs min ≤ max, but min is 5 and max is 3.")
        #expect(
            DistributionError.modeOutsideRange(distribution: "triangular", mode: 0.5, min: 1, max: 4).description
                == "the most likely value of a triangular distribution must lie from min to max, but 0.5 is outside [1, 4].")
        #expect(
            DistributionError.negativeStandardDeviation(distribution: "normal", value: -1).description
                == "the standard deviation of a normal distribution must not be negative, but it is -1.")
        #expect(
            DistributionError.probabilityOutsideUnitInterval(1.2).description
                == "a probability must be from 0 to 1, but it is 1.2.")
        #expect(
            DistributionError.negativePoissonRate(-1).description
                == "the rate λ of a Poisson distribution must not be negative, but it is -1.")
        #expect(
            DistributionError.negativeWeight(index: 1, value: -0.5).description
                == "weights must not be negative, but weight [1] is -0.5.")
        #expect(
            DistributionError.allWeightsZero.description
                == "the weights are all zero; at least one value needs a positive weight.")
        #expect(
            DistributionError.notFinite(distribution: "uniform", parameter: "min", value: .nan).description
                == "the min of a uniform distribution must be a finite number, not NaN.")
    }

    @Test func boundaryValuesAreAccepted() throws {
        #expect(try Distribution.uniform(min: 2, max: 2).quantile(0.3) == 2)
        #expect(try Distribution.triangular(min: 1, mode: 1, max: 3).mean == 5.0 / 3)
        #expect(try Distribution.pert(min: 4, mode: 4, max: 4).quantile(0.9) == 4)
        #expect(try Distribution.bernoulli(probability: 0).quantile(0.999) == 0)
        #expect(try Distribution.bernoulli(probability: 1).quantile(0.001) == 1)
        #expect(try Distribution.poisson(rate: 0).quantile(0.999) == 0)
        #expect(try Distribution.normal(mean: 3, standardDeviation: 0).quantile(0.01) == 3)
        #expect(try Distribution.lognormal(mean: 3, standardDeviation: 0).quantile(0.99) == 3.0000000000000004)
        #expect(try Distribution.pert(min: 0, mode: 5, max: 10, lambda: 0) == Distribution.pert(min: 0, mode: 5, max: 10, lambda: 0))
        #expect(try Distribution.discrete(values: [3, 1, 3], weights: [1, 0, 1]).quantile(0.01) == 3)
    }

    @Test func descriptionsForTheBoardPack() throws {
        #expect(try Distribution.triangular(min: 0.5, mode: 2, max: 4).description == "triangular from 0.5 to 4, most likely 2")
        #expect(
            try Distribution.pert(min: 10_000, mode: 25_000, max: 80_000).description
                == "PERT from 10000 to 80000, most likely 25000")
        #expect(try Distribution.pert(min: 1, mode: 3, max: 10, lambda: 8).description == "PERT from 1 to 10, most likely 3 (λ = 8)")
        #expect(try Distribution.uniform(min: 0, max: 60).description == "uniform from 0 to 60")
        #expect(
            try Distribution.normal(mean: -1, standardDeviation: 2, min: -3).description
                == "normal with mean -1 and standard deviation 2, truncated below at -3")
        #expect(
            try Distribution.lognormal(mean: 50_000, standardDeviation: 20_000).description
                == "lognormal with mean 50000 and standard deviation 20000")
        #expect(try Distribution.bernoulli(probability: 0.3).description == "1 with probability 0.3, else 0")
        #expect(try Distribution.poisson(rate: 4).description == "Poisson with mean 4")
        #expect(
            try Distribution.discrete(values: [10, 1, 5, 2], weights: [1, 4, 2, 3]).description
                == "1 (40%), 2 (30%), 5 (20%) or 10 (10%)")
        #expect(Distribution.fixed(2.5).description == "fixed at 2.5")
    }
}
