import RiskRegister
import TrustModel

/// Which registers the pack's risk section is about. A scenario reads the trust's registers and
/// also the registers its kinds of joining school bring ("converter-primary"): those describe
/// schools that are not in the trust yet, so counting them in the trust's heat maps and roll-up
/// would show the board risks it does not hold. They are left out of those and listed apart.
///
/// A register belongs to the trust unless a joining-school template names it and no academy in
/// the scenario carries it. Every other register, including one for an academy the scenario does
/// not model, stays in.
struct RegisterScope: Sendable {
    /// A register of a school that may join, with its open risks.
    struct Joining: Sendable {
        var register: String
        /// The schools, in this scenario or its variants, that would bring the register.
        var schools: [String]
        var openRisks: [Risk]
    }

    /// The trust's registers: what the heat maps, roll-up, checks and diff are made from.
    let registers: RegisterSet
    let joining: [Joining]
    /// The registers left out, by name.
    let excluded: Set<String>
    /// Register name → the academy's name, for captions ("Oak Primary").
    let names: [String: String]

    init(_ all: RegisterSet, scenario: Scenario, variants: [Scenario] = []) {
        let carried = Set(scenario.academies.map(\.register))
        var excluded: [String] = []
        for template in scenario.templates {
            guard let register = template.register, !carried.contains(register), !excluded.contains(register) else { continue }
            excluded.append(register)
        }
        self.excluded = Set(excluded)
        registers = Self.scoped(all, leavingOut: self.excluded)
        joining = excluded.compactMap { register in
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

    /// `set` without the risks of the `leavingOut` registers, and without the mitigations that
    /// treat only those risks.
    static func scoped(_ set: RegisterSet, leavingOut excluded: Set<String>) -> RegisterSet {
        guard !excluded.isEmpty else { return set }
        let dropped = Set(set.risks.filter { excluded.contains($0.register) }.map(\.id))
        let risks = set.risks.filter { !excluded.contains($0.register) }
        let mitigations = set.mitigations.filter { m in m.risks.isEmpty || m.risks.contains { !dropped.contains($0) } }
        return RegisterSet(risks: risks, mitigations: mitigations, policy: set.policy)
    }

    /// The same scope applied to another snapshot (last term's), so the two compare like with like.
    func scoped(_ other: RegisterSet) -> RegisterSet { Self.scoped(other, leavingOut: excluded) }

    /// "Oak Primary (oak-primary)", or the register's name when it is no academy's in the scenario.
    func title(of register: String) -> String {
        if register == Risk.trustRegister { return "Trust register" }
        return names[register].map { "\($0) (\(register))" } ?? register
    }
}
