import CSV

/// A date cell as people fill it in: a day, or words that name no day ("Ongoing", "Termly").
package enum WrittenDate: Sendable, Equatable {
    case day(CalendarDate)
    /// No day: a word such as "Ongoing", "Termly" or "Immediate", or a term with no year.
    case undated(String)
}

extension CalendarDate {
    /// Reads a date as school and trust registers write them, beyond ``parse(_:)``'s numeric forms:
    ///
    /// - a month and year, `March 2027`, `Mar-27`: the last day of that month;
    /// - a day, month and year, `12 November 2026`, `12th Nov 26`, `12-Nov-26`;
    /// - a term, `Spring term 2027`, `Summer 2027`, `Autumn term 2026/27`: the last day of the month
    ///   the term ends in (autumn 31 December, spring 31 March, summer 31 July; in an academic year
    ///   written 2026/27, autumn is in 2026 and spring and summer in 2027);
    /// - words that name no day (`Ongoing`, `Termly`, `Immediate`, `Annually`, `TBC`) and a term
    ///   with no year: ``WrittenDate/undated(_:)``.
    ///
    /// An impossible day (`31.02.27`) is ``ParseFailure/impossible``, never a guess.
    package static func read(written text: String) -> Result<WrittenDate, ParseFailure> {
        let trimmed = text.hasEdgeWhitespace ? CSVCell.trimmed(text) : text
        switch parse(trimmed) {
        case .success(let date): return .success(.day(date))
        case .failure(.impossible): return .failure(.impossible)
        case .failure(.notADate): break
        }
        if WrittenDateWords.undated.contains(HeaderName.normalised(trimmed)) { return .success(.undated(trimmed)) }
        var words = WrittenDateWords.tokens(trimmed)
        while let first = words.first, ["end", "of", "the", "by"].contains(first) { words.removeFirst() }
        if let term = WrittenDateWords.term(words) { return term }
        return WrittenDateWords.named(words, hyphenated: trimmed.contains("-"))
    }

    /// The latest day in a cell that may hold several ("04/09/2026, 07/10/2026"): a review
    /// planned and then moved. A cell holding one date is read as ``read(written:)`` reads it.
    package static func readLatest(written text: String) -> Result<WrittenDate, ParseFailure> {
        let whole = read(written: text)
        guard case .failure(.notADate) = whole else { return whole }
        let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "\r" })
            .map { CSVCell.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard parts.count > 1 else { return whole }
        var latest: CalendarDate?
        for part in parts {
            switch read(written: part) {
            case .success(.day(let day)): latest = max(latest ?? day, day)
            case .success(.undated): continue
            case .failure(let failure): return .failure(failure)
            }
        }
        return latest.map { .success(.day($0)) } ?? whole
    }
}

/// The words of written dates: months, terms, and words that mean "no particular day".
private enum WrittenDateWords {
    static let undated: Set<String> = [
        "ongoing", "termly", "immediate", "immediately", "annually", "annual", "yearly", "monthly", "weekly", "daily",
        "halftermly", "eachterm", "everyterm", "continuous", "continual", "asrequired", "asneeded", "na", "tbc", "tba", "tbd",
        "regularly", "eachmeeting", "everymeeting", "nextmeeting", "asandwhen", "rolling", "biannually", "quarterly",
    ]

    static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ]
        var table: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Lower-case words, split at spaces, hyphens and commas; "12th" is "12".
    static func tokens(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," || $0 == "\u{2013}" }).map { word in
            var word = String(word).trimmingSuffix(".")
            for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.dropLast(2).allSatisfy(\.isNumber) && word.count > 2
            {
                word = String(word.dropLast(2))
            }
            return word
        }
    }

    /// `Spring term 2027`, `Summer 2027`, `Autumn term 2026/27`, or a term with no year.
    static func term(_ words: [String]) -> Result<WrittenDate, CalendarDate.ParseFailure>? {
        guard let first = words.first, let month = ["autumn": 12, "spring": 3, "summer": 7][first] else { return nil }
        var rest = Array(words.dropFirst())
        if rest.first == "term" { rest.removeFirst() }
        if rest.isEmpty { return .success(.undated(words.joined(separator: " ").capitalisedFirst)) }
        guard let years = academicYear(rest) else { return .failure(.notADate) }
        let year = month == 12 ? years.first : years.second
        guard let date = CalendarDate(year: year, month: month, day: CivilDays.daysIn(month: month, year: year)) else {
            return .failure(.notADate)
        }
        return .success(.day(date))
    }

    /// `2027` (the calendar year, both halves), `2026/27` or `2026 27` (an academic year).
    static func academicYear(_ words: [String]) -> (first: Int, second: Int)? {
        if words.count == 1, let year = fourDigits(words[0]) { return (year, year) }
        let parts = words.count == 1 ? words[0].split(separator: "/").map(String.init) : words
        guard parts.count == 2, let first = fourDigits(parts[0]), let second = Int(parts[1]), parts[1].count == 2 || parts[1].count == 4
        else { return nil }
        let full = parts[1].count == 2 ? first / 100 * 100 + second : second
        return full == first + 1 ? (first, full) : nil
    }

    /// `March 2027`, `Mar-27` (the month's last day) or `12 November 2026`, `12-Nov-26`.
    static func named(_ words: [String], hyphenated: Bool) -> Result<WrittenDate, CalendarDate.ParseFailure> {
        var day: Int?
        var rest = words[...]
        if let first = rest.first, first.count <= 2, let number = Int(first) {
            day = number
            rest = rest.dropFirst()
        }
        guard rest.count == 2, let month = months[rest[rest.startIndex]] else { return .failure(.notADate) }
        let yearText = rest[rest.startIndex + 1]
        guard yearText.allSatisfy(\.isNumber), yearText.count == 4 || (yearText.count == 2 && (hyphenated || day != nil)),
            var year = Int(yearText)
        else { return .failure(.notADate) }
        if yearText.count == 2 { year += 2000 }
        let date = CalendarDate(year: year, month: month, day: day ?? CivilDays.daysIn(month: month, year: year))
        return date.map { .success(.day($0)) } ?? .failure(.impossible)
    }

    static func fourDigits(_ text: String) -> Int? {
        text.count == 4 && text.allSatisfy(\.isNumber) ? Int(text) : nil
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }

    fileprivate var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
