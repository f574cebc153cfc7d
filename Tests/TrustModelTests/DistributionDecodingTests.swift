import JSONDocument
import MonteCarlo
import Testing
import TrustModel

/// The scenario file's distribution forms, and the messages a mistake in one produces.
struct DistributionDecodingTests {
    @Test func everyFormDecodes() throws {
        let forms: [(String, Distribution)] = [
            ("12.5", .fixed(12.5)),
            (#"{"uniform": [0, 60]}"#, try .uniform(min: 0, max: 60)),
            (#"{"triangular": [0.5, 2.0, 4.0]}"#, try .triangular(min: 0.5, mode: 2, max: 4)),
            (#"{"pert": [1, 2, 5]}"#, try .pert(min: 1, mode: 2, max: 5)),
            (#"{"pert": [1, 2, 5], "lambda": 6}"#, try .pert(min: 1, mode: 2, max: 5, lambda: 6)),
            (#"{"normal": [-1.0, 2.0]}"#, try .normal(mean: -1, standardDeviation: 2)),
            (#"{"normal": [2, 1.5], "min": 0, "max": 5}"#, try .normal(mean: 2, standardDeviation: 1.5, min: 0, max: 5)),
            (#"{"normal": [2, 1.5], max: 5,}"#, try .normal(mean: 2, standardDeviation: 1.5, max: 5)),
            (#"{"lognormal": [50000, 20000]}"#, try .lognormal(mean: 50_000, standardDeviation: 20_000)),
            (#"{"bernoulli": 0.3}"#, try .bernoulli(probability: 0.3)),
            (#"{"poisson": 4}"#, try .poisson(rate: 4)),
            (#"{"discrete": {"values": [2, 3, 5], "weights": [5, 3, 2]}}"#, try .discrete(values: [2, 3, 5], weights: [5, 3, 2])),
        ]
        for (text, expected) in forms {
            let decoded = try Distribution(decoding: cursor(text))
            #expect(decoded == expected, "\(text)")
            // Writing it back and reading it again gives the same distribution.
            let rewritten = JSONWriter.write(decoded.jsonValue, pretty: false)
            #expect(try Distribution(decoding: cursor(rewritten)) == decoded, "\(rewritten)")
        }
    }

    /// The exact line a user reads, with file, line, column and path.
    @Test func errorsNameFileLineColumnAndPath() throws {
        let text = """
            {"economy": {
              "payAwardPercent": {"uniform": [5, 3]}
            }}
            """
        let document = try cursor(text)
        let field = JSONCursor(
            node: document.node["economy"]!["payAwardPercent"]!,
            path: JSONPath(parsing: "economy.payAwardPercent")!, source: "scenario.json")
        #expect(
            message { _ = try Distribution(decoding: field) }
                == "scenario.json:2:34: error: economy.payAwardPercent.uniform: a uniform distribution needs min ≤ max, but min is 5 and max is 3."
        )
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var text: String
        var expected: String
    }

    /// Every form, as an object naming none is told them.
    static let forms =
        #"write a plain number (a fixed value, e.g. 4.5), {"uniform": [min, max]}, {"triangular": [min, mode, max]}, "#
        + #"{"pert": [min, mode, max]}, {"normal": [mean, sd]}, {"lognormal": [mean, sd]}, {"bernoulli": p}, {"poisson": mean} "#
        + #"or {"discrete": {"values": [...], "weights": [...]}}."#

    static let badInputs: [BadInput] = [
        BadInput(
            testDescription: "mode outside", text: #"{"triangular": [1, 7, 4]}"#,
            expected:
                "scenario.json:1:16: error: triangular: the most likely value of a triangular distribution must lie from min to max, but 7 is outside [1, 4]."
        ),
        BadInput(
            testDescription: "negative sd", text: #"{"normal": [0, -2]}"#,
            expected:
                "scenario.json:1:12: error: normal: the standard deviation of a normal distribution must not be negative, but it is -2."),
        BadInput(
            testDescription: "probability above 1", text: #"{"bernoulli": 1.5}"#,
            expected: "scenario.json:1:15: error: bernoulli: a probability must be from 0 to 1, but it is 1.5."),
        BadInput(
            testDescription: "negative rate", text: #"{"poisson": -3}"#,
            expected: "scenario.json:1:13: error: poisson: the rate λ of a Poisson distribution must not be negative, but it is -3."),
        BadInput(
            testDescription: "negative lambda", text: #"{"pert": [0, 1, 2], "lambda": -1}"#,
            expected:
                "scenario.json:1:31: error: lambda: the shape λ (\"lambda\") of a PERT distribution must not be negative, but it is -1."),
        BadInput(
            testDescription: "negative weight", text: #"{"discrete": {"values": [1, 2], "weights": [1, -2]}}"#,
            expected: "scenario.json:1:48: error: discrete.weights[1]: weights must not be negative, but weight [1] is -2."),
        BadInput(
            testDescription: "zero weights", text: #"{"discrete": {"values": [1, 2], "weights": [0, 0]}}"#,
            expected: "scenario.json:1:14: error: discrete: the weights are all zero; at least one value needs a positive weight."),
        BadInput(
            testDescription: "NaN", text: #"{"normal": [0, NaN]}"#,
            expected: "scenario.json:1:16: error: normal[1]: expected a number, found NaN."),
        BadInput(
            testDescription: "infinity", text: #"{"uniform": [-Infinity, 1]}"#,
            expected: "scenario.json:1:14: error: uniform[0]: expected a number, found -Infinity."),
        BadInput(
            testDescription: "wrong count", text: #"{"triangular": [1, 2]}"#,
            expected: "scenario.json:1:16: error: triangular: expected a list of 3 numbers [min, mode, max], found a list of 2."),
        BadInput(
            testDescription: "misspelt form", text: #"{"trianglar": [1, 2, 3]}"#,
            expected:
                "scenario.json:1:2: error: 'trianglar' is not a distribution form (did you mean 'triangular'?); "
                + Self.forms),
        BadInput(
            testDescription: "a form that does not exist", text: #"{"fixed": 4.5}"#,
            expected: "scenario.json:1:2: error: 'fixed' is not a distribution form; " + Self.forms),
        BadInput(
            testDescription: "two forms", text: #"{"uniform": [0, 1], "normal": [0, 1]}"#,
            expected: "scenario.json:1:1: error: a distribution has one form, but this one names 2: 'uniform' and 'normal'."),
        BadInput(
            testDescription: "lambda on a triangular", text: #"{"triangular": [0, 1, 2], "lambda": 3}"#,
            expected: "scenario.json:1:1: error: 'lambda' belongs to a pert distribution, not a triangular one; remove it."),
        BadInput(
            testDescription: "unknown sibling", text: #"{"normal": [0, 1], "maxx": 0}"#,
            expected: "scenario.json:1:20: error: unknown field 'maxx' at the top level; did you mean 'max'?"),
        BadInput(
            testDescription: "text", text: #""ten""#,
            expected:
                "scenario.json:1:1: error: (top level): expected a number or a distribution such as {\"triangular\": [min, mode, max]}, found the text \"ten\"."
        ),
        BadInput(
            testDescription: "empty object", text: "{}",
            expected: "scenario.json:1:1: error: an empty object is not a distribution; " + Self.forms
        ),
        BadInput(
            testDescription: "truncation min ≥ max", text: #"{"normal": [0, 1], "min": 3, "max": 1}"#,
            expected: "scenario.json:1:27: error: min: a truncated normal distribution needs min < max, but min is 3 and max is 1."),
        BadInput(
            testDescription: "unknown discrete field", text: #"{"discrete": {"values": [1], "weight": [1]}}"#,
            expected: "scenario.json:1:30: error: unknown field 'weight' in discrete; did you mean 'weights'?"),
    ]

    @Test(arguments: badInputs)
    func refused(_ bad: BadInput) {
        #expect(message { _ = try Distribution(decoding: cursor(bad.text)) } == bad.expected)
    }
}

/// MonteCarlo spells a number in its sentences itself (it reads no file format), as the scenario
/// file writes it: the same text JSON's writer gives every finite number.
struct ParameterTextTests {
    @Test func numbersReadAsTheFileWritesThem() {
        for value in [0, -0.0, 1, -3, 12.5, 0.1, 1e-7, 2.5e20, 9_007_199_254_740_991, 9_007_199_254_740_992, -1234.5678, .pi] {
            #expect(ParameterText.of(value) == JSONWriter.format(number: value), "\(value)")
        }
        #expect(ParameterText.of(.nan) == "NaN" && ParameterText.of(-.infinity) == "-Infinity")
    }
}
