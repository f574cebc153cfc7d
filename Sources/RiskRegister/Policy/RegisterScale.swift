import JSONDocument

/// How one register scores likelihood and impact, when the policy names it: a number of
/// points, or the register's own words from lowest to highest.
///
///     "scales": {
///       "willowbank-primary": "3x3",
///       "millfield-operational-ra": {"likelihood": ["Remote", "Possible", "Probable"], "impact": ["Minor", "Severe", "Major"]}
///     }
package struct RegisterScale: Sendable, Hashable {
    /// One axis: its points, and its words lowest first (none when the register writes numbers).
    package struct Axis: Sendable, Hashable {
        package var points: Int
        package var words: [String]

        package init(points: Int, words: [String] = []) {
            self.points = words.isEmpty ? points : words.count
            self.words = words
        }
    }

    package var likelihood: Axis
    package var impact: Axis

    package init(likelihood: Axis, impact: Axis) {
        self.likelihood = likelihood
        self.impact = impact
    }

    /// The points of both axes.
    package var scale: ScoreScale { ScoreScale(likelihoodPoints: likelihood.points, impactPoints: impact.points) }
}

extension RegisterScale {
    /// `"3x3"`, `3`, or `{"likelihood": 3 or ["Low", ...], "impact": ...}` (an axis not given is 1–5).
    init(json cursor: JSONCursor) throws {
        if case .object = cursor.node.kind {
            var object = try cursor.object()
            let likelihood = try object.optional("likelihood").map(Axis.init(json:)) ?? Axis(points: 5)
            let impact = try object.optional("impact").map(Axis.init(json:)) ?? Axis(points: 5)
            try object.finish()
            self.init(likelihood: likelihood, impact: impact)
            return
        }
        let text = (try? cursor.string()) ?? (try? cursor.int()).map(String.init) ?? ""
        guard let scale = ScoreScale(text: text) else {
            throw cursor.mismatch("a scale such as \"3x3\", 4, or {\"likelihood\": [\"Low\", \"Medium\", \"High\"], \"impact\": 5}")
        }
        self.init(likelihood: Axis(points: scale.likelihoodPoints), impact: Axis(points: scale.impactPoints))
    }

    var json: JSONValue {
        .object([.init("likelihood", likelihood.json), .init("impact", impact.json)])
    }
}

extension RegisterScale.Axis {
    init(json cursor: JSONCursor) throws {
        if case .array = cursor.node.kind {
            let items = try cursor.array()
            let words = try items.map { try $0.string() }
            guard ScoreScale.supportedPoints.contains(words.count) else {
                throw cursor.violation("a scale's words run from lowest to highest, 3 to 5 of them; this list has \(words.count).")
            }
            let keys = words.map(HeaderName.normalised)
            guard Set(keys).count == keys.count, !keys.contains("") else {
                throw cursor.violation("each word of a scale must be different and hold letters or digits.")
            }
            self.init(points: words.count, words: words)
        } else {
            self.init(points: try cursor.int(in: ScoreScale.supportedPoints))
        }
    }

    var json: JSONValue {
        words.isEmpty ? .integer(points) : .array(words.map { .string($0) })
    }
}
