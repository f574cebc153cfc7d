import CSV

extension CalendarDate {
    /// Why a cell could not be read as a date.
    package enum ParseFailure: Error, Sendable, Equatable {
        /// Not a date at all ("next term", "TBC").
        case notADate
        /// Shaped like a date, but no such day exists (31/02/2026).
        case impossible
    }

    /// Reads a date as English trusts' spreadsheets write them.
    ///
    /// - ISO 8601: `2026-11-22`, also with a time after it (`2026-11-22T09:00`, `2026-11-22 00:00:00`).
    /// - Day first, always, when written with `/`, `.` or `-` and the year last: `22/11/2026`,
    ///   `22/11/26`, `22.11.2026` (European Excel), `22-11-2026`. Two-digit years are 2000–2099.
    ///
    /// A slashed date is never read month-first: `03/04/2026` is 3 April.
    package static func parse(_ text: String) -> Result<CalendarDate, ParseFailure> {
        let trimmed = text.hasEdgeWhitespace ? CSVCell.trimmed(text) : text
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3 else { return .failure(.notADate) }
        // ISO: the year comes first; a time may follow the day.
        if parts[0].count == 4 {
            var dayPart = parts[2]
            if let cut = dayPart.firstIndex(where: { $0 == "T" || $0 == " " }) { dayPart = dayPart[..<cut] }
            guard let y = number(parts[0]), let m = number(parts[1]), let d = number(dayPart),
                parts[1].count <= 2, dayPart.count <= 2
            else { return .failure(.notADate) }
            return CalendarDate(year: y, month: m, day: d).map { .success($0) } ?? .failure(.impossible)
        }
        guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
            let d = number(parts[0]), let m = number(parts[1]), var y = number(parts[2])
        else { return .failure(.notADate) }
        if parts[2].count == 2 { y += 2000 }
        return CalendarDate(year: y, month: m, day: d).map { .success($0) } ?? .failure(.impossible)
    }

    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

extension String {
    /// True when the text starts or ends with a space, tab or line break: when trimming would change it.
    /// Judged on bytes where they are ASCII, as almost every cell's ends are.
    var hasEdgeWhitespace: Bool {
        func edge(_ byte: UInt8?, _ character: Character?) -> Bool {
            guard let byte else { return false }
            if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) }
            return character?.isWhitespace ?? false
        }
        return edge(utf8.first, first) || edge(utf8.last, last)
    }

    /// True when the text is empty or only spaces, tabs and line breaks, as `CSVCell.trimmed(_:).isEmpty`
    /// says, without making the trimmed copy.
    var isBlankText: Bool {
        utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } || (utf8.contains { $0 >= 0x80 } && allSatisfy(\.isWhitespace))
    }
}
