import Testing

@testable import RiskRegister

/// The example registers in `Scenarios/` are sound data that shows every finding a check can make.
struct ExampleDataTests {
    @Test func thisTermsRegistersLoadCleanly() throws {
        let load = try RegisterSet.load(try Registers.example("registers"))
        #expect(load.problems.isEmpty, "\(load.problems)")
        #expect(
            load.registers.academies.sorted() == [
                "castle-secondary", "hillside-academy", "meadow-primary", "oak-primary", "riverside-primary",
            ])
        #expect(load.registers.trustRisks.count == 18)
        #expect(load.files.map(\.kind) == [.risks, .risks, .risks, .mitigations, .risks, .policy, .risks, .risks])
        #expect(load.registers.policy.highestAcceptableScore[.averse] == 5)
        #expect(load.registers.risks.filter { $0.quantification != nil }.count >= 10)
        #expect(try RegisterSet.load(try Registers.example("registers-last-term")).problems.isEmpty)
    }

    @Test func checkWithTheIncomingRegisterFindsEveryKind() throws {
        let load = try RegisterSet.load(try Registers.example("registers") + Registers.example("registers-incoming"))
        let findings = load.problems + RegisterCheck(load.registers, asOf: Registers.asOf).findings()
        #expect(Set(findings.map(\.kind)) == Set(Finding.Kind.allCases))
    }

    @Test func rollUpShowsTheDeliberateFindings() throws {
        let rollUp = RollUp(try RegisterSet.load(try Registers.example("registers")).requireValid())
        #expect(rollUp.lines.filter(\.underRated).map(\.trustRisk.id).contains("T05"))
        #expect(rollUp.escalationCandidates.map(\.id) == ["CAS-01"])
        #expect(rollUp.emergingThemes.map(\.category) == ["attendance"])
    }

    @Test func diffBetweenTermsHasRealMovement() throws {
        let old = try RegisterSet.load(try Registers.example("registers-last-term")).requireValid()
        let new = try RegisterSet.load(try Registers.example("registers")).requireValid()
        let diff = RegisterDiff(from: old, to: new)
        #expect(!diff.added.isEmpty && !diff.closed.isEmpty && !diff.ownerChanges.isEmpty && !diff.mitigationChanges.isEmpty)
        #expect(diff.scoreMoves.contains { $0.isUp } && diff.scoreMoves.contains { !$0.isUp })
    }

    @Test func tenThousandRisksCheckAndRollUp() throws {
        let load = try RegisterSet.load(GeneratedRegisters.sources(academies: 400, perAcademy: 25))
        #expect(load.problems.isEmpty)
        #expect(load.registers.risks.count == 10_020)
        let findings = RegisterCheck(load.registers, asOf: Registers.asOf).findings()
        #expect(findings.contains { $0.kind == .reviewOverdue })
        let rollUp = RollUp(load.registers)
        #expect(rollUp.lines.count == 20)
        #expect(
            rollUp.lines.map(\.academyRisks.count).reduce(0, +)
                + load.registers.risks.filter { !$0.isTrustRisk && $0.trustRisk == nil }.count == 10_000)
        #expect(rollUp.heatMaps.count == 2 * 402)
    }
}
