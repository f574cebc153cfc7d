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

    /// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant, "chrono-compatible
    /// low-level date algorithms", days_from_civil's inverse).
    static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days from 1970-01-01 to the given date (Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The 1900-system serial of a date, as the writer stores dates.
    static func serial1900(year: Int, month: Int, day: Int) -> Int {
        daysSinceEpoch(year: year, month: month, day: day) + 25_569
    }

    private static func civil(daysSince1970 days: Int) -> String {
        let (y, m, d) = civil(daysSinceEpoch: days)
        return String(y) + "-" + twoDigits(m) + "-" + twoDigits(d)
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
}
