import Testing

@testable import RiskRegister

/// Dates as English trusts write them, and day arithmetic that never drifts.
struct CalendarDateTests {
    func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    @Test(arguments: [
        ("2026-11-22", 2026, 11, 22), ("22/11/2026", 2026, 11, 22), ("22/11/26", 2026, 11, 22), ("3/4/2026", 2026, 4, 3),
        ("03/04/2026", 2026, 4, 3), ("22.11.2026", 2026, 11, 22), ("22-11-2026", 2026, 11, 22), (" 2026-11-22 ", 2026, 11, 22),
        ("2026-11-22T09:30:00", 2026, 11, 22), ("2026-11-22 00:00:00", 2026, 11, 22), ("29/02/2028", 2028, 2, 29),
    ])
    func readsISOAndDayFirstDates(text: String, year: Int, month: Int, day: Int) throws {
        #expect(try CalendarDate.parse(text).get() == date(year, month, day))
    }

    @Test(arguments: ["31/02/2026", "29/02/2026", "2026-13-01", "00/10/2026", "2026-04-31"])
    func impossibleDatesAreErrorsNotGuesses(text: String) {
        #expect(CalendarDate.parse(text) == .failure(.impossible))
    }

    @Test(arguments: ["next term", "TBC", "", "2026/11", "11/2026", "22/11/202", "1/1/1/1", "2026-11-22x"])
    func textThatIsNotADate(text: String) {
        #expect(CalendarDate.parse(text) == .failure(.notADate))
    }

    @Test func daysBetweenAndAdding() {
        #expect(date(1970, 1, 1).daysSince1970 == 0)
        #expect(date(2026, 11, 22).daysSince1970 == 20_779)
        #expect(date(2026, 11, 22).days(to: date(2027, 1, 1)) == 40)
        #expect(date(2026, 11, 22).adding(days: 30) == date(2026, 12, 22))
        #expect(date(2028, 2, 28).adding(days: 1) == date(2028, 2, 29))
        #expect(date(2100, 2, 28).adding(days: 1) == date(2100, 3, 1))
        #expect(date(1969, 12, 31).daysSince1970 == -1)
    }

    @Test func everyDayRoundTripsThroughItsDayNumber() {
        // From 1 January 0001 to the 2190s; checked plainly and reported once, as one expectation per day would be slow.
        var previous = CalendarDate(daysSince1970: -719_162)
        var wrong: [Int] = []
        for day in -719_161...80_000 {
            let d = CalendarDate(daysSince1970: day)
            if d.daysSince1970 != day || !(previous < d) || CalendarDate(year: d.year, month: d.month, day: d.day) != d {
                wrong.append(day)
            }
            previous = d
        }
        #expect(wrong.isEmpty, "first wrong day: \(wrong.first ?? 0)")
        #expect(CalendarDate(daysSince1970: -719_162) == date(1, 1, 1))
    }

    @Test func formsOfWriting() {
        #expect(date(2026, 3, 4).description == "2026-03-04")
        #expect(date(2026, 3, 4).ukText == "04/03/2026")
    }
}
