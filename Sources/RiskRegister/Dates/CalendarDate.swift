import CSV

/// A day in the calendar, as registers write review dates: no time, no time zone.
///
/// Registers only ever say "reviewed on 22 November 2026", so a plain year-month-day keeps
/// results the same on every machine, whatever its clock or locale.
package struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// The date, or nil when no such day exists (31 February, month 13).
    package init?(year: Int, month: Int, day: Int) {
        guard CivilDays.isValid(year: year, month: month, day: day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day that is `days` after 1 January 1970 (negative for days before it).
    package init(daysSince1970 days: Int) {
        let date = CivilDays.date(days: days)
        year = date.year
        month = date.month
        day = date.day
    }

    /// Days from 1 January 1970 to this date.
    package var daysSince1970: Int {
        CivilDays.days(year: year, month: month, day: day)
    }

    /// The date `days` later (earlier when negative).
    package func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSince1970: daysSince1970 + days)
    }

    /// Whole days from this date to `other` (negative when `other` is earlier).
    package func days(to other: CalendarDate) -> Int {
        other.daysSince1970 - daysSince1970
    }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601, `2026-11-22`: the form matrisk writes.
    package var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The UK's day-first form, `22/11/2026`, as people read it in a report.
    package var ukText: String {
        "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))"
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
