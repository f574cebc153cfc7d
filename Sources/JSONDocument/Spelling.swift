/// Finds the name a person probably meant when they typed one that does not exist:
/// a misspelt field in a scenario file, an option on the command line, a column header.
package enum Spelling {
    /// The closest of `candidates` to `word`, if one is close enough to be a plausible typo.
    ///
    /// Closeness is the edit distance ignoring case, spaces, dashes and underscores;
    /// "close enough" allows about one slip per four letters (at least two).
    package static func suggestion(for word: String, among candidates: [String]) -> String? {
        let target = normalised(word)
        guard !target.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, normalised(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        // About one slip per four letters, at least two, but never so many that every letter
        // changes: "x" is no typo of "id".
        let allowance = min(max(2, target.count / 4), target.count - 1)
        return best.distance <= allowance ? best.name : nil
    }

    /// Levenshtein distance between two strings, counted in characters.
    package static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    private static func normalised(_ text: String) -> String {
        String(text.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" })
    }
}
