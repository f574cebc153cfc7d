import Foundation
import JSONDocument
import MonteCarlo
import Testing

/// The reference values `Fixtures/make_references.py` wrote from scipy.
struct Reference: Sendable, CustomTestStringConvertible {
    struct Point: Sendable {
        var p: Double
        var value: Double
        var density: Double?
    }

    var name: String
    var distribution: Distribution
    var isDiscrete: Bool
    var mean: Double
    var standardDeviation: Double
    var percentiles: [Point]
    var quantiles: [Point]

    var testDescription: String { name }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Every reference in `references.json`, read once.
    static let all: [Reference] = {
        do {
            let url = fixtures.appendingPathComponent("references.json")
            let root = JSONCursor(
                node: try JSONParser.parse(bytes: Array(try Data(contentsOf: url)), source: "references.json"),
                source: "references.json")
            var document = try root.object()
            return try document.required("distributions").array().map { cursor in
                var entry = try cursor.object()
                func points(_ key: String) throws -> [Point] {
                    try entry.required(key).array().map { item in
                        var point = try item.object()
                        return Point(
                            p: try point.required("p").double(), value: try point.required("value").double(),
                            density: try point.optional("density")?.double())
                    }
                }
                return Reference(
                    name: try entry.required("name").string(),
                    distribution: try Distribution(decoding: try entry.required("form")),
                    isDiscrete: try entry.required("discrete").bool(),
                    mean: try entry.required("mean").double(),
                    standardDeviation: try entry.required("standardDeviation").double(),
                    percentiles: try points("percentiles"),
                    quantiles: try points("quantiles"))
            }
        } catch {
            fatalError("Fixtures/references.json could not be read: \(error)")
        }
    }()

    /// The draws and seed the references were made for.
    static let draws = 1_000_000
    static let seed: UInt64 = 20_261_122
}
