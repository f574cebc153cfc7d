import Foundation
import JSONDocument
import RiskRegister

@testable import TrustModel

/// Scenarios for tests: the fixtures folder, and scenarios written inline with files served
/// from memory.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let packageRoot = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Files read from disk, relative to the package root.
    static let disk = ScenarioFiles(
        read: { path in
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : packageRoot.appendingPathComponent(path)
            return [UInt8](try Data(contentsOf: url))
        },
        list: { path in
            let url = packageRoot.appendingPathComponent(path)
            return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { !$0.hasPrefix(".") }.sorted()
                .map { path + "/" + $0 }
        })

    /// Files served from a dictionary of path → text.
    static func memory(_ files: [String: String]) -> ScenarioFiles {
        ScenarioFiles(
            read: { path in
                guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
                return Array(text.utf8)
            },
            list: { folder in files.keys.filter { $0.hasPrefix(folder + "/") }.sorted() })
    }

    /// Loads a scenario written inline (as `scenario.json`), with any other files given.
    static func load(_ json: String, files: [String: String] = [:], overrides: [String] = []) throws -> LoadedScenario {
        var all = files
        all["scenario.json"] = json
        return try ScenarioLoader.load(path: "scenario.json", files: memory(all), overrides: overrides)
    }

    /// A small scenario: two academies, an uncertain economy, `extra` merged into the top level.
    static func small(trials: Int = 2_000, extraTrust: String = "", extra: String = "") -> String {
        """
        {
          "name": "Test trust", "startYear": 2026, "years": 4, "trials": \(trials), "seed": 7,
          "economy": {
            "fundingUpliftPercent": {"normal": [2.0, 0.8]}, "payAwardPercent": {"triangular": [2, 3.5, 6.5]},
            "payGrantCoveragePercent": {"uniform": [0, 60]}, "nonPayInflationPercent": {"triangular": [1.5, 3, 8]}
          },
          "trust": {"topSlicePercent": 5, "centralReserves": 200000, "centralOtherIncome": 30000,
                    "centralCosts": {"fixed": 300000, "perAcademy": 25000, "joiningCost": 40000}\(extraTrust)},
          "academies": [
            {"id": "oak", "phase": "primary", "type": "converter", "pupils": 400, "capacity": 420,
             "rollChangePercent": {"normal": [-1, 2]}, "fundingPerPupil": 5400, "lumpSum": 145000,
             "otherIncome": 300000, "staffCosts": 2000000, "nonStaffCosts": 500000, "reserves": 150000},
            {"id": "hill", "phase": "secondary", "type": "converter", "pupils": 1000, "capacity": 1100,
             "rollChangePercent": {"normal": [0.5, 1.5]}, "fundingPerPupil": 7000, "lumpSum": 145000,
             "otherIncome": 600000, "staffCosts": 5700000, "nonStaffCosts": 1600000, "reserves": 600000}
          ]\(extra)
        }
        """
    }
}
