import RiskRegister
import TrustModel

/// The registers the pack's risk sections are about, by the scenario's ``RegisterScope``: the
/// trust's registers for the heat maps, roll-up, checks and diff, and the registers of joining
/// schools listed apart, each with the schools that would bring it.
struct PackRegisters: Sendable {
    /// A register of a school that may join, with its open risks.
    struct Joining: Sendable {
        var register: String
        /// The schools, in this scenario or its variants, that would bring the register.
        var schools: [String]
        var openRisks: [Risk]
    }

    let scope: RegisterScope
    /// The trust's registers: what the heat maps, roll-up, checks and diff are made from.
    let registers: RegisterSet
    let joining: [Joining]
    /// Register name → the academy's name, for captions ("Oak Primary").
    let names: [String: String]

    init(_ all: RegisterSet, scenario: Scenario, variants: [Scenario] = []) {
        let scope = RegisterScope(scenario: scenario)
        self.scope = scope
        registers = scope.trustRegisters(of: all)
        joining = scope.joining.compactMap { register in
            let risks = all.risks.filter { $0.register == register && $0.isOpen }
            var schools: [String] = []
            for option in [scenario] + variants {
                for join in option.growth where option.template(named: join.template)?.register == register && !schools.contains(join.name)
                {
                    schools.append(join.name)
                }
            }
            return risks.isEmpty ? nil : Joining(register: register, schools: schools, openRisks: risks)
        }
        var names: [String: String] = [Risk.trustRegister: "Trust register"]
        for academy in scenario.academies { names[academy.register] = academy.name }
        self.names = names
    }

    /// The same scope applied to another snapshot (last term's), so the two compare like with like.
    func scoped(_ other: RegisterSet) -> RegisterSet { scope.trustRegisters(of: other) }

    /// "Oak Primary (oak-primary)", or the register's name when it is no academy's in the scenario.
    func title(of register: String) -> String {
        if register == Risk.trustRegister { return "Trust register" }
        return names[register].map { "\($0) (\(register))" } ?? register
    }
}
