import Testing

@testable import RiskRegister

/// Diff says what a risk group needs to know changed since last term.
struct RegisterDiffTests {
    @Test func addedClosedMovedOwnersAndMitigations() throws {
        let old = try Registers.load([
            "oak.csv": [
                Registers.header,
                Registers.row("A1", inherent: (3, 3), residual: (2, 3)),
                Registers.row("A2", inherent: (4, 4), residual: (3, 3)),
                Registers.row("A3"), Registers.row("A4"), Registers.row("A6", status: "closed"),
            ].joined(separator: "\n"),
            "m.csv": "Mitigation ID,Risk IDs,Status\nM1,A1,planned\nM2,A2,in place\nM3,A3,in place\n",
        ]).requireValid()
        let new = try Registers.load([
            "oak.csv": [
                Registers.header,
                Registers.row("A1", inherent: (3, 3), residual: (3, 3)),
                Registers.row("A2", owner: "SBM", inherent: (4, 4), residual: (2, 3)),
                Registers.row("A3", status: "closed"), Registers.row("A5"), Registers.row("A6"),
            ].joined(separator: "\n"),
            "m.csv": "Mitigation ID,Risk IDs,Status\nM1,A1,in progress\nM2,A2,in place\nM4,A5,planned\n",
        ]).requireValid()
        let diff = RegisterDiff(from: old, to: new)
        #expect(diff.added.map(\.id) == ["A5", "A6"])
        #expect(diff.closed.map(\.id) == ["A3"])
        #expect(diff.removed.map(\.id) == ["A4"])
        #expect(diff.scoreMoves.map { "\($0.risk.id) \($0.stage.rawValue) \($0.arrow)" } == ["A1 residual ↑", "A2 residual ↓"])
        #expect(diff.ownerChanges.map { "\($0.risk.id): \($0.before) → \($0.after)" } == ["A2: CFO → SBM"])
        #expect(
            diff.mitigationChanges.map { "\($0.id) \($0.before?.rawValue ?? "-") \($0.after?.rawValue ?? "-")" } == [
                "M1 planned in-progress", "M4 - planned", "M3 in-place -",
            ])
        #expect(!diff.isEmpty)
        #expect(RegisterDiff(from: new, to: new).isEmpty)
    }

    /// A register with no ID column: a row added above moves every id, so risks are matched by title,
    /// and a title reworded a little is the same risk.
    @Test func generatedIDsAreMatchedByTitle() throws {
        let old = try Registers.load([
            "oak.csv":
                "Risk,Likelihood,Impact,Owner\nRoof leaks over the KS2 block,3,4,SBM\nFalling reception numbers,3,3,HT\nLunch queue,2,2,SBM\n"
        ]).requireValid()
        let new = try Registers.load([
            "oak.csv":
                "Risk,Likelihood,Impact,Owner\nCyber attack,2,4,SBM\nRoof leaks in the KS2 block,4,4,SBM\nFalling numbers in reception,3,3,Deputy\n"
        ]).requireValid()
        #expect(new.risks.map(\.id) == ["OAK-1", "OAK-2", "OAK-3"])
        let diff = RegisterDiff(from: old, to: new)
        #expect(diff.added.map(\.title) == ["Cyber attack"])
        #expect(diff.removed.map(\.title) == ["Lunch queue"])
        #expect(diff.scoreMoves.map { "\($0.risk.title) \($0.before.value)→\($0.after.value)" } == ["Roof leaks in the KS2 block 12→16"])
        #expect(diff.ownerChanges.map(\.risk.id) == ["OAK-3"])
        #expect(RiskMatching.similarity(RiskMatching.words(of: "Lunch queue"), RiskMatching.words(of: "Cyber attack")) == 0)
    }
}
