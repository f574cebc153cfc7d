import Foundation
import Testing

/// `stress --find`, the reverse stress test, as a finance director runs it: on a trust whose
/// answer is known by hand (uplift-shock.json: the centre ends below zero in most futures once the
/// funding uplift is about 4 points below the assumption), and each way it has no answer.
struct StressFindCommandTests {
    static let uplift = "Tests/CommandsTests/Fixtures/scenarios/uplift-shock.json"

    func find(_ condition: String, _ shocks: [String], _ more: [String] = []) -> RunResult {
        MatriskProcess.inProcess(["stress", Self.uplift, "--find", condition] + shocks.flatMap { ["--shock", $0] } + more)
    }

    /// The shock and its ± as the sentence gives them: "runs 4.03 points (±0.02) below".
    func shockInSentence(_ text: String) throws -> (Double, Double) {
        let pattern = try NSRegularExpression(pattern: #"runs ([0-9.]+) points \(±([0-9.]+)\) below the assumption"#)
        let match = try #require(pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)))
        let value = try #require(Range(match.range(at: 1), in: text).flatMap { Double(text[$0]) })
        let error = try #require(Range(match.range(at: 2), in: text).flatMap { Double(text[$0]) })
        return (value, error)
    }

    /// The answer by hand for the solver's rule (TrustModelTests' ShockSearchTests works it): 4 + Φ⁻¹(p)
    /// with p − 1.645·√(p(1−p)/4000) = 50%, which is 4.0326.
    @Test func findsTheShockWorkedByHandAndSaysItInASentence() throws {
        let result = find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"], ["--threads", "2"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(
            result.standardOutput.contains("The centre runs out of reserves in 2027/28 in most futures if the funding (GAG) uplift runs "))
        #expect(result.standardOutput.contains("of futures at that shock; 0.0% ±0.02% with none)."))
        #expect(result.standardOutput.contains("Confirmed on a fresh seed"))
        #expect(result.standardOutput.contains("Shocks tried (on seed 7, 4,000 trials each)"))
        let (value, error) = try shockInSentence(result.standardOutput)
        #expect(abs(value - 4.0326) <= 3 * error + 0.005, "\(value) ± \(error)")
        #expect(error > 0 && error < 0.05)
    }

    @Test func theSameOutputOnOneAndTwoThreadsInEveryFormat() {
        for format in ["text", "csv", "json"] {
            let words = ["--range", "3..5", "--format", format]
            let one = find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"], words + ["--threads", "1"])
            let two = find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"], words + ["--threads", "2"])
            #expect(one.exitCode == 0 && one.standardOutput == two.standardOutput, "\(format): \(one.standardError)")
        }
        let json = find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"], ["--range", "3..5", "--format", "json"])
        #expect(json.standardOutput.contains(#""shocks""#))
        let csv = find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"], ["--range", "3..5", "--format", "csv"])
        #expect(csv.standardOutput.contains("Shock (points),Chance central reserves < £0 (2027/28)"))
    }

    @Test func anEventAlreadyLikelyAndNoShockInReachEachSaySoAndExitOne() {
        let already = find("central.reserves@end < 100000", ["economy.fundingUpliftPercent:down"])
        #expect(already.exitCode == 1)
        #expect(
            already.standardOutput.contains(
                "The event 'central reserves < £100k' happens in 2027/28 in most futures already, with no shock: 100.0% ±0.0% of futures."),
            "\(already.standardOutput)")
        let rarer = find("central.reserves@end < 0", ["economy.fundingUpliftPercent"])
        #expect(rarer.exitCode == 1)
        #expect(
            rarer.standardOutput.contains(
                "No shock up to 64.00 points (the funding (GAG) uplift up) takes the chance that the centre runs out of reserves in "
                    + "2027/28 above 50%"))
        let narrow = find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"], ["--range", "0..2"])
        #expect(narrow.exitCode == 1 && narrow.standardOutput.contains("No shock up to 2.00 points"))
    }

    @Test func aHigherLineNeedsALargerShock() throws {
        let half = try shockInSentence(find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"]).standardOutput).0
        let result = find("central.reserves@end < 0", ["economy.fundingUpliftPercent:down"], ["--above", "84%"])
        #expect(result.exitCode == 0 && result.standardOutput.contains("in more than 84% of futures if"))
        // Φ(s − 4) = 84% at s ≈ 5.
        let high = try shockInSentence(result.standardOutput).0
        #expect(high > half + 0.9 && high < half + 1.2)
    }

    @Test func badShocksAreUsageErrorsThatSayWhatToWrite() {
        let unknown = find("central.reserves@end < 0", ["economy.gagUplift"])
        #expect(unknown.exitCode == 64)
        #expect(unknown.standardError.contains("--shock economy.gagUplift: unknown field 'gagUplift' in economy"))
        #expect(
            unknown.standardError.contains(
                "Inputs a shock can move in this scenario: economy.fundingUpliftPercent, economy.payAwardPercent"))
        let empty = find("central.reserves@end < 0", [""])
        #expect(empty.exitCode == 64 && empty.standardError.contains("--shock names no input"))
        let none = find("central.reserves@end < 0", [])
        #expect(none.exitCode == 64 && none.standardError.contains("--find needs the inputs to shock: --shock INPUT"))
        let noFind = MatriskProcess.inProcess(["stress", Self.uplift, "--shock", "economy.payAwardPercent"])
        #expect(noFind.exitCode == 64 && noFind.standardError.contains("say what to look for: --find \"CONDITION\""))
        let mixed = find("central.reserves@end < 0", ["economy.payAwardPercent", "trust.centralCosts.fixed"])
        #expect(mixed.exitCode == 64 && mixed.standardError.contains("the inputs must share a unit"))
        let badLine = find("central.reserves@end < 0", ["economy.payAwardPercent"], ["--above", "150%"])
        #expect(badLine.exitCode == 64 && badLine.standardError.contains("a chance is between 0% and 100%"))
        let refusedRange = find("central.reserves@end < 0", ["trust.topSlicePercent:down"], ["--range", "0..10"])
        #expect(refusedRange.exitCode == 64 && refusedRange.standardError.contains("a shock of 10 is refused"))
        let badEvent = find("central.reservs@end < 0", ["economy.payAwardPercent"])
        #expect(badEvent.exitCode == 64)
    }
}
