import Foundation

/// A deterministic trust of a thousand risks: a trust register of 20 (each with money attached)
/// and 40 academy registers of 24 or 25, with a mitigation for every fourth risk, beside a copy
/// of the small scenario that reads them. Made in the test rather than kept as a fixture.
enum ThousandRisks {
    static let categories = [
        "financial", "workforce", "estates", "safeguarding", "technology", "compliance", "education-standards", "attendance",
    ]

    static func write(to folder: URL) throws {
        let registers = folder.appendingPathComponent("registers")
        try FileManager.default.createDirectory(at: registers, withIntermediateDirectories: true)
        let header =
            "Risk ID,Title,Category,Owner,Likelihood,Impact,Residual likelihood,Residual impact,Trust risk,Status,Last reviewed,Next review"
        var trust = header + ",Annual probability %,Impact min £,Impact likely £,Impact max £,Scope\n"
        for t in 1...20 {
            trust +=
                "T\(t < 10 ? "0" : "")\(t),Trust risk \(t),\(categories[t % 8]),CEO,4,4,3,3,,open,2026-10-01,2027-01-10,\(5 + t % 10)%,10000,40000,150000,central\n"
        }
        var academies = "Register," + header + "\n"
        var mitigations = "Mitigation ID,Risk IDs,Title,Owner,Status,Due\n"
        var n = 0
        for a in 1...40 {
            for r in 1...(a <= 20 ? 25 : 24) {
                n += 1
                let l = 1 + (n * 7) % 5
                let i = 1 + (n * 3) % 5
                let rl = max(1, l - n % 2)
                let link = n % 9 == 0 ? "" : "T\(1 + n % 20 < 10 ? "0" : "")\(1 + n % 20)"
                academies +=
                    "academy-\(a),A\(a)-\(r),Risk \(n) at academy \(a),\(categories[n % 8]),SBM,\(l),\(i),\(rl),\(i),\(link),open,2026-10-01,\(n % 13 == 0 ? "2026-10-01" : "2027-01-10")\n"
                if n % 4 == 0 { mitigations += "M\(n),A\(a)-\(r),Control \(n),SBM,\(n % 8 == 0 ? "in place" : "planned"),2026-12-01\n" }
            }
        }
        try trust.write(to: registers.appendingPathComponent("trust.csv"), atomically: true, encoding: .utf8)
        try academies.write(to: registers.appendingPathComponent("academies.csv"), atomically: true, encoding: .utf8)
        try mitigations.write(to: registers.appendingPathComponent("mitigations.csv"), atomically: true, encoding: .utf8)
        var scenario = try String(contentsOf: MatriskProcess.fixtures.appendingPathComponent("scenarios/small.json"), encoding: .utf8)
        scenario = scenario.replacingOccurrences(
            of: "\"registers\": {\"risks\": \"trust-risks.csv\"}", with: "\"registers\": {\"folder\": \"registers\"}")
        try scenario.write(to: folder.appendingPathComponent("scenario.json"), atomically: true, encoding: .utf8)
    }
}
