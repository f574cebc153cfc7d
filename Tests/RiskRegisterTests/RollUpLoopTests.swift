import Testing

@testable import RiskRegister

/// `Trust risk` links that go round in a loop have no top for the roll-up to reach: the importer
/// reports each loop once, as a data problem, at the cell of its first risk.
struct RollUpLoopTests {
    func problems(trust: [String], academy: [String] = []) throws -> [Finding] {
        var files = ["trust.csv": ([Registers.header] + trust).joined(separator: "\n")]
        if !academy.isEmpty { files["oak-primary.csv"] = ([Registers.header] + academy).joined(separator: "\n") }
        return try Registers.load(files).problems
    }

    @Test func trustRisksThatNameEachOtherAreOneLoop() throws {
        let found = try problems(trust: [
            Registers.row("T01", trust: "T02"), Registers.row("T02", trust: "T03"), Registers.row("T03", trust: "T01"),
        ])
        #expect(found.map(\.kind) == [.rollUpLoop])
        #expect(
            found.map(\.description) == [
                "trust.csv:2:36: error: trust risks T01 → T02 → T03 → T01 name each other as their trust risk, a loop with no top; trust risks roll up to nothing, so clear their 'Trust risk' cells."
            ])
        #expect(Finding.Kind.rollUpLoop.isDataProblem && Finding.Kind.rollUpLoop.severity == .error)
    }

    @Test func aRiskThatNamesItselfIsALoopOfOne() throws {
        let found = try problems(trust: [Registers.row("T01")], academy: [Registers.row("OAK-01", trust: "OAK-01")])
        #expect(
            found.map(\.description) == [
                "oak-primary.csv:2:42: error: risk OAK-01 names itself as its trust risk, a loop with no top; an academy risk rolls up to a risk on the trust register, so correct the cell (or clear it)."
            ])
    }

    @Test func academyRisksInALoopAreNamedFromTheFirstInFileOrder() throws {
        let found = try problems(
            trust: [Registers.row("T01")],
            academy: [
                Registers.row("OAK-01", trust: "T01"), Registers.row("OAK-02", trust: "OAK-03"), Registers.row("OAK-03", trust: "OAK-02"),
            ])
        #expect(found.map(\.kind) == [.rollUpLoop])
        #expect(found.first?.subject == "OAK-02")
        #expect(found.first?.message.hasPrefix("risks OAK-02 → OAK-03 → OAK-02 roll up to each other in a loop with no top") == true)
    }

    @Test func aRiskLeadingIntoALoopIsNotPartOfIt() throws {
        // OAK-01 rolls up to T01 properly; only the loop itself is wrong.
        let found = try problems(
            trust: [Registers.row("T01", trust: "T02"), Registers.row("T02", trust: "T01")],
            academy: [Registers.row("OAK-01", trust: "T01")])
        #expect(found.map(\.kind) == [.rollUpLoop])
        #expect(found.first?.subject == "T01")
    }

    @Test func aChainWithATopIsNoLoop() throws {
        // A trust risk naming another is still wrong (trust risks roll up to nothing), but it is no loop.
        let found = try problems(trust: [Registers.row("T01", trust: "T02"), Registers.row("T02")])
        #expect(found.map(\.kind) == [.unknownRisk])
    }
}
