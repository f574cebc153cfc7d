import Foundation
import RiskRegister

/// Small registers written inline, and the example data in `Scenarios/`, for the tests.
enum Registers {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let asOf = CalendarDate(year: 2026, month: 11, day: 22)!

    /// Every file in a folder of `Scenarios/`, in name order, as sources.
    static func example(_ folder: String) throws -> [RegisterSource] {
        let url = packageRoot.appendingPathComponent("Scenarios").appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        return try names.map { name in
            RegisterSource(name: "\(folder)/\(name)", bytes: [UInt8](try Data(contentsOf: url.appendingPathComponent(name))))
        }
    }

    /// A trust register and one academy's, with the columns every register has.
    static let header =
        "Risk ID,Title,Category,Owner,Likelihood,Impact,Residual likelihood,Residual impact,Trust risk,Status,Last reviewed,Next review"

    static func load(_ files: [String: String], policy: RiskPolicy? = nil) throws -> RegisterLoad {
        try RegisterSet.load(
            files.keys.sorted().map { RegisterSource(name: $0, text: files[$0]!) }, options: RegisterImportOptions(policy: policy))
    }

    /// One risk row in the `header` layout.
    static func row(
        _ id: String, _ category: String = "financial", owner: String = "CFO", inherent: (Int, Int) = (3, 3),
        residual: (Int, Int) = (2, 3), trust: String = "", status: String = "open",
        last: String = "2026-10-01", next: String = "2027-01-10"
    ) -> String {
        "\(id),Risk \(id),\(category),\(owner),\(inherent.0),\(inherent.1),\(residual.0),\(residual.1),\(trust),\(status),\(last),\(next)"
    }
}
