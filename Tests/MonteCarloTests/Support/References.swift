import Foundation
import MonteCarlo
import Testing

/// The reference values `Fixtures/make_references.py` wrote from scipy.
struct Reference: Sendable, Decodable, CustomTestStringConvertible {
    struct Point: Sendable, Decodable {
        var p: Double
        var value: Double
        var density: Double?
    }

    var name: String
    /// The distribution, in the scenario file's form.
    var form: Form
    var discrete: Bool
    var mean: Double
    var standardDeviation: Double
    var percentiles: [Point]
    var quantiles: [Point]

    var testDescription: String { name }
    var distribution: Distribution { form.distribution }
    var isDiscrete: Bool { discrete }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Every reference in `references.json`, read once (with Foundation's decoder: MonteCarlo's
    /// tests, like MonteCarlo, need none of matrisk's file formats).
    static let all: [Reference] = {
        do {
            let data = try Data(contentsOf: fixtures.appendingPathComponent("references.json"))
            return try JSONDecoder().decode(File.self, from: data).distributions
        } catch {
            fatalError("Fixtures/references.json could not be read: \(error)")
        }
    }()

    /// The file's layout.
    private struct File: Decodable {
        var distributions: [Reference]
    }

    /// A distribution in the scenario file's forms, as `make_references.py` writes them:
    /// `{"pert": [min, mode, max], "lambda": 8}`, `{"normal": [mean, sd], "min": 0}`, `{"poisson": 3.7}`.
    struct Form: Sendable, Decodable {
        var distribution: Distribution

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        struct Table: Decodable {
            var values: [Double]
            var weights: [Double]
        }

        init(from decoder: any Decoder) throws {
            let form = try decoder.container(keyedBy: Key.self)
            func list(_ name: String) throws -> [Double]? { try form.decodeIfPresent([Double].self, forKey: Key(stringValue: name)) }
            func number(_ name: String) throws -> Double? { try form.decodeIfPresent(Double.self, forKey: Key(stringValue: name)) }
            if let p = try list("uniform") {
                distribution = try .uniform(min: p[0], max: p[1])
            } else if let p = try list("triangular") {
                distribution = try .triangular(min: p[0], mode: p[1], max: p[2])
            } else if let p = try list("pert") {
                distribution = try .pert(min: p[0], mode: p[1], max: p[2], lambda: try number("lambda") ?? PERTDistribution.defaultLambda)
            } else if let p = try list("normal") {
                distribution = try .normal(mean: p[0], standardDeviation: p[1], min: try number("min"), max: try number("max"))
            } else if let p = try list("lognormal") {
                distribution = try .lognormal(mean: p[0], standardDeviation: p[1])
            } else if let p = try number("bernoulli") {
                distribution = try .bernoulli(probability: p)
            } else if let rate = try number("poisson") {
                distribution = try .poisson(rate: rate)
            } else if let table = try form.decodeIfPresent(Table.self, forKey: Key(stringValue: "discrete")) {
                distribution = try .discrete(values: table.values, weights: table.weights)
            } else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a distribution form"))
            }
        }
    }

    /// The draws and seed the references were made for.
    static let draws = 1_000_000
    static let seed: UInt64 = 20_261_122
}
