import RiskRegister
import TrustModel

/// What the command line's register reports compute, computed once for every section of the
/// pack that shows part of it.
struct RegisterAnalysis: Sendable {
    let scope: PackRegisters
    let rollUp: RollUp
    /// `register check` findings as of the pack's date, sorted as the command prints them.
    let findings: [Finding]
    /// What moved since the earlier snapshot, when one was given.
    let diff: RegisterDiff?
    let asOf: CalendarDate
    /// Each risk id's position in the registers (the first, where an id is duplicated), for the tables of findings.
    let riskPosition: [String: Int]

    init(registers all: RegisterSet, previous: RegisterSet?, scenario: Scenario, variants: [Scenario], asOf: CalendarDate) {
        let scope = PackRegisters(all, scenario: scenario, variants: variants)
        self.scope = scope
        rollUp = RollUp(scope.registers)
        findings = RegisterCheck(scope.registers, asOf: asOf).findings()
        diff = previous.map { RegisterDiff(from: scope.scoped($0), to: scope.registers) }
        self.asOf = asOf
        riskPosition = scope.registers.index.riskPosition
    }

    var registers: RegisterSet { scope.registers }
    var policy: RiskPolicy { registers.policy }

    /// The risk with this id (the first, where an id is duplicated).
    func risk(id: String) -> Risk? { riskPosition[id].map { registers.risks[$0] } }

    func findings(_ kind: Finding.Kind) -> [Finding] { findings.filter { $0.kind == kind } }

    /// The trust-wide heat map at `stage`.
    func trustWide(_ stage: HeatMap.Stage) -> HeatMap {
        rollUp.heatMaps.first { $0.register == nil && $0.stage == stage }
            ?? HeatMap(register: nil, stage: stage, risks: registers.risks, bands: policy.bands)
    }
}
