import Foundation
import RiskRegister

/// A large, deterministic register set: `academies` academy registers of `perAcademy` risks each,
/// a trust register of 20, and a mitigation for every fourth risk. Used to show that checks and
/// roll-ups stay linear; the timing itself is measured in a release build (see README).
enum GeneratedRegisters {
    static let categories = [
        "financial", "workforce", "estates", "safeguarding", "technology", "compliance", "education-standards", "attendance",
    ]

    static func sources(academies: Int, perAcademy: Int) -> [RegisterSource] {
        var trust = Registers.header + "\n"
        for t in 1...20 {
            trust += Registers.row(String(format: "T%02d", t), categories[t % categories.count], inherent: (4, 4), residual: (3, 3)) + "\n"
        }
        var academy = "Register," + Registers.header + "\n"
        var mitigations = "Mitigation ID,Risk IDs,Title,Owner,Status,Due\n"
        var n = 0
        for a in 1...academies {
            for r in 1...perAcademy {
                n += 1
                let l = 1 + (n * 7) % 5
                let i = 1 + (n * 3) % 5
                let residual = (max(1, l - n % 2), i)
                let trustLink = n % 9 == 0 ? "" : String(format: "T%02d", 1 + n % 20)
                academy +=
                    "academy-\(a),"
                    + Registers.row(
                        "A\(a)-\(r)", categories[n % categories.count], inherent: (l, i), residual: residual,
                        trust: trustLink, next: n % 13 == 0 ? "2026-10-01" : "2027-01-10") + "\n"
                if n % 4 == 0 { mitigations += "M\(n),A\(a)-\(r),Control \(n),SBM,\(n % 8 == 0 ? "in place" : "planned"),2026-12-01\n" }
            }
        }
        return [
            RegisterSource(name: "trust.csv", text: trust), RegisterSource(name: "academies.csv", text: academy),
            RegisterSource(name: "mitigations.csv", text: mitigations),
        ]
    }
}
