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
///       "emergingThemeAcademies": 3,
///       "columns": {"Specific Risk": "title", "Notes": "ignore"},
///       "scales": {"willowbank-primary": "3x3"}
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
        if let field = object.optional("columns") { policy.columns = try Self.columns(field) }
        if let field = object.optional("scales") {
            var scales = try field.object()
            for key in scales.keys { policy.scales[RegisterName.from(text: key)] = try RegisterScale(json: scales.required(key)) }
            try scales.finish()
        }
        try object.finish()
        self = policy
    }

    /// The policy as its file writes it, every field spelled out, categories in order.
    package var json: JSONValue {
        let levels = AppetiteLevel.allCases
        return .object(
            [
                .init("appetite", .object(appetite.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value.rawValue)) })),
                .init("defaultAppetite", .string(defaultAppetite.rawValue)),
                .init(
                    "highestAcceptableScore",
                    .object(
                        levels.map {
                            .init($0.rawValue, .integer(highestAcceptableScore[$0] ?? $0.defaultHighestScore))
                        })),
                .init("escalationThreshold", .integer(escalationThreshold)),
                .init(
                    "rag", .object([.init("greenMaximum", .integer(bands.greenMaximum)), .init("redMinimum", .integer(bands.redMinimum))])),
                .init(
                    "reviewIntervalDays",
                    .object(
                        RAG.allCases.reversed().map {
                            .init($0.rawValue, .integer(reviewIntervalDays[$0] ?? RiskPolicy.defaultReviewIntervalDays[$0] ?? 0))
                        })),
                .init("emergingThemeAcademies", .integer(emergingThemeAcademies)),
            ] + mapsJSON)
    }

    /// `columns` and `scales`, written only when the policy has them.
    private var mapsJSON: [JSONValue.Member] {
        var members: [JSONValue.Member] = []
        if !columns.isEmpty {
            members.append(.init("columns", .object(columns.keys.sorted().map { .init($0, .string(columns[$0])) })))
        }
        if !scales.isEmpty {
            members.append(.init("scales", .object(scales.sorted { $0.key < $1.key }.map { .init($0.key, $0.value.json) })))
        }
        return members
    }

    /// `{"Specific Risk": "title", ...}`: each value a field a column can hold, or `ignore`.
    private static func columns(_ field: JSONCursor) throws -> [String: String] {
        var map = try field.object()
        var columns: [String: String] = [:]
        let fields = ColumnFieldKeys.all
        for header in map.keys {
            let value = try map.required(header)
            let key = try value.string()
            guard let known = ColumnFieldKeys.canonical(key) else {
                let hint = Spelling.suggestion(for: key, among: fields).map { " (did you mean '\($0)'?)" } ?? ""
                throw value.violation("'\(key)' is not a field a column can hold\(hint); use one of \(fields.joined(separator: ", ")).")
            }
            guard !HeaderName.normalised(header).isEmpty else { throw value.violation("a column's header must hold letters or digits.") }
            columns[header] = known
        }
        try map.finish()
        return columns
    }
}
