import CSV
import Testing

@testable import RiskRegister

/// Registers are read with their columns named the way trusts name them, and every bad cell
/// is reported with its place.
struct RegisterImportTests {
    @Test func aliasesFromRealRegistersAreRecognised() throws {
        let riverside = """
            Ref,Area,Risk,Lead,L,I,Current L,Current I,Parent risk,Review due,Committee,Status
            RIV-01,Financial,Falling roll,Headteacher,4,4,3,4,T01,22/01/27,LGB,Open
            """
        let trust = Registers.header + "\n" + Registers.row("T01")
        let load = try Registers.load(["riverside-primary.csv": riverside, "trust.csv": trust])
        #expect(load.problems.isEmpty)
        let risk = try #require(load.registers.risk(id: "RIV-01"))
        #expect(risk.register == "riverside-primary")
        #expect(risk.category == "Financial")
        #expect(risk.title == "Falling roll")
        #expect(risk.owner == "Headteacher")
        #expect(risk.inherent == RiskScore(likelihood: 4, impact: 4))
        #expect(risk.residual == RiskScore(likelihood: 3, impact: 4))
        #expect(risk.trustRisk == "T01")
        #expect(risk.nextReview == CalendarDate(year: 2027, month: 1, day: 22))
        #expect(risk.committee == "LGB")
        #expect(load.registers.risk(id: "T01")?.register == "trust")
    }

    @Test func headersIgnoreCaseSpacesPunctuationAndScaleNotes() throws {
        let text =
            "RISK_NO;risk title;Likelihood (1-5);IMPACT (1–5);residual-likelihood;Residual Impact;Next review date\nA1;Title;4;3;2;3;2027-01-01\n"
        let load = try Registers.load(["x.csv": text])
        #expect(load.problems.isEmpty)
        #expect(load.registers.risks.first?.inherent == RiskScore(likelihood: 4, impact: 3))
    }

    @Test func aRegisterColumnNamesRegistersElseTheFileDoes() throws {
        let text = "Register,Risk ID,L,I,Residual L,Residual I\nOak Primary,A1,2,2,1,2\nTrust,T1,2,2,1,2\n,B1,2,2,1,2\n"
        let load = try Registers.load(["folder/Castle Secondary.csv": text])
        #expect(load.registers.risks.map(\.register) == ["oak-primary", "trust", "castle-secondary"])
        #expect(RegisterName.from(fileName: "trust-register.csv") == "trust")
        #expect(RegisterName.from(fileName: "registers/trust.csv") == "trust")
        #expect(RegisterName.from(text: "Trust board") == "trust")
    }

    @Test func moneyPercentagesAndQuantification() throws {
        let text = """
            Risk ID,L,I,Residual L,Residual I,Annual probability %,Impact min £,Impact likely £,Impact max £,Scope
            T1,3,4,2,4,5%,"£100,000",250k,£1m,each academy
            T2,3,4,2,4,15,"£12,500",£20000,"30,000",
            """
        let load = try Registers.load(["trust.csv": text])
        #expect(load.problems.isEmpty)
        #expect(
            load.registers.risks[0].quantification
                == Quantification(
                    annualProbabilityPercent: 5, impactMin: 100_000, impactLikely: 250_000, impactMax: 1_000_000, scope: .eachAcademy))
        #expect(load.registers.risks[1].quantification?.impactMin == 12_500)
        #expect(load.registers.risks[1].quantification?.scope == nil)
    }

    @Test func badCellsAreCollectedWithTheirPlaces() throws {
        let text = """
            Risk ID,Title,Likelihood,Impact,Residual L,Residual I,Next review,Annual probability %,Impact min £,Impact likely £,Impact max £,Status
            A1,Non-numeric,High,3,2,3,2027-01-01,,,,,open
            A2,Out of range,4,3,2,7,2027-01-01,,,,,open
            A3,Impossible date,4,3,2,3,31/02/2027,,,,,open
            A4,Half scored,4,3,,3,2027-01-01,,,,,open
            A5,Partly quantified,4,3,2,3,2027-01-01,5%,,,,open
            A6,Range out of order,4,3,2,3,2027-01-01,5%,£9,£5,£7,open
            A7,Bad status,4,3,2,3,2027-01-01,,,,,pending
            ,No id,4,3,2,3,2027-01-01,,,,,open
            """
        let problems = try Registers.load(["oak.csv": text]).problems
        #expect(
            problems.map(\.description) == [
                "oak.csv:2:16: error: 'Likelihood' (column C) is 'High'; likelihood and impact are whole numbers from 1 to 5.",
                "oak.csv:3:23: error: 'Residual I' (column F) is 7, outside the 1 to 5 scale; likelihood and impact are scored 1 (lowest) to 5 (highest).",
                "oak.csv:4:28: error: 'Next review' (column G) is '31/02/2027', which is not a real date (dates are read day first: 22/11/2026).",
                "oak.csv:5:20: error: 'Residual L' (column E) is empty but the residual impact is given; score both.",
                "oak.csv:6:44: error: the risk is partly quantified: give 'Impact min £' (column I), 'Impact likely £' (column J), 'Impact max £' (column K) as well, or clear the others.",
                "oak.csv:7:48: error: the impact range is out of order (min £9, likely £5, max £7); min ≤ likely ≤ max.",
                "oak.csv:8:38: error: 'Status' (column L) is 'pending'; use one of open, closed.",
                "oak.csv:9:1: error: this row has no risk id in 'Risk ID' (column A); give every risk a reference, unique across the trust.",
            ])
        #expect(problems.allSatisfy { $0.kind.isDataProblem })
    }

    @Test func duplicateIdsAndUnknownLinksAcrossFiles() throws {
        let trust = Registers.header + "\n" + Registers.row("T01") + "\n" + Registers.row("T02", status: "closed")
        let oak =
            Registers.header + "\n" + Registers.row("A1", trust: "T1") + "\n" + Registers.row("A1") + "\n"
            + Registers.row("A2", trust: "B1") + "\n" + Registers.row("B1")
        let mitigations = "Mitigation ID,Risk IDs,Status\nM1,\"A1, A9\",in place\nM1,A2,planned\n"
        let problems = try Registers.load(["trust.csv": trust, "oak.csv": oak, "mitigations.csv": mitigations]).problems
        let kinds = problems.map(\.kind)
        #expect(kinds.filter { $0 == .duplicateID }.count == 2)
        #expect(
            problems.contains {
                $0.message == "risk A1 rolls up to trust risk 'T1', which is not on the trust register; did you mean 'T01'?"
            })
        #expect(problems.contains { $0.message == "risk A2 rolls up to 'B1', which is on the oak register, not the trust register." })
        #expect(problems.contains { $0.message.hasPrefix("mitigation M1 names risk 'A9', which is on no register") })
        #expect(problems.contains { $0.description.hasPrefix("oak.csv:3:1: error: the risk id 'A1' is used twice: also at oak.csv:2") })
    }

    @Test func riskSideMitigationLinksJoinTheMitigationsFile() throws {
        let text = Registers.header + ",Mitigation IDs\n" + Registers.row("A1") + ",M1; M2\n"
        let mitigations = "Mitigation ID,Risk IDs,Status\nM1,,in place\n"
        let load = try Registers.load(["oak.csv": text, "m.csv": mitigations])
        #expect(load.registers.mitigations[0].risks == ["A1"])
        #expect(load.problems.map(\.kind) == [.missingValue, .unknownMitigation])
    }

    @Test func mitigationStatusesInTheWordsPeopleUse() throws {
        let text =
            "Action ID,Risk ref,Action,Progress,Due date,Probability reduction %,One-off cost £\n"
            + "M1,A1,x,Complete,01/09/2026,20%,\"£1,500\"\nM2,A1,y,In progress,,,\nM3,A1,z,Not started,,,\nM4,A1,w,Superseded,,,\n"
        let load = try Registers.load(["oak.csv": Registers.header + "\n" + Registers.row("A1"), "actions.csv": text])
        #expect(load.problems.isEmpty)
        #expect(load.registers.mitigations.map(\.status) == [.inPlace, .inProgress, .planned, .retired])
        #expect(load.registers.mitigations[0].oneOffCost == 1500)
        #expect(load.registers.mitigations[0].probabilityReductionPercent == 20)
    }
}

/// Problems with a whole file stop the import with one error naming the file and place.
struct RegisterFileErrorTests {
    func failure(_ files: [String: String]) -> String? {
        do {
            _ = try Registers.load(files)
            return nil
        } catch { return "\(error)" }
    }

    @Test func missingRequiredColumnSuggestsTheNearestHeader() {
        #expect(
            failure(["oak.csv": "Risk ID,Likelyhood,Impact,Residual L,Residual I\nA1,1,1,1,1\n"])
                == "oak.csv:1:9: error: this risk register has no 'Inherent likelihood' column; did you mean 'Likelyhood' (column B)? Rename the header to 'Inherent likelihood'."
        )
        #expect(
            failure(["oak.csv": "Risk ID,Likelihood,Impact,Residual L\nA1,1,1,1\n"])
                == "oak.csv:1:1: error: this risk register has no 'Residual impact' column; add it to the header row, or name the column that holds it in the policy: \"columns\": {\"...\": \"residualImpact\"}."
        )
    }

    @Test func emptyAndUnrecognisedFiles() {
        #expect(
            failure(["oak.csv": ""])
                == "oak.csv:1:1: error: the file is empty; a register starts with a header row such as \"Risk ID,Title,Likelihood,Impact,Residual likelihood,Residual impact\"."
        )
        #expect(failure(["oak.csv": "\n,,\n"])?.hasPrefix("oak.csv:1:1: error: the file is empty") == true)
        #expect(
            failure(["budget.csv": "Month,Income,Spend\nSep,1,2\n"])?.hasPrefix("budget.csv:1:1: error: this is neither a risk register")
                == true)
        #expect(
            failure(["policy.json": "{\"name\": 1}"])
                == "policy.json:1:1: error: this JSON file is neither a risk policy (it has no \"appetite\") nor a register set (it has no \"risks\")."
        )
        #expect(
            failure(["m.csv": "Mitigation ID,Risk IDs,Status\n"])?.hasPrefix("error: no risk register among the inputs (m.csv)") == true)
    }

    @Test func twoColumnsForOneField() {
        #expect(
            failure(["oak.csv": "Risk ID,Likelihood,L,Impact,Residual L,Residual I\n"])
                == "oak.csv:1:20: error: the columns 'Likelihood' and 'L' both give the inherent likelihood; remove or rename one.")
    }

    @Test func csvSyntaxErrorsPassThrough() {
        #expect(
            failure(["oak.csv": "Risk ID,Title\nA1,\"open quote\n"])
                == CSVError.unclosedQuote(source: "oak.csv", line: 2, column: 4).description)
    }

    @Test func twoPoliciesAreRefused() {
        let register = Registers.header + "\n" + Registers.row("A1")
        #expect(
            failure(["a.json": "{\"appetite\": {}}", "b.json": "{\"appetite\": {}}", "r.csv": register])
                == "b.json:1:1: error: a second policy file; a.json is already the policy. Keep one, or choose with --policy.")
    }

    @Test func policyFieldsAreChecked() {
        let register = Registers.header + "\n" + Registers.row("A1")
        #expect(
            failure(["p.json": "{\"appetite\": {\"financial\": \"cautous\"}}", "r.csv": register])?.contains("did you mean 'cautious'?")
                == true)
        #expect(
            failure(["p.json": "{\"appetite\": {}, \"escalationThreshhold\": 12}", "r.csv": register])?.contains(
                "did you mean 'escalationThreshold'?") == true)
        #expect(
            failure(["p.json": "{\"appetite\": {}, \"rag\": {\"greenMaximum\": 8, \"redMinimum\": 6}}", "r.csv": register])?.contains(
                "redMinimum (6) must be above greenMaximum (8)") == true)
    }
}
