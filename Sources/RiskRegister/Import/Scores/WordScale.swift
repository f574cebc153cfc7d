/// A scale of words that registers score likelihood or impact with, lowest first: "Low, Medium,
/// High", "Rare … Almost certain", "Negligible … Very severe".
struct WordScale: Sendable, Equatable {
    /// Each point's words as written, lowest first ("Very unlikely", "Unlikely", ...).
    let words: [String]
    /// Other ways of writing a point, normalised ("l" and "lo" are "Low").
    let variants: [String: Int]

    init(_ words: [String], variants: [String: Int] = [:]) {
        self.words = words
        self.variants = variants
    }

    var points: Int { words.count }

    /// The point (1-based) a cell's word is on this scale, compared as headers are.
    func point(of word: String) -> Int? {
        let key = HeaderName.normalised(word)
        if let index = words.firstIndex(where: { HeaderName.normalised($0) == key }) { return index + 1 }
        return variants[key]
    }

    /// "Low, Medium, High".
    var listed: String { words.joined(separator: ", ") }

    private static let lmh: [String: Int] = ["l": 1, "lo": 1, "m": 2, "med": 2, "moderate": 2, "h": 3, "hi": 3]

    /// The likelihood scales matrisk knows, in the order it prefers them when the words fit several.
    static let likelihood: [WordScale] = [
        WordScale(["Low", "Medium", "High"], variants: lmh),
        WordScale(["Remote", "Possible", "Probable"]),
        WordScale(["Unlikely", "Possible", "Likely"]),
        WordScale(["Highly unlikely", "Unlikely", "Likely", "Very likely"]),
        WordScale(["Low", "Medium", "High", "Very high"]),
        WordScale(["Very low", "Low", "High", "Very high"]),
        WordScale(["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]),
        WordScale(["Very unlikely", "Unlikely", "Possible", "Probable", "Very likely"]),
        WordScale(["Very low", "Low", "Medium", "High", "Very high"]),
    ]

    /// The impact scales matrisk knows, in the order it prefers them when the words fit several.
    static let impact: [WordScale] = [
        WordScale(["Low", "Medium", "High"], variants: lmh),
        WordScale(["Low", "Medium", "High", "Very high"]),
        WordScale(["Very low", "Low", "High", "Very high"]),
        WordScale(["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"]),
        WordScale(["Negligible", "Slight", "Moderate", "Severe", "Very severe"]),
        WordScale(["Very low", "Low", "Medium", "High", "Very high"]),
    ]

    /// The scale that holds every word in `words` with the fewest points (a 3-point "Low, High"
    /// column is read as Low, Medium, High); else the one that holds the most of them.
    static func best(for words: [String], among scales: [WordScale]) -> WordScale? {
        let keys = Set(words.map(HeaderName.normalised))
        guard !keys.isEmpty else { return nil }
        func held(_ scale: WordScale) -> Int { keys.filter { scale.point(of: $0) != nil }.count }
        if let whole = scales.filter({ held($0) == keys.count }).min(by: { $0.points < $1.points }) { return whole }
        let best = scales.max { held($0) < held($1) }
        return best.flatMap { held($0) > 0 ? $0 : nil }
    }
}

/// The words that rate a risk on a band: RAG words and the level words registers use for a
/// single rating ("High", "M", "Red – two vacancies" reads its first word).
enum LevelWords {
    static let bands: [String: RAG] = [
        "red": .red, "r": .red, "high": .red, "h": .red, "veryhigh": .red, "critical": .red, "severe": .red,
        "amber": .amber, "a": .amber, "medium": .amber, "med": .amber, "m": .amber, "moderate": .amber, "yellow": .amber,
        "green": .green, "g": .green, "low": .green, "l": .green, "verylow": .green, "minimal": .green,
    ]

    /// The band a cell's first word (or first two, "Very high") names.
    static func band(in text: String) -> RAG? {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(2).map { $0.lowercased() }
        guard let first = words.first else { return nil }
        if words.count == 2, first == "very", let band = bands["very" + words[1]] { return band }
        return bands[first]
    }
}
