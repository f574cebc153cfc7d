/// Which risk of an earlier snapshot each risk of a later one is.
///
/// Risks with ids of their own are matched by id. A risk whose id was generated from its row
/// (its register has no ID column) is matched by title within its register instead, since a row
/// added above it moves its id: first the same title, then a title that barely changed (the
/// same words, give or take a few), the closest pairs first.
enum RiskMatching {
    /// Words two titles must share, as a share of both (Dice's coefficient), to be one risk reworded.
    static let rewordedThreshold = 0.6

    /// New risk position → old risk position, for every new risk that was on the old registers.
    static func match(old: [Risk], new: [Risk]) -> [Int: Int] {
        var oldByID: [String: Int] = [:]
        for (i, risk) in old.enumerated() where oldByID[risk.id] == nil && !risk.origin.idIsGenerated { oldByID[risk.id] = i }
        var matches: [Int: Int] = [:]
        var taken: Set<Int> = []
        for (j, risk) in new.enumerated() where !risk.origin.idIsGenerated {
            if let i = oldByID[risk.id], !taken.contains(i) {
                matches[j] = i
                taken.insert(i)
            }
        }
        let hasGenerated = old.contains(where: \.origin.idIsGenerated) || new.contains(where: \.origin.idIsGenerated)
        guard hasGenerated else { return matches }
        var candidates: [(score: Double, old: Int, new: Int)] = []
        let oldWords = old.map { words(of: $0.title) }
        for (j, risk) in new.enumerated() where matches[j] == nil {
            let mine = words(of: risk.title)
            for (i, before) in old.enumerated() where !taken.contains(i) && before.register == risk.register {
                guard before.origin.idIsGenerated || risk.origin.idIsGenerated else { continue }
                let score = before.title == risk.title ? 2 : similarity(mine, oldWords[i])
                if score >= rewordedThreshold { candidates.append((score, i, j)) }
            }
        }
        candidates.sort { ($0.score, -$0.old, -$0.new) > ($1.score, -$1.old, -$1.new) }
        for candidate in candidates where matches[candidate.new] == nil && !taken.contains(candidate.old) {
            matches[candidate.new] = candidate.old
            taken.insert(candidate.old)
        }
        return matches
    }

    private static let minorWords: Set<String> = ["the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "over", "by", "with"]

    /// The title's words, lower case, without the small words a rewording adds or drops.
    static func words(of title: String) -> [String] {
        title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { !minorWords.contains($0) }
    }

    /// Dice's coefficient of two titles' words: 1 for the same words, 0 for none shared.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for word in a { counts[word, default: 0] += 1 }
        var shared = 0
        for word in b where (counts[word] ?? 0) > 0 {
            counts[word, default: 0] -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(a.count + b.count)
    }
}
