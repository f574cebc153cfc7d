import MonteCarlo
import Testing

@testable import Reports
@testable import TrustModel

/// The sentences `simulate` (and the pack's summary, which prints the same ``Headlines``) reads
/// aloud, each driven down every branch by a row of constructed years or academies: nothing at
/// risk, certain events, one year only, ties, and chances that rise, fall and come back.
struct HeadlineSentenceTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        /// Events in 1,000 trials, year by year from 2026/27.
        var events: [Int]
        var sentence: String
        var testDescription: String { name }
    }

    static let centralRows = [
        Row(
            name: "nothing at risk", events: [0, 0, 0],
            sentence: "Central reserves stay above zero in every year in all 1,000 simulated futures."),
        Row(
            name: "nothing at risk, one year only", events: [0],
            sentence: "Central reserves stay above zero in 2026/27 in all 1,000 simulated futures."),
        Row(
            name: "more likely than not from the second year to the end", events: [100, 600, 700],
            sentence:
                "In 2028/29 there is a 70.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) chance that central reserves are below zero; they are more likely than not below zero from 2027/28."
        ),
        // Watched fail before: "…; they are more likely than not below zero from 2027/28." when
        // the last year is back below a half.
        Row(
            name: "more likely than not in a middle year only", events: [100, 600, 300],
            sentence:
                "In 2028/29 there is a 30.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) chance that central reserves are below zero, down from 60.0% (±1.5%; ±3.0 points at 95%: run more trials or set --precision) in 2027/28."
        ),
        // Watched fail before: "…from 2026/27." although 2027/28 is below a half.
        Row(
            name: "above a half, below, then above again", events: [600, 400, 700],
            sentence:
                "In 2028/29 there is a 70.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) chance that central reserves are below zero."
        ),
        Row(
            name: "more likely than not in the last year only", events: [100, 200, 700],
            sentence:
                "In 2028/29 there is a 70.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) chance that central reserves are below zero."
        ),
        Row(
            name: "certain, one year only", events: [1000],
            sentence: "In 2026/27 there is a more than 99.6% chance that central reserves are below zero."),
        Row(
            name: "none in the last year, some before", events: [50, 0, 0],
            sentence:
                "In 2028/29 there is a less than 0.4% chance that central reserves are below zero, down from 5.0% (±0.7%; ±1.4 points at 95%: run more trials or set --precision) in 2026/27."
        ),
    ]

    @Test(arguments: centralRows)
    func centralReserves(_ row: Row) {
        let years = Constructed.years(centralBelowZero: row.events)
        #expect(Headlines.centralSentence(years, trials: "1,000") == row.sentence)
    }

    static let targetRows = [
        Row(
            name: "met in every year", events: [900, 950, 990],
            sentence: "Trust reserves meet the 5% target in most futures throughout: 99.0% (±0.3%) of them in 2028/29."),
        // Watched fail before: "…in most futures throughout: 95.0% (±0.7%) of them in 2028/29."
        Row(
            name: "met in the first and last years, not in the middle", events: [900, 300, 950],
            sentence:
                "Trust reserves meet the 5% target in most futures in 2026/27 and again in 2028/29, but not in every year: in 2027/28 only 30.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) of futures meet it, and in 2028/29 95.0% (±0.7%; ±1.4 points at 95%: run more trials or set --precision) do."
        ),
        Row(
            name: "met, lost in a middle year, then met from a later year", events: [900, 300, 800, 950],
            sentence:
                "Trust reserves meet the 5% target in most futures in 2026/27 and again from 2028/29, but not in every year: in 2027/28 only 30.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) of futures meet it, and in 2029/30 95.0% (±0.7%; ±1.4 points at 95%: run more trials or set --precision) do."
        ),
        Row(
            name: "one year only", events: [800],
            sentence:
                "Trust reserves meet the 5% target in 80.0% (±1.3%; ±2.5 points at 95%: run more trials or set --precision) of futures in 2026/27."
        ),
        Row(
            name: "first met in a later year", events: [200, 600, 900],
            sentence:
                "Trust reserves first meet the 5% target in more than half of the futures in 2027/28, and in 2028/29 in 90.0% (±0.9%; ±1.9 points at 95%: run more trials or set --precision) of them."
        ),
        Row(
            name: "first met later, then lost and met again", events: [200, 700, 300, 800],
            sentence:
                "Trust reserves meet the 5% target in most futures in 2027/28 and again in 2029/30, but not in every year: in 2028/29 only 30.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) of futures meet it, and in 2029/30 80.0% (±1.3%; ±2.5 points at 95%: run more trials or set --precision) do."
        ),
        Row(
            name: "met at the start, lost by the end", events: [900, 600, 100],
            sentence:
                "Trust reserves meet the 5% target in 90.0% (±0.9%; ±1.9 points at 95%: run more trials or set --precision) of futures in 2026/27, but in only 10.0% (±0.9%; ±1.9 points at 95%: run more trials or set --precision) by 2028/29."
        ),
        // Watched fail before: "Trust reserves stay below the 5% target in most futures: …"
        // although 2027/28 meets it.
        Row(
            name: "met in a middle year only", events: [100, 700, 200],
            sentence:
                "Trust reserves meet the 5% target in 70.0% (±1.4%; ±2.8 points at 95%: run more trials or set --precision) of futures in 2027/28, but in only 20.0% (±1.3%; ±2.5 points at 95%: run more trials or set --precision) by 2028/29."
        ),
        Row(
            name: "met at the start, never by the end", events: [900, 0, 0],
            sentence:
                "Trust reserves meet the 5% target in 90.0% (±0.9%; ±1.9 points at 95%: run more trials or set --precision) of futures in 2026/27, but in less than 0.4% by 2028/29."
        ),
        Row(
            name: "never met", events: [0, 0, 0],
            sentence: "Trust reserves stay below the 5% target in most futures: less than 0.4% of futures meet it in 2028/29."),
        Row(
            name: "certain throughout", events: [1000, 1000, 1000],
            sentence: "Trust reserves meet the 5% target in most futures throughout: more than 99.6% of them in 2028/29."),
    ]

    @Test(arguments: targetRows)
    func trustReservesAgainstTheTarget(_ row: Row) {
        let years = Constructed.years(atTarget: row.events)
        #expect(Headlines.targetSentence(years, targetPercent: 5) == row.sentence)
    }

    /// "Throughout" only where every year of the horizon meets the target, whichever year fails.
    @Test func throughoutHoldsForEveryYear() {
        for length in 3...6 {
            for failing in 1..<(length - 1) {
                var events = Array(repeating: 900, count: length)
                events[failing] = 300
                let sentence = Headlines.targetSentence(Constructed.years(atTarget: events), targetPercent: 5)
                #expect(!sentence.contains("throughout"), "\(events)")
                #expect(sentence.contains("in \(Constructed.label(failing)) only 30.0%"), "\(sentence)")
            }
            let always = Headlines.targetSentence(Constructed.years(atTarget: Array(repeating: 900, count: length)), targetPercent: 5)
            #expect(always.contains("throughout"))
        }
    }

    struct ExposedRow: Sendable, CustomTestStringConvertible {
        var name: String
        var academies: [AcademyOutcome]
        var sentence: String?
        var testDescription: String { name }
    }

    static let exposedRows = [
        ExposedRow(
            name: "one academy most exposed",
            academies: [
                Constructed.academy("ash", "Ash Primary", deficit: 20_000, chanceOfDeficit: 300),
                Constructed.academy("birch", "Birch Primary", deficit: 50_000, chanceOfDeficit: 600, chanceInYear: 400),
            ],
            sentence:
                "Ranked by expected deficit (£), Birch Primary is the most exposed in 2028/29: reserves below £0 by £50.0k on average over the futures, with a 60.0% (±1.5%; ±3.0 points at 95%: run more trials or set --precision) chance of a cumulative and 40.0% (±1.5%; ±3.0 points at 95%: run more trials or set --precision) of an in-year deficit."
        ),
        // Watched fail before: "Ash Primary is the most exposed" of two academies whose figures
        // are the same, chosen by its id.
        ExposedRow(
            name: "two academies equally exposed",
            academies: [
                Constructed.academy("birch", "Birch Primary", deficit: 50_000, chanceOfDeficit: 1000, chanceInYear: 1000),
                Constructed.academy("ash", "Ash Primary", deficit: 50_000, chanceOfDeficit: 1000, chanceInYear: 1000),
                Constructed.academy("cedar", "Cedar Primary", deficit: 10_000, chanceOfDeficit: 1000),
            ],
            sentence:
                "Ranked by expected deficit (£), Ash Primary and Birch Primary are equally the most exposed in 2028/29: each has reserves below £0 by £50.0k on average over the futures, with a more than 99.6% chance of a cumulative and more than 99.6% of an in-year deficit."
        ),
        ExposedRow(
            name: "the same deficit, a larger chance ranks first",
            academies: [
                Constructed.academy("ash", "Ash Primary", deficit: 50_000, chanceOfDeficit: 300),
                Constructed.academy("birch", "Birch Primary", deficit: 50_000, chanceOfDeficit: 600),
            ],
            sentence:
                "Ranked by expected deficit (£), Birch Primary is the most exposed in 2028/29: reserves below £0 by £50.0k on average over the futures, with a 60.0% (±1.5%; ±3.0 points at 95%: run more trials or set --precision) chance of a cumulative and less than 0.4% of an in-year deficit."
        ),
        ExposedRow(
            name: "a joining school",
            academies: [Constructed.academy("brook", "Brook Primary", deficit: 80_000, chanceOfDeficit: 500, joins: true)],
            sentence:
                "Ranked by expected deficit (£), Brook Primary is the most exposed in 2028/29 if it joins: reserves below £0 by £80.0k on average over the futures, with a 50.0% (±1.6%; ±3.1 points at 95%: run more trials or set --precision) chance of a cumulative and less than 0.4% of an in-year deficit."
        ),
        ExposedRow(
            name: "in-year deficits only",
            academies: [Constructed.academy("ash", "Ash Primary", deficit: 0, inYear: 20_000, chanceOfDeficit: 0, chanceInYear: 250)],
            sentence:
                "Ranked by expected deficit (£), Ash Primary is the most exposed in 2028/29: an in-year deficit of £20.0k on average over the futures, with a less than 0.4% chance of a cumulative and 25.0% (±1.4%; ±2.7 points at 95%: run more trials or set --precision) of an in-year deficit."
        ),
        ExposedRow(
            name: "no deficit anywhere",
            academies: [Constructed.academy("ash", "Ash Primary", deficit: 0, chanceOfDeficit: 0)], sentence: nil),
    ]

    @Test(arguments: exposedRows)
    func mostExposedAcademy(_ row: ExposedRow) {
        #expect(Headlines.mostExposed(row.academies, label: "2028/29") == row.sentence)
    }
}
