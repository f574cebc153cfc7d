import RiskRegister
import Testing

@testable import TrustModel

/// The one rule for which registers are the trust's and which academies carry each, as the
/// simulation and the board pack both use it, on the example trust.
struct RegisterScopeTests {
    static let loaded = Result { try ScenarioLoader.load(path: "Scenarios/growth.json", files: Fixtures.disk, overrides: ["trials=200"]) }

    @Test func joiningSchoolsRegistersAreNotTheTrustsButAreCarriedByTheirJoins() throws {
        let loaded = try Self.loaded.get()
        let base = RegisterScope(scenario: loaded.base)
        // Every template's register is a joining school's: no academy in the trust carries one.
        #expect(
            base.joining == ["converter-primary", "sponsored-primary", "converter-secondary", "castle-secondary", "free-school-primary"])
        #expect(base.belongsToTrust("trust") && base.belongsToTrust("oak-primary") && !base.belongsToTrust("castle-secondary"))
        // A register no academy and no template carries (an academy the scenario does not model) stays the trust's.
        #expect(base.belongsToTrust("elm-primary"))
        #expect(base.carriers["oak-primary"] == [0] && base.carriers["castle-secondary"] == nil)

        // With joins planned, the joins carry their templates' registers: places after the four academies.
        let growing = RegisterScope(scenario: try loaded.scenario(variant: "grow-to-5-by-2028"))
        #expect(growing.joining == base.joining)
        #expect(growing.carriers["castle-secondary"] == [4] && growing.carriers["converter-primary"] == [5])
    }

    @Test func theTrustsRegistersLeaveOutJoiningSchoolsRisksAndTheirOwnMitigations() throws {
        let loaded = try Self.loaded.get()
        let all = try #require(loaded.registers)
        let trusts = RegisterScope(scenario: loaded.base).trustRegisters(of: all)
        #expect(trusts.risks.count < all.risks.count)
        #expect(trusts.risks.allSatisfy { !["castle-secondary", "converter-primary"].contains($0.register) })
        #expect(trusts.risks.count == all.risks.filter { RegisterScope(scenario: loaded.base).belongsToTrust($0.register) }.count)
        let kept = Set(trusts.risks.map(\.id))
        #expect(trusts.mitigations.allSatisfy { $0.risks.isEmpty || $0.risks.contains(where: kept.contains) })
    }

    /// The simulation's notes come from the same rule: a register nobody carries is left out.
    @Test func theSimulationLeavesOutRegistersNobodyCarries() throws {
        let loaded = try Self.loaded.get()
        let plan = try TrialPlan(scenario: loaded.base, registers: loaded.registers)
        #expect(plan.risks.notes.contains(.registerNotCarried(register: "converter-primary", risks: 2)))
        let growing = try TrialPlan(scenario: try loaded.scenario(variant: "grow-to-5-by-2028"), registers: loaded.registers)
        #expect(!growing.risks.notes.contains { if case .registerNotCarried("converter-primary", _) = $0 { true } else { false } })
        #expect(growing.risks.included.contains { $0.register == "converter-primary" })
    }
}
