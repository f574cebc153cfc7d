import JSONDocument

/// The policy file, in JSON (comments and trailing commas allowed):
///
///     {
///       "appetite": {"safeguarding": "averse", "financial": "cautious", "growth": "open"},
///       "defaultAppetite": "cautious",
///       "highestAcceptableScore": {"averse": 4, "minimal": 6, "cautious": 10, "open": 12, "eager": 16},
///       "escalationThreshold": 15,
///       "rag": {"greenMaximum": 6, "redMinimum": 15},
///       "reviewIntervalDays": {"red": 30, "amber": 91, "green": 365},
///       "emergingThemeAcademies": 3
///     }
///
/// Only `appetite` is required; every other field falls back to the built-in default.
/// Categories named in `appetite` replace the built-in list entirely.
extension RiskPolicy {
    /// Reads a policy from a parsed JSON document.
    package init(json cursor: JSONCursor) throws {
        var object = try cursor.object()
        var policy = RiskPolicy()
        var appetites: [String: AppetiteLevel] = [:]
        var categories = try object.required("appetite").object()
        for key in categories.keys {
            appetites[Risk.key(forCategory: key)] = try categories.required(key).choice(of: AppetiteLevel.self)
        }
        policy.appetite = appetites
        if let field = object.optional("defaultAppetite") {
            policy.defaultAppetite = try field.choice(of: AppetiteLevel.self)
        }
        if let field = object.optional("highestAcceptableScore") {
            var scores = try field.object()
            for level in AppetiteLevel.allCases {
                if let score = scores.optional(level.rawValue) { policy.highestAcceptableScore[level] = try score.int(in: 1...25) }
            }
            try scores.finish()
        }
        if let field = object.optional("escalationThreshold") { policy.escalationThreshold = try field.int(in: 1...25) }
        if let field = object.optional("rag") {
            var rag = try field.object()
            if let green = rag.optional("greenMaximum") { policy.bands.greenMaximum = try green.int(in: 1...25) }
            if let red = rag.optional("redMinimum") {
                let value = try red.int(in: 1...25)
                guard value > policy.bands.greenMaximum else {
                    throw red.violation("redMinimum (\(value)) must be above greenMaximum (\(policy.bands.greenMaximum)).")
                }
                policy.bands.redMinimum = value
            }
            try rag.finish()
        }
        if let field = object.optional("reviewIntervalDays") {
            var days = try field.object()
            for band in RAG.allCases {
                if let value = days.optional(band.rawValue) { policy.reviewIntervalDays[band] = try value.int(in: 1...3660) }
            }
            try days.finish()
        }
        if let field = object.optional("emergingThemeAcademies") { policy.emergingThemeAcademies = try field.int(in: 1...1000) }
        try object.finish()
        self = policy
    }

    /// The policy as its file writes it, every field spelled out, categories in order.
    package var json: JSONValue {
        let levels = AppetiteLevel.allCases
        return .object([
            .init("appetite", .object(appetite.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value.rawValue)) })),
            .init("defaultAppetite", .string(defaultAppetite.rawValue)),
            .init(
                "highestAcceptableScore",
                .object(
                    levels.map {
                        .init($0.rawValue, .integer(highestAcceptableScore[$0] ?? $0.defaultHighestScore))
                    })),
            .init("escalationThreshold", .integer(escalationThreshold)),
            .init("rag", .object([.init("greenMaximum", .integer(bands.greenMaximum)), .init("redMinimum", .integer(bands.redMinimum))])),
            .init(
                "reviewIntervalDays",
                .object(
                    RAG.allCases.reversed().map {
                        .init($0.rawValue, .integer(reviewInterval(for: $0)))
                    })),
            .init("emergingThemeAcademies", .integer(emergingThemeAcademies)),
        ])
    }
}
