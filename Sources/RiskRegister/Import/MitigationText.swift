import CSV

/// Controls and actions written as free text in a register's row ("Termly budget monitoring by
/// the FGB; SBM to retender catering by 31.03.27"): one mitigation per item, with the owner and
/// due date read from the words when they are there.
enum MitigationText {
    /// One item of a controls or actions cell.
    struct Item: Equatable {
        var text: String
        var owner = ""
        var due: WrittenDate?
        /// The date words that name no real day ("31.02.27"), to report.
        var impossibleDate: String?
    }

    /// The items of a cell: one per line, bullet or semicolon, numbering and bullets removed,
    /// and "None" or "N/A" dropped.
    static func items(in text: String) -> [Item] {
        let pieces = text.split(whereSeparator: { "\n\r;•·▪◦".contains($0) })
        return pieces.compactMap { piece in
            let item = removingMarker(CSVCell.trimmed(String(piece)))
            guard !item.isEmpty, !placeholders.contains(HeaderName.normalised(item)) else { return nil }
            return read(item)
        }
    }

    private static let placeholders: Set<String> = ["none", "na", "nil", "tbc", "noneidentified", "nofurtheraction", "nonerequired", ""]

    /// "- ", "* ", "1. ", "2) ", "a) ", "o " at the start of an item.
    private static func removingMarker(_ text: String) -> String {
        var rest = Substring(text)
        if let first = rest.first, "-*–—o".contains(first), rest.dropFirst().first == " " { rest = rest.dropFirst(2) }
        let marker = rest.prefix { $0.isNumber || ($0.isLetter && $0.isLowercase) }
        if marker.count <= 2, !marker.isEmpty, let after = rest.dropFirst(marker.count).first, after == "." || after == ")" {
            let next = rest.dropFirst(marker.count + 1)
            if next.first == " " { rest = next }
        }
        return CSVCell.trimmed(String(rest))
    }

    /// The owner and date inside an item: "SBM by 31.03.27", "Replace boiler – SBM – Spring term 2027",
    /// "Retender catering (SBM, March 2027)", "Headteacher to review by end of March 2027".
    static func read(_ text: String) -> Item {
        var item = Item(text: text)
        let segments = segmentsOf(text)
        for (index, segment) in segments.enumerated().reversed() where index >= segments.count - 3 {
            let (left, date) = splitAtDateWord(segment)
            if item.due == nil, item.impossibleDate == nil, let date {
                switch CalendarDate.read(written: date) {
                case .success(let written): item.due = written
                case .failure(.impossible): item.impossibleDate = date
                case .failure(.notADate): break
                }
                if item.due != nil || item.impossibleDate != nil {
                    if item.owner.isEmpty, let left, let owner = owner(in: left) { item.owner = owner }
                    continue
                }
            }
            // A role on its own ("– SBM"), or the subject of "Governors to review …".
            if item.owner.isEmpty, let owner = owner(in: segment), index > 0 || owner == segment || segment.contains(" to ") {
                item.owner = owner
            }
        }
        return item
    }

    /// The text cut at dashes, commas, brackets and colons.
    private static func segmentsOf(_ text: String) -> [String] {
        var segments: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let spacedDash = "-–—".contains(c) && i > 0 && chars[i - 1] == " " && i + 1 < chars.count && chars[i + 1] == " "
            let breaks =
                spacedDash || c == "(" || c == ")" || (c == "," && i + 1 < chars.count && chars[i + 1] == " ")
                || (c == ":" && i + 1 < chars.count && chars[i + 1] == " ")
            if breaks {
                segments.append(CSVCell.trimmed(current))
                current = ""
            } else {
                current.append(c)
            }
        }
        segments.append(CSVCell.trimmed(current))
        return segments.filter { !$0.isEmpty }
    }

    /// "SBM by 31.03.27" → ("SBM", "31.03.27"); "by Spring term 2027" → (nil, "Spring term 2027");
    /// "March 2027" → (nil, "March 2027"), to try as a date.
    private static func splitAtDateWord(_ segment: String) -> (left: String?, date: String?) {
        let words = segment.split(separator: " ").map(String.init)
        if let k = words.lastIndex(where: { ["by", "due", "deadline", "before"].contains($0.lowercased().trimmingColon) }) {
            let left = words[..<k].joined(separator: " ")
            return (left.isEmpty ? nil : left, words[(k + 1)...].joined(separator: " ").trimmingClosers)
        }
        return (nil, segment.trimmingClosers)
    }

    /// Who an item names: "SBM", "Headteacher", "Mrs Patel", "Site manager" — or the subject of
    /// "Governors to review …". Nil for words that are not a person or a role.
    static func owner(in text: String) -> String? {
        var candidate = CSVCell.trimmed(text)
        if let to = candidate.firstRange(of: " to ") { candidate = String(candidate[..<to.lowerBound]) }
        for prefix in ["Owner ", "Lead ", "Who ", "Action by "] where candidate.hasPrefix(prefix) {
            candidate = String(candidate.dropFirst(prefix.count))
        }
        let words = candidate.split(separator: " ")
        guard (1...4).contains(words.count), candidate.count <= 32 else { return nil }
        // "SBM", "HT", "HoD", "DSL": short words that are mostly capitals.
        let acronym = words.contains { word in
            (2...6).contains(word.count) && word.first?.isUppercase == true && word.filter(\.isUppercase).count * 2 > word.count
        }
        let role = roles.contains(words[0].lowercased().filter(\.isLetter)) || roleEndings.contains(words[words.count - 1].lowercased())
        let titled = ["mr", "mrs", "ms", "miss", "dr"].contains(words[0].lowercased().filter(\.isLetter)) && words.count >= 2
        return acronym || role || titled ? candidate : nil
    }

    /// Words that start a person's role: "Headteacher", "Chair of governors", "Deputy head".
    private static let roles: Set<String> = [
        "headteacher", "head", "headmaster", "headmistress", "principal", "deputy", "bursar", "chair", "clerk", "governors",
        "governor", "trustees", "trustee", "senco", "caretaker", "ceo", "cfo", "coo", "dsl",
    ]

    /// Words that end one: "Site Manager", "Trust estates lead", "Exams Officer", "Finance committee".
    private static let roleEndings: Set<String> = [
        "manager", "lead", "leader", "officer", "director", "committee", "team", "coordinator", "administrator", "teacher", "head",
    ]
}

extension String {
    fileprivate var trimmingColon: String { hasSuffix(":") ? String(dropLast()) : self }

    /// Without closing punctuation a sentence leaves on a date: "31.03.27." → "31.03.27".
    fileprivate var trimmingClosers: String {
        var text = CSVCell.trimmed(self)
        while let last = text.last, ".,;:)".contains(last) { text.removeLast() }
        return text
    }
}
