/// What a cell's number format makes of its number, as far as reading needs: a date, a time,
/// a percentage, or a plain number (currency and thousands separators read as plain numbers).
enum NumberFormatKind: Sendable, Equatable {
    case number
    case percent
    case date(SerialDate.Shows)

    /// The kind of Excel's built-in format `id` (ECMA-376 Part 1 §18.8.30), with the date
    /// formats of East Asian locales (27–36, 50–58) counted as dates.
    static func builtIn(_ id: Int) -> NumberFormatKind {
        switch id {
        case 9, 10: return .percent
        case 17: return .date(.monthAndYear)
        case 14...16, 27...31, 34...36, 50...58: return .date(.date)
        case 18...21, 32, 33, 45...47: return .date(.time)
        case 22: return .date(.dateAndTime)
        default: return .number
        }
    }

    /// The kind of a custom format code such as `dd/mm/yyyy`, `"£"#,##0` or `0.0%`, judged by
    /// its first section with quoted text, escaped characters and `[colour]` brackets left out.
    static func custom(_ code: String) -> NumberFormatKind {
        var day = false
        var year = false
        var month = false
        var time = false
        var percent = false
        var inQuotes = false
        var inBracket = false
        var escaped = false
        var bracket = ""
        // "General" inside a format is the General format, not letters of a date.
        for character in code.replacing("General", with: "").replacing("general", with: "") {
            if escaped {
                escaped = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    // Elapsed time ([h]:mm) is a time; colours and locales are not.
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket.lowercased()) { time = true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuotes = true
            case "[":
                inBracket = true
                bracket = ""
            case ";": return kind(day: day, year: year, month: month, time: time, percent: percent)
            case "d", "D": day = true
            case "y", "Y": year = true
            case "m", "M": month = true
            case "h", "H", "s", "S": time = true
            case "A", "a":
                // AM/PM and A/P mark a time; their M and P are not months.
                time = true
                escaped = true
            case "%": percent = true
            default: break
            }
        }
        return kind(day: day, year: year, month: month, time: time, percent: percent)
    }

    private static func kind(day: Bool, year: Bool, month: Bool, time: Bool, percent: Bool) -> NumberFormatKind {
        // A month and year with no day ("mmm-yy", "mmmm yyyy") names the month, not its first day.
        if month && year && !day && !time { return .date(.monthAndYear) }
        // `m` with `h` or `s` and no day or year is minutes; otherwise it is a month.
        let date = day || year || (month && !time)
        switch (date, time) {
        case (true, true): return .date(.dateAndTime)
        case (true, false): return .date(.date)
        case (false, true): return .date(.time)
        default: return percent ? .percent : .number
        }
    }
}
