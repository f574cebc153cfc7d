import Testing

@testable import RiskRegister

/// Each governance check finds what it should, and only that.
struct RegisterCheckTests {
    func findings(_ rows: [String], trust: [String] = [], mitigations: [String] = [], asOf: CalendarDate = Registers.asOf) throws
        -> [Finding]
    {
        var files = ["oak.csv": ([Registers.header] + rows).joined(separator: "\n")]
        if !trust.isEmpty { files["trust.csv"] = ([Registers.header] + trust).joined(separator: "\n") }
        if !mitigations.isEmpty { files["m.csv"] = (["Mitigation ID,Risk IDs,Status,Due"] + mitigations).joined(separator: "\n") }
        let load = try Registers.load(files)
        #expect(load.problems.isEmpty, "\(load.problems)")
        return RegisterCheck(load.registers, asOf: asOf).findings()
    }

    func kinds(_ findings: [Finding]) -> [Finding.Kind] { findings.map(\.kind) }

    @Test func aSoundRegisterHasNoFindings() throws {
        #expect(try findings([Registers.row("A1", inherent: (2, 3), residual: (2, 3))]).isEmpty)
    }

    @Test func residualAboveInherentIsAnError() throws {
        let found = try findings([Registers.row("A1", inherent: (2, 3), residual: (3, 3))])
        #expect(kinds(found) == [.residualAboveInherent])
        #expect(found[0].severity == .error)
        #expect(
            found[0].description
                == "oak.csv:2:30: error: A1 has a residual score of 3×3=9 above its inherent 2×3=6; controls cannot make a risk worse, so rescore one of them."
        )
    }

    @Test func aReductionNeedsAMitigationInPlace() throws {
        let rows = [Registers.row("A1", inherent: (3, 3), residual: (2, 3)), Registers.row("A2", inherent: (3, 3), residual: (2, 3))]
        let found = try findings(rows, mitigations: ["M1,A1,in place,", "M2,A2,planned,2027-05-01"])
        #expect(kinds(found) == [.unevidencedReduction])
        #expect(found[0].subject == "A2")
        #expect(found[0].message.contains("(M2 planned)"))
    }

    @Test func redWithoutMitigationIsAnErrorAndARetiredOneDoesNotCount() throws {
        let rows = [
            Registers.row("A1", "growth", inherent: (4, 4), residual: (4, 4)),
            Registers.row("A2", "growth", inherent: (4, 4), residual: (4, 4)),
        ]
        let found = try findings(rows, mitigations: ["M1,A1,planned,2027-05-01", "M2,A2,retired,"])
        #expect(found.filter { $0.kind == .redWithoutMitigation }.map(\.subject) == ["A2"])
        #expect(found.filter { $0.kind == .redWithoutMitigation }.allSatisfy { $0.severity == .error })
    }

    @Test func appetiteComesFromThePolicyByCategory() throws {
        let rows = [
            Registers.row("A1", "Safeguarding", inherent: (2, 5), residual: (1, 5)),
            Registers.row("A2", "Health & Safety", inherent: (2, 3), residual: (2, 3)),
            Registers.row("A3", "growth", inherent: (4, 3), residual: (4, 3)),
            Registers.row("A4", "unheard-of", inherent: (4, 3), residual: (4, 3)),
        ]
        let found = try findings(rows, mitigations: ["M1,A1,in place,"])
        #expect(found.map(\.subject) == ["A1", "A2", "A4"])
        #expect(
            found[1].message
                == "A2 has a residual score of 2×3=6, above the board's averse appetite for health-and-safety risks (at most 4).")
        #expect(found[2].message.contains("cautious appetite for unheard-of risks (at most 10)"))
    }

    @Test func reviewsAreJudgedAgainstTheDateGiven() throws {
        let rows = [
            Registers.row("A1", inherent: (2, 3), residual: (2, 3), next: "2026-11-21"),
            Registers.row("A2", inherent: (2, 3), residual: (2, 3), next: "2026-11-22"),
            Registers.row("A3", inherent: (2, 3), residual: (2, 3), last: "2025-11-01", next: ""),
            Registers.row("A4", inherent: (2, 3), residual: (2, 3), last: "", next: ""),
        ]
        let found = try findings(rows)
        #expect(found.map(\.subject) == ["A1", "A3", "A4"])
        #expect(found[0].message == "A1 was due for review on 21/11/2026, 1 days before 22/11/2026.")
        #expect(found[1].message.contains("review every 365 days, so it was due on 01/11/2026"))
        #expect(try findings(rows, asOf: CalendarDate(year: 2026, month: 1, day: 1)!).map(\.subject) == ["A4"])
    }

    @Test func missingOwnerOnOpenRisksOnly() throws {
        let found = try findings([
            Registers.row("A1", owner: "", inherent: (2, 3), residual: (2, 3)),
            Registers.row("A2", owner: "", inherent: (2, 3), residual: (2, 3), status: "closed"),
        ])
        #expect(kinds(found) == [.missingOwner])
    }

    @Test func mitigationsPastDueAndNotInPlace() throws {
        let found = try findings(
            [Registers.row("A1", inherent: (2, 3), residual: (2, 3))],
            mitigations: [
                "M1,A1,planned,2026-11-01", "M2,A1,in progress,2026-10-01", "M3,A1,in place,2026-01-01", "M4,A1,planned,2026-12-01",
            ])
        #expect(found.map(\.subject) == ["M1", "M2"])
        #expect(found[0].kind == .mitigationPastDue)
    }

    @Test func closedRisksStillLinked() throws {
        let found = try findings(
            [
                Registers.row("A1", inherent: (2, 3), residual: (2, 3), trust: "T1"),
                Registers.row("A2", inherent: (2, 3), residual: (2, 3), status: "closed"),
            ],
            trust: [Registers.row("T1", inherent: (2, 3), residual: (2, 3), status: "closed")],
            mitigations: ["M1,A2,in place,", "M2,A2,retired,"])
        #expect(kinds(found) == [.closedRiskLinked, .closedRiskLinked])
        #expect(found.map(\.subject) == ["M1", "A1"])
    }

    @Test func findingsAreSortedByFileLineAndColumn() throws {
        let found = try findings([
            Registers.row("A2", owner: "", inherent: (2, 3), residual: (3, 3), next: "2026-01-01"),
            Registers.row("A1", owner: "", inherent: (2, 3), residual: (2, 3)),
        ])
        #expect(found == found.sorted())
        #expect(found.map(\.location!.line) == [2, 2, 2, 3])
    }
}
