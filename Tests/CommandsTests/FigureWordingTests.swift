import Foundation
import Testing

/// One name, one meaning: a year's contingency and the risk-based reserve are never confused;
/// a chance no trial saw is a bound, never "0.0% ±0.0%"; a pooled trust is not shown figures
/// that pooling makes meaningless.
struct FigureWordingTests {
    static let small = "Tests/CommandsTests/Fixtures/scenarios/small.json"

    func run(_ words: [String]) -> RunResult { MatriskProcess.inProcess(words) }

    func tables(_ words: [String]) throws -> [String: [String: Any]] {
        let result = run(words + ["--format", "json"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return try #require(object["tables"] as? [String: [String: Any]])
    }

    func rows(_ tables: [String: [String: Any]], _ id: String) throws -> [[String: Any]] {
        try #require(tables[id]?["rows"] as? [[String: Any]])
    }

    @Test func aYearsContingencyAndTheRiskBasedReserveKeepTheirOwnNamesEverywhere() throws {
        // Watched fail before: `risks` called a year's P95 a "risk-based reserve" while
        // `simulate` gave that name to the P95 of the worst year, a larger amount.
        let simulated = try rows(tables(["simulate", Self.small]), "risk-losses")
        func amount(_ label: String) -> Double? {
            simulated.first { ($0["measure"] as? String) == label }?["amount"] as? Double
        }
        let p95 = try #require(amount("A year's contingency, P95 (covers 95% of years)"))
        let reserve = try #require(amount("Risk-based reserve (covers the worst year of the horizon in 95% of futures)"))
        #expect(reserve > p95)
        let risks = try tables(["risks", Self.small])
        #expect(risks["risk-based-reserves"] == nil)
        let trustWide = try #require(rows(risks, "contingencies").first)
        #expect(trustWide["contingencyP95"] as? Double == p95)
        let text = run(["risks", Self.small]).standardOutput
        #expect(text.contains("The risk-based reserve, which covers the worst year of the horizon in 95% of futures, is £"))
        #expect(!text.contains("Risk-based reserves:"))
        let help = run(["simulate", "--help"]).standardOutput.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "  ", with: " ")
        #expect(help.contains("A year's contingency (P80, P95): the 80th or 95th percentile of one year's"))
        #expect(help.contains("Risk-based reserve: the 95th percentile of each future's worst year"))
    }

    @Test func aChanceNoTrialSawIsABoundNeverZeroPlusOrMinusZero() {
        // Watched fail before: "0.0% ±0.0%" and "100.0% ±0.0%" in the year table.
        let text = run(["simulate", Self.small, "--set", "trust.centralReserves=50000000"]).standardOutput
        #expect(!text.contains("±0.0%"))
        // 0 of 500 trials: the Wilson 95% upper bound is 0.76%, so "under 0.8%"; all 500: "over 99.2%".
        #expect(text.contains("under 0.8%"))
        #expect(text.contains("over 99.2%"))
        #expect(text.contains("meet the 5% target in most futures throughout: more than 99.2% of them"))
        let large = run(["simulate", Self.small, "--trials", "4000", "--set", "trust.centralReserves=50000000"]).standardOutput
        #expect(large.contains("under 0.1%"))
    }

    @Test func aSmallChanceIsShownToThePlaceOfItsError() {
        // Watched fail before: Hillside's chance of deficit printed "0.1% ±0.05%", the error
        // finer than the chance it qualifies.
        let text = run(["simulate", "Scenarios/growth.json", "--trials", "2000"]).standardOutput
        let cells = text.split(separator: " ").filter { $0.hasPrefix("±") && $0.hasSuffix("%") }
        #expect(!cells.isEmpty)
        let lines = text.split(separator: "\n")
        for line in lines {
            let words = line.split(separator: " ")
            for (i, word) in words.enumerated() where word.hasPrefix("±") && word.hasSuffix("%") && i > 0 {
                let value = words[i - 1].split(separator: ".").last?.count ?? 0
                let error = word.split(separator: ".").last?.count ?? 0
                #expect(value == error, "\(line)")
            }
        }
    }

    @Test func aPooledTrustIsNotShownAcademyFiguresPoolingMakesMeaningless() throws {
        // Watched fail before: "any academy in deficit" at 0% and academies below target at 100%,
        // by construction, in the probabilities and distributions.
        let pooled = try tables(["simulate", Self.small, "--set", "trust.fundingModel=pooled"])
        #expect(try rows(pooled, "probabilities").allSatisfy { ($0["event"] as? String) != "any academy in deficit" })
        let figures = Set(try rows(pooled, "distributions").compactMap { $0["figure"] as? String })
        #expect(!figures.contains("academies.inDeficit") && !figures.contains("academies.belowTarget"))
        #expect(figures.contains("central.balance"))
        #expect(try rows(pooled, "academy-years").allSatisfy { $0["reservesP50"] is NSNull && $0["deficit"] is NSNull })
    }

    @Test func throughoutIsSaidOnlyWhenEveryYearMeetsTheTarget() {
        // Watched fail before (main's build on this scenario): "Trust reserves meet the 5% target
        // in most futures throughout: more than 98.1% of them in 2029/30", checked in the first
        // and last years only; 2027/28 meets it in no future.
        let text = run(["simulate", "Tests/CommandsTests/Fixtures/scenarios/target-dip.json"]).standardOutput
        #expect(!text.contains("throughout"))
        #expect(
            text.contains(
                "Trust reserves meet the 5% target in most futures in 2026/27 and again from 2028/29, but not in every year: "
                    + "in 2027/28 less than 1.9% of futures meet it, and in 2029/30 more than 98.1% do."))
    }

    @Test func academiesWithTheSameFiguresAreNamedTogether() {
        // Watched fail before: "Ash Primary is the most exposed", of three identical academies.
        let text = run(["simulate", "Tests/CommandsTests/Fixtures/scenarios/ties-zeros-deficits.json"]).standardOutput
        #expect(
            text.contains(
                "Ash Primary, Birch Primary and Cedar Primary are equally the most exposed in 2029/30: each has reserves below £0 by"))
        // Every year reads "more than 98.1%": no year is the highest.
        #expect(text.contains("(a cumulative deficit) is more than 98.1% in every year"))
        #expect(text.contains("the trust's reserves are about -£2.22m in at least 90% of futures"))
    }

    @Test func risksWithNothingQuantifiedSaysSo() {
        // Watched fail before: "A year's register-risk losses average £0; a year's contingency
        // of £0 covers them …" and "0 of the 0 mitigations in the simulation …".
        let text = run(["risks", "Tests/CommandsTests/Fixtures/scenarios/target-dip.json"]).standardOutput
        #expect(
            text.contains(
                "No register risk is quantified in the simulation, so there are no risk losses to cover; the trust's reserves today are £100k."
            ))
        #expect(text.contains("No mitigation takes part in the simulation, so none is valued."))
    }

    @Test func aPooledTrustAndAOneYearPlanReadAloudOnlyWhatHolds() {
        // Pooled: no central or academy-deficit sentence, which pooling makes meaningless.
        let pooled = run(["simulate", Self.small, "--set", "trust.fundingModel=pooled"]).standardOutput
        #expect(!pooled.contains("Central reserves stay") && !pooled.contains("chance that central reserves"))
        #expect(!pooled.contains("most exposed") && !pooled.contains("No academy spends"))
        #expect(pooled.contains("By 2028/29 the trust's reserves are most likely about £"))
        // One year: no "throughout", no "every year" for a single year.
        let one = run(["simulate", Self.small, "--years", "1"]).standardOutput
        #expect(one.contains("Central reserves stay above zero in 2026/27 in all 500 simulated futures."))
        #expect(one.contains("(a cumulative deficit) is 1.0% (±0.4%) in 2026/27;"))
        #expect(one.contains("Trust reserves meet the 5% target in more than 99.2% of futures in 2026/27."))
        #expect(!one.contains("throughout") && !one.contains("every year"))
    }
}
