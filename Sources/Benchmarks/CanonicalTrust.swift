import TrustModel

/// The large trust `matrisk bench` simulates: generated in code, so no large file is committed,
/// and loaded through ``ScenarioLoader`` from the scenario and register files it writes in
/// memory, so it is checked exactly as a user's files are.
///
/// With the defaults it is issue 7's canonical scenario: 40 academies (one in five a secondary,
/// with budgets like `Scenarios/growth.json`'s), 10 years, 30 quantified risks on each academy's
/// register and 20 trust risks (8 of them striking each academy independently), one planned
/// join per 8 academies (from two templates, each with its own 30-risk register, each join with
/// a probability of going ahead), mitigations in place and planned, and 100,000 trials. Every
/// figure comes from the academy's index, so the same settings always give the same trust.
///
///     let loaded = try CanonicalTrust(academies: 40).load()
///     let result = try Simulation.run(loaded.base, registers: loaded.registers)
package struct CanonicalTrust: Sendable, Equatable {
    package var academies: Int
    package var years: Int
    package var trials: Int
    package var risksPerAcademy: Int
    package var trustRisks: Int

    package init(academies: Int = 40, years: Int = 10, trials: Int = 100_000, risksPerAcademy: Int = 30, trustRisks: Int = 20) {
        self.academies = academies
        self.years = years
        self.trials = trials
        self.risksPerAcademy = risksPerAcademy
        self.trustRisks = trustRisks
    }

    /// The name the generated scenario file is loaded under.
    package static let path = "canonical/scenario.json"

    /// Planned joins: one for every 8 academies (at least one).
    package var joins: Int { max(1, academies / 8) }

    /// The generated scenario loaded with its registers.
    package func load() throws -> LoadedScenario {
        let files = self.files
        return try ScenarioLoader.load(
            path: Self.path,
            files: ScenarioFiles(
                read: { path in
                    guard let text = files[path] else { throw CanonicalTrustFileMissing(path: path) }
                    return Array(text.utf8)
                },
                list: { folder in files.keys.filter { $0.hasPrefix(folder + "/") }.sorted() }))
    }

    /// Every generated file by path: the scenario and its register, template and mitigation files.
    package var files: [String: String] {
        [
            Self.path: scenarioJSON,
            "canonical/registers/trust.csv": trustRegisterCSV,
            "canonical/registers/academies.csv": academyRegistersCSV,
            "canonical/registers/templates.csv": templateRegistersCSV,
            "canonical/registers/mitigations.csv": mitigationsCSV,
        ]
    }

    // MARK: - The scenario

    var scenarioJSON: String {
        let academyLines = (0..<academies).map { academyJSON($0) }.joined(separator: ",\n    ")
        let joinLines = (0..<joins).map { i in
            let template = i % 2 == 0 ? "converter-primary" : "sponsored-primary"
            let probability = [0.9, 0.75, 0.6, 0.7, 0.5][i % 5]
            return
                #"{"year": \#(2027 + i % min(5, years - 1 > 0 ? years - 1 : 1)), "template": "\#(template)", "probability": \#(probability), "id": "join-\#(i + 1)"}"#
        }.joined(separator: ",\n    ")
        return """
            {
              "name": "Canonical trust: \(academies) academies, \(years) years",
              "startYear": 2026, "years": \(years), "trials": \(trials), "seed": 20261122,
              "economy": {
                "fundingUpliftPercent": {"normal": [2.0, 0.8], "min": 0.0, "max": 4.0},
                "payAwardPercent": {"pert": [2.0, 3.5, 6.5]},
                "payGrantCoveragePercent": {"triangular": [30, 65, 85]},
                "nonPayInflationPercent": {"pert": [1.5, 3.0, 8.0]}
              },
              "trust": {
                "topSlicePercent": 5.0, "centralReserves": \(250_000 * max(1, academies / 4)), "centralOtherIncome": 40000,
                "centralCosts": {"fixed": 420000, "perAcademy": 30000, "joiningCost": 45000,
                  "steps": [{"atAcademies": 5, "cost": 180000, "leadYears": 1}, {"atAcademies": 12, "cost": 500000, "leadYears": 1},
                            {"atAcademies": 30, "cost": 900000, "leadYears": 1}]},
                "reserveTargetPercent": 6.0, "trustReserveTargetPercent": 5.0, "staffCostCapPercent": 80.0,
                "deficitRecovery": {"maxStaffCutPercent": 2.0}
              },
              "academies": [
                \(academyLines)
              ],
              "templates": {
                "converter-primary": {"phase": "primary", "type": "converter", "pupils": {"triangular": [150, 280, 420]}, "capacity": 420,
                  "rollChangePercent": {"normal": [-1.0, 1.5]}, "fundingPerPupil": {"normal": [5500, 350], "min": 4955}, "lumpSum": 145100,
                  "otherIncome": {"triangular": [100000, 180000, 300000]}, "staffCostsPercent": {"normal": [73, 2.5], "min": 65, "max": 82},
                  "nonStaffCostsPercent": {"triangular": [20, 22.5, 26]}, "reserves": {"triangular": [-100000, 140000, 280000]},
                  "register": "converter-primary"},
                "sponsored-primary": {"phase": "primary", "type": "sponsored", "pupils": {"triangular": [120, 220, 330]}, "capacity": 315,
                  "rollChangePercent": {"normal": [0.0, 2.5]}, "fundingPerPupil": {"normal": [6000, 400], "min": 4955}, "lumpSum": 145100,
                  "otherIncome": {"triangular": [150000, 230000, 350000]}, "staffCostsPercent": {"normal": [75, 3], "min": 66, "max": 85},
                  "nonStaffCostsPercent": {"triangular": [21, 24, 28]},
                  "structuralDeficit": {"probability": 0.4, "amount": {"lognormal": [60000, 30000]}, "recoveryYears": 3},
                  "register": "sponsored-primary"}
              },
              "growth": [
                \(joinLines)
              ],
              "registers": "registers"
            }

            """
    }

    /// Academy `i`: a primary (or every fifth a secondary) with a budget in proportion to its roll.
    func academyJSON(_ i: Int) -> String {
        let secondary = i % 5 == 4
        let pupils = secondary ? 900 + (i * 61) % 400 : 180 + (i * 37) % 240
        let capacity = pupils + (secondary ? 100 : 10 + (i % 3) * 10)
        let perPupil = secondary ? 7000 + (i * 29) % 300 : 5400 + (i * 53) % 650
        let other = secondary ? 600_000 + (i * 7919) % 150_000 : 150_000 + (i * 7919) % 170_000
        let income = Double(pupils * perPupil + 145_100 + other)
        let staff = (income * (secondary ? 0.74 : 0.76)).rounded()
        let nonStaff = (income * 0.2).rounded()
        let reserves = (income * 0.08).rounded()
        let roll = secondary ? #"{"normal": [0.8, 1.5]}"# : #"{"normal": [-1.0, 1.5]}"#
        return
            #"{"id": "\#(academyID(i))", "phase": "\#(secondary ? "secondary" : "primary")", "type": "converter", "pupils": \#(pupils), "capacity": \#(capacity), "rollChangePercent": \#(roll), "fundingPerPupil": \#(perPupil), "lumpSum": 145100, "otherIncome": \#(other), "staffCosts": \#(Int(staff)), "nonStaffCosts": \#(Int(nonStaff)), "reserves": \#(Int(reserves))}"#
    }

    func academyID(_ i: Int) -> String { "academy-\(i + 1)" }

    // MARK: - The registers

    static let registerHeader =
        "Risk ID,Register,Title,Category,Owner,Likelihood,Impact,Residual likelihood,Residual impact,Trust risk,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope"
    static let categories = [
        "financial", "estates", "workforce", "safeguarding", "technology", "compliance", "education-standards", "reputation",
    ]

    var trustRegisterCSV: String {
        var lines = [Self.registerHeader]
        for t in 0..<trustRisks {
            // The first 8 strike each academy independently (a cyber attack, a pay award); the rest the centre.
            let each = t < 8
            let base = each ? 5_000 + (t * 9_173) % 60_000 : 20_000 + (t * 37_199) % 250_000
            let probability = each ? 3 + (t * 5) % 18 : 5 + (t * 7) % 26
            lines.append(
                "\(trustRiskID(t)),trust,Trust risk \(t + 1),\(Self.categories[t % 8]),CEO,3,4,2,4,,\(probability)%,\(base / 2),\(base),\(base * 3),\(each ? "each-academy" : "central")"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func trustRiskID(_ t: Int) -> String { "T\(t + 1)" }

    var academyRegistersCSV: String {
        var lines = [Self.registerHeader]
        for i in 0..<academies { lines += risks(register: academyID(i), prefix: "A\(i + 1)") }
        return lines.joined(separator: "\n") + "\n"
    }

    var templateRegistersCSV: String {
        ([Self.registerHeader] + risks(register: "converter-primary", prefix: "CP") + risks(register: "sponsored-primary", prefix: "SP"))
            .joined(separator: "\n") + "\n"
    }

    /// `risksPerAcademy` quantified risks on one register; every third rolls up to a trust risk.
    func risks(register: String, prefix: String) -> [String] {
        (0..<risksPerAcademy).map { k in
            let base = 2_000 + (k * 3_571) % 60_000
            let probability = 2 + (k * 7) % 35
            let parent = k % 3 == 0 && trustRisks > 0 ? trustRiskID(k % trustRisks) : ""
            return
                "\(prefix)-\(k + 1),\(register),Risk \(k + 1),\(Self.categories[k % 8]),Headteacher,3,3,2,3,\(parent),\(probability)%,\(base / 2),\(base),\(base * 3),academy"
        }
    }

    var mitigationsCSV: String {
        var lines = ["Mitigation ID,Risk IDs,Status,Due date,Probability reduction %,Impact reduction %,One-off cost £,Annual cost £"]
        for i in 0..<academies {
            let prefix = "A\(i + 1)"
            lines.append("M-\(prefix)-1,\"\(prefix)-1, \(prefix)-2\",In place,,20%,10%,,2000")
            if risksPerAcademy >= 5 { lines.append("M-\(prefix)-2,\(prefix)-5,Planned,2027-03-31,30%,0%,5000,1000") }
        }
        for t in 0..<min(5, trustRisks) {
            lines.append("M-T\(t + 1),\(trustRiskID(t)),In place,,15%,15%,,\(10_000 + 5_000 * t)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A file the canonical trust's scenario names that was not generated (a bug in the generator).
struct CanonicalTrustFileMissing: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path): error: the canonical trust has no such generated file." }
}
