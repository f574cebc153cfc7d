/// Ids for the risks of a register with no ID column, made from the register's name and each
/// risk's place: `BRO-3` for the third risk, `BRO-2.3` for the third under "2.0 Operational
/// Risks", `BRO-A.1` under "A GOVERNANCE …", `BRO-S2.1` under the second unnumbered heading.
///
/// They are stable while the rows stay where they are; `register diff` matches such risks by
/// title across terms, since a row added above moves every id below it.
enum GeneratedIDs {
    /// The prefix for a register: `TRUST` for the trust's, else the first three letters of its
    /// name (`brookside-primary` → `BRO`), or the whole name when another register has those.
    static func prefix(for register: String, taken: inout [String: String]) -> String {
        let short: String
        if register == Risk.trustRegister {
            short = "TRUST"
        } else {
            let first = register.split(separator: "-").first.map(String.init) ?? register
            let letters = (first.count >= 3 ? first : register.filter { $0 != "-" }).prefix(3)
            short = letters.isEmpty ? "RISK" : letters.uppercased()
        }
        if let owner = taken[short], owner != register {
            let long = register.uppercased()
            taken[long] = register
            return long
        }
        taken[short] = register
        return short
    }

    /// The part of an id a section gives: its label, or `S` and its place among the headings.
    static func sectionPart(_ sections: [SectionHeading], _ index: Int?) -> String? {
        guard let index else { return nil }
        return sections[index].label ?? "S\(index + 1)"
    }

    /// Gives each read risk its id, counting rows within each register and section.
    static func assign(_ reads: inout [RiskRowRead], sections: [SectionHeading], taken: inout [String: String]) {
        var prefixes: [String: String] = [:]
        var counts: [String: Int] = [:]
        for i in reads.indices {
            let register = reads[i].risk.register
            let prefix = prefixes[register] ?? prefix(for: register, taken: &taken)
            prefixes[register] = prefix
            let head = sectionPart(sections, reads[i].section).map { "\(prefix)-\($0)." } ?? "\(prefix)-"
            let n = (counts[head] ?? 0) + 1
            counts[head] = n
            reads[i].risk.id = head + String(n)
        }
    }
}
