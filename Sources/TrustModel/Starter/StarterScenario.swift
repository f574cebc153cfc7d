/// The scenario `matrisk init` writes for a trust starting out: its academies from their
/// budget sheet, its registers folder, and every other figure a documented default, each with a
/// comment naming where it comes from, so a finance director can see what to replace.
///
/// The sources are public figures for England (the DfE's funding statements and reserves
/// guidance, pay awards, benchmark surveys); estimates drawn from them say so.
package struct StarterScenario: Sendable {
    package var trustName: String
    package var startYear: Int
    /// The academies table, as the scenario refers to it (relative to the scenario's folder).
    package var academiesTable: String
    /// The registers folder, likewise; nil when there is none.
    package var registersFolder: String?

    package init(trustName: String, startYear: Int, academiesTable: String, registersFolder: String?) {
        self.trustName = trustName
        self.startYear = startYear
        self.academiesTable = academiesTable
        self.registersFolder = registersFolder
    }

    /// The scenario as commented JSON5.
    package var text: String {
        [header, run, economy, trust, academies, templates, growthAndRegisters].joined(separator: "\n")
    }

    private var header: String {
        """
        // \(trustName): a starter scenario written by `matrisk init`.
        //
        // The academies are read from \(academiesTable), one a row, so the budget sheet stays the one
        // place their figures live. Every other figure is a default for a trust in England, with its
        // source in a comment; "[estimate]" marks our own reading of those sources. Replace any with
        // your trust's own figures. Money is at \(startYear)/\(format2(startYear + 1)) prices.
        {
        """
    }

    private var run: String {
        """
          "name": \(quoted(trustName)),
          "startYear": \(startYear),
          "years": 5,          // five school years: the span of a medium-term financial plan
          "trials": 10000,     // enough for the tails: a 5% chance is known to about ±0.2 points
          "seed": \(Scenario.defaultSeed),
          "sampling": "latinHypercube",

        """
    }

    private var economy: String {
        """
          "economy": {
            // Per-pupil funding rose 2.8%, 1.9%, 1.9% and 2.23% a year from 2022-23 to 2025-26, and core
            // factors 2.1% for 2026-27 (DfE National Funding Formula announcements, 2021 to 2025).
            "fundingUpliftPercent": {"normal": [2.0, 0.8], "min": 0.0, "max": 4.0},
            // Teachers' pay awards: 6.5% in 2023, 5.5% in 2024, 4% in 2025 (School Teachers' Review Body
            // awards, as reported by Schools Week, 2023 to 2025); 3.5% most likely [estimate].
            "payAwardPercent": {"pert": [2.0, 3.5, 6.5]},
            // The share of the award paid by grant: about half in 2023 (3.5 of 6.5 points unfunded) and
            // about three quarters in 2024 and 2025, when schools found about 1 point (Schools Week, 2023 and 2025).
            "payGrantCoveragePercent": {"pert": [30, 75, 90]},
            // Non-pay costs: 3% most likely, up to 8% in a shock year; non-staff spending per pupil rose 16%
            // in one year, energy 49% (Kreston Academies Benchmark Report, 2024).
            "nonPayInflationPercent": {"pert": [1.5, 3.0, 8.0]},
            // In real years funding and pay move together: awards are partly funded through the uplift [estimate].
            "correlations": [{"between": ["fundingUpliftPercent", "payAwardPercent"], "rank": 0.5}]
          },

        """
    }

    private var trust: String {
        """
          "trust": {
            // Most trusts top-slice 3–5% of GAG (Schools Week, 2016); large trusts average 5.4% (Schools Week, 2024).
            "topSlicePercent": 5.0,
            "centralReserves": 0,        // the centre's own reserves today: replace with yours
            "centralOtherIncome": 0,     // income the centre earns itself (services sold): replace with yours
            "centralCosts": {
              // A small trust's core: a CEO (median base pay £137k in trusts of up to five schools, CST
              // Executive Pay Survey, 2025) with on-costs, a CFO, governance and audit, which every trust
              // must have (DfE Academy Trust Handbook): £300k [estimate].
              "fixed": 300000,
              // Finance, HR and IT support for each school, £20k a primary to £40k a secondary [estimate].
              "perAcademy": 25000,
              // Due diligence, legal work and TUPE for each school that joins [estimate].
              "joiningCost": 45000,
              // Each step is bought on the board's plan ("commit": "plan"): paid once the planned joins
              // would reach the count within the lead time, whether or not they go ahead.
              "steps": [
                // Central teams grown from one school "start to break" at about five schools (Arbor, on MAT
                // systems, 2024): a COO, HR and estates leads, £150–350k [estimate].
                {"atAcademies": 5, "cost": 250000, "leadYears": 1, "commit": "plan"},
                // Trusts "typically start to develop central capacity when they have more than 10 schools"
                // (DfE, Opportunity for all, 2022): directors of education, data, estates, £300–800k [estimate].
                {"atAcademies": 12, "cost": 500000, "leadYears": 1, "commit": "plan"}
              ]
            },
            "centralPaySharePercent": 70,       // central costs are mostly salaries [estimate]
            // About 90% of trusts hold at least 5% of income in reserve, and many hold a month's spending,
            // 6–8% (DfE, Academy trust reserves guidance, 2023).
            "reserveTargetPercent": 6.0,
            "trustReserveTargetPercent": 5.0,
            // Staff costs run at 72% of costs, and "as much as 80%" (Kreston Academies Benchmark, 2018 to 2020).
            "staffCostCapPercent": 80.0,
            "staffingElasticity": 0.5           // staffing follows half of any change in pupils [estimate]
          },

        """
    }

    private var academies: String {
        """
          // One academy a row of the budget sheet. Add academies written out here too, e.g.
          // ["\(academiesTable)", {"id": "new-school", "phase": "primary", ...}].
          "academies": [\(quoted(academiesTable))],

        """
    }

    private var templates: String {
        """
          // Schools that may join, by kind, for "growth" (DfE NFF averages for 2024-25 with the uplifts
          // since; school sizes from DfE pupil statistics; Kreston staff-cost ratios) [estimate].
          "templates": {
            "converter-primary": {"phase": "primary", "type": "converter",
              "pupils": {"triangular": [150, 280, 420]}, "capacity": 420,
              "rollChangePercent": {"normal": [-1.0, 1.5]},   // primary rolls falling 0.7% a year (DfE, 2024)
              "fundingPerPupil": {"normal": [5500, 350], "min": 4955},  // the 2025-26 minimum per pupil is the floor
              "lumpSum": 145100,
              "otherIncome": {"triangular": [100000, 180000, 300000]},
              "staffCostsPercent": {"normal": [73, 2.5], "min": 65, "max": 82},
              "nonStaffCostsPercent": {"triangular": [20, 22.5, 26]},
              // 12–15% of council-maintained schools were in deficit in 2019-24 (DfE school finance data).
              "reserves": {"triangular": [-100000, 140000, 280000]}},
            "sponsored-primary": {"phase": "primary", "type": "sponsored",
              "pupils": {"triangular": [120, 220, 330]}, "capacity": 315,
              "rollChangePercent": {"normal": [0.0, 2.5]},
              "fundingPerPupil": {"normal": [6000, 400], "min": 4955},
              "lumpSum": 145100,
              "otherIncome": {"triangular": [150000, 230000, 350000]},
              "staffCostsPercent": {"normal": [75, 3], "min": 66, "max": 85},
              "nonStaffCostsPercent": {"triangular": [21, 24, 28]},
              // A sponsored school's cumulative deficit stays with the council (DfE, balance transfer
              // guidance, 2023), so it opens at £0, but may run a structural deficit for a few years.
              "structuralDeficit": {"probability": 0.4, "amount": {"lognormal": [60000, 30000]}, "recoveryYears": 3}},
            "converter-secondary": {"phase": "secondary", "type": "converter",
              "pupils": {"triangular": [700, 1000, 1400]}, "capacity": 1500,
              "rollChangePercent": {"normal": [0.5, 1.5]},     // secondary rolls rising 1.1% a year (DfE, 2024)
              "fundingPerPupil": {"normal": [7100, 400], "min": 6465},
              "lumpSum": 145100,
              "otherIncome": {"triangular": [300000, 550000, 900000]},
              "staffCostsPercent": {"normal": [72, 2.5], "min": 64, "max": 82},
              "nonStaffCostsPercent": {"triangular": [20, 23, 27]},
              "reserves": {"triangular": [-300000, 500000, 1000000]}}
          },

        """
    }

    private var growthAndRegisters: String {
        let registers =
            registersFolder.map {
                "  // The risk registers, read every time the scenario runs.\n  \"registers\": {\"folder\": \(quoted($0))}\n"
            }
            ?? "  // No registers folder was given; add \"registers\": {\"folder\": \"registers\"} to price your risks.\n"
        return """
              // Planned joins, e.g. {"year": \(startYear + 1), "template": "converter-primary", "probability": 0.75, "id": "willow-primary"}.
              "growth": []\(registersFolder == nil ? "" : ",")

            """ + registers + "}\n"
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func format2(_ year: Int) -> String {
        let short = year % 100
        return short < 10 ? "0\(short)" : "\(short)"
    }
}
