import CSV

/// Spreadsheet date serial numbers turned into the ISO 8601 text the rest of matrisk reads.
///
/// In the 1900 date system (Excel's default) serial 1 is 1900-01-01, and serial 60 is
/// 1900-02-29, a day that never was: Lotus 1-2-3 took 1900 for a leap year and Excel kept
/// the mistake, so from serial 61 (1900-03-01) on, dates count from 1899-12-30. In the 1904
/// system (old Mac Excel, `date1904`) serial 0 is 1904-01-01.
enum SerialDate {
    /// The date system a workbook uses.
    enum System: Sendable {
        case from1900
        case from1904
    }

    /// What part of a serial a number format shows.
    enum Shows: Sendable {
        case date
        /// The month and year only (`mmm-yy`): a person typing "March 2027" means the month,
        /// so the reader gives the month's name and year, as the person wrote it.
        case monthAndYear
        case time
        case dateAndTime
    }

    /// `2026-11-22`, `14:30`, `2026-11-22 14:30` (seconds when there are any), or nil when the
    /// serial is no date a spreadsheet can show (negative, or past the year 9999).
    static func text(serial: Double, system: System, shows: Shows) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        // To the nearest second, as a spreadsheet shows it.
        let seconds = Int((serial * 86_400).rounded())
        let day = seconds / 86_400
        let timeOfDay = seconds % 86_400
        let time = clock(timeOfDay)
        if shows == .time { return time }
        let date: String
        switch system {
        case .from1904:
            date = civil(daysSince1970: day - 24_107)
        case .from1900:
            if day == 0 { return shows == .date ? "1900-01-00" : "1900-01-00 " + time }
            if day == 60 { date = "1900-02-29" } else { date = civil(daysSince1970: day - (day < 60 ? 25_568 : 25_569)) }
        }
        if shows == .date { return date }
        if shows == .monthAndYear { return monthAndYear(date) }
        return date + " " + time
    }

    /// `14:30`, or `14:30:05` when there are seconds.
    private static func clock(_ seconds: Int) -> String {
        let h = seconds / 3600
        let m = seconds / 60 % 60
        let s = seconds % 60
        let hm = twoDigits(h) + ":" + twoDigits(m)
        return s == 0 ? hm : hm + ":" + twoDigits(s)
    }

    /// `2027-03-01` → `March 2027`.
    private static func monthAndYear(_ iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        return monthNames[month - 1] + " " + parts[0]
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The 1900-system serial of a date, as the writer stores dates.
    static func serial1900(year: Int, month: Int, day: Int) -> Int {
        CivilDays.days(year: year, month: month, day: day) + 25_569
    }

    private static func civil(daysSince1970 days: Int) -> String {
        let (y, m, d) = CivilDays.date(days: days)
        return String(y) + "-" + twoDigits(m) + "-" + twoDigits(d)
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
