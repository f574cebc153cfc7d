import Testing

@testable import RiskRegister

/// Dates as people write them in review and action cells.
struct WrittenDateTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> WrittenDate { .day(CalendarDate(year: y, month: m, day: d)!) }

    @Test(arguments: [
        ("12.11.26", 2026, 11, 12), ("12-11-2026", 2026, 11, 12), ("2026-11-12", 2026, 11, 12), ("12/11/26", 2026, 11, 12),
        ("March 2027", 2027, 3, 31), ("Mar 2027", 2027, 3, 31), ("Mar-27", 2027, 3, 31), ("February 2028", 2028, 2, 29),
        ("Sept 2026", 2026, 9, 30), ("12 November 2026", 2026, 11, 12), ("12th Nov 26", 2026, 11, 12), ("12-Nov-26", 2026, 11, 12),
        ("1st March 2027", 2027, 3, 1), ("end of March 2027", 2027, 3, 31),
    ])
    func numericAndNamedMonths(text: String, year: Int, month: Int, dayOfMonth: Int) throws {
        #expect(try CalendarDate.read(written: text).get() == day(year, month, dayOfMonth))
    }

    /// Terms end on the last day of the month they usually end in: autumn December, spring March, summer July.
    @Test(arguments: [
        ("Spring term 2027", 2027, 3, 31), ("Summer 2027", 2027, 7, 31), ("Autumn term 2026", 2026, 12, 31),
        ("Autumn term 2026/27", 2026, 12, 31), ("Spring term 2026/27", 2027, 3, 31), ("summer 2026-27", 2027, 7, 31),
        ("SPRING TERM 2027", 2027, 3, 31),
    ])
    func termsAreTheirEnds(text: String, year: Int, month: Int, dayOfMonth: Int) throws {
        #expect(try CalendarDate.read(written: text).get() == day(year, month, dayOfMonth))
    }

    @Test(arguments: ["Ongoing", "Termly", "Immediate", "annually", "TBC", "N/A", "Half termly", "Spring term", "Summer"])
    func wordsThatNameNoDay(text: String) throws {
        guard case .undated = try CalendarDate.read(written: text).get() else {
            Issue.record("\(text) should name no day")
            return
        }
    }

    @Test(arguments: ["31.02.27", "30 February 2027", "31-Apr-27", "29/02/2027"])
    func impossibleDatesStayErrors(text: String) {
        #expect(CalendarDate.read(written: text) == .failure(.impossible))
    }

    @Test(arguments: ["next term", "March 27", "Spring term 2026/28", "soon", "Month 13 2027"])
    func textThatIsNoDate(text: String) {
        #expect(CalendarDate.read(written: text) == .failure(.notADate))
    }

    @Test func theLatestOfSeveralDates() throws {
        #expect(try CalendarDate.readLatest(written: "04/09/26, 07/10/26; 05/11/26").get() == day(2026, 11, 5))
        #expect(try CalendarDate.readLatest(written: "04/09/26\nSpring term 2027").get() == day(2027, 3, 31))
        #expect(CalendarDate.readLatest(written: "04/09/26, 31/02/27") == .failure(.impossible))
        #expect(CalendarDate.readLatest(written: "04/09/26, soon") == .failure(.notADate))
    }
}
