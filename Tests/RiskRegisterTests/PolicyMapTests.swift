import CSV
import JSONDocument
import Testing

@testable import RiskRegister

/// The policy names what matrisk cannot work out alone: a column's field, a register's scale.
struct PolicyMapTests {
    func policy(_ json: String) throws -> RiskPolicy {
        let root = try JSONParser.parse(bytes: Array(json.utf8), source: "policy.json")
        return try RiskPolicy(json: JSONCursor(node: root, source: "policy.json"))
    }

    @Test func aColumnMapNamesHeadersMatriskDoesNotKnow() throws {
        let text = "Concern,Chance,Consequence,Notes\nRoof leaks,3,4,see survey\n"
        let map = try policy(
            #"{"appetite": {}, "columns": {"Concern": "title", "Chance": "likelihood", "consequence": "impact", "Notes": "ignore"}}"#)
        #expect(map.columns["Chance"] == "inherentLikelihood" && map.columns["consequence"] == "inherentImpact")
        let load = try Registers.load(["oak.csv": text], policy: map)
        #expect(load.registers.risks.first?.title == "Roof leaks")
        #expect(load.registers.risks.first?.residual == RiskScore(likelihood: 3, impact: 4))
        #expect(load.readings.first?.columns.last?.note == "ignored, as the policy's \"columns\" says")
    }

    @Test func anUnknownFieldInTheMapIsRefusedWithASuggestion() {
        #expect(throws: JSONError.self) { try policy(#"{"appetite": {}, "columns": {"Concern": "titel"}}"#) }
        do {
            _ = try policy(#"{"appetite": {}, "columns": {"Concern": "titel"}}"#)
        } catch {
            #expect("\(error)".contains("'titel' is not a field a column can hold (did you mean 'title'?)"))
        }
    }

    @Test func matrisksOwnHeadingsKeepTheirMeaning() throws {
        let map = try policy(#"{"appetite": {}, "columns": {"Title": "description"}}"#)
        let load = try Registers.load(["oak.csv": "Risk ID,Title,L,I\nA1,Roof,2,3\n"], policy: map)
        #expect(load.registers.risks.first?.title == "Roof" && load.registers.risks.first?.description == "")
    }

    @Test func aScaleNamedForARegisterWithItsOwnWords() throws {
        let map = try policy(
            #"{"appetite": {}, "scales": {"Millbrook": {"likelihood": ["Remote", "Possible", "Probable"], "impact": ["Minor", "Severe", "Major"]}}}"#
        )
        let text = "Hazard,Likelihood,Impact\nInfection,Probable,Severe\nVisitors,Remote,Major\n"
        let load = try Registers.load(["millbrook.csv": text], policy: map)
        #expect(load.problems.isEmpty)
        let scale = ScoreScale(likelihoodPoints: 3, impactPoints: 3)
        #expect(
            load.registers.risks.map(\.residual) == [
                RiskScore(nativeLikelihood: 3, nativeImpact: 2, scale: scale),
                RiskScore(nativeLikelihood: 1, nativeImpact: 3, scale: scale),
            ])
        #expect(load.readings.first?.scale?.contains("the policy's \"scales\"") == true)
    }

    @Test func aScaleGivenAsPointsReadsNumbersOnIt() throws {
        let map = try policy(#"{"appetite": {}, "scales": {"oak": "3x3"}}"#)
        let load = try Registers.load(["oak.csv": "Risk,Likelihood,Impact\nA,3,3\nB,2,4\n"], policy: map)
        #expect(load.registers.risks.first?.residual?.value == 25)
        #expect(
            load.problems.map(\.message) == [
                "'Impact' (column C) is 4, outside the 1 to 3 scale; likelihood and impact are scored 1 (lowest) to 3 (highest)."
            ])
        #expect(throws: JSONError.self) { try policy(#"{"appetite": {}, "scales": {"oak": "7x7"}}"#) }
        #expect(throws: JSONError.self) { try policy(#"{"appetite": {}, "scales": {"oak": {"likelihood": ["Low", "low", "High"]}}}"#) }
    }

    @Test func thePolicyAppliesWhicheverOrderTheFilesComeIn() throws {
        let files = [
            "a-oak.csv": "Concern,L,I\nRoof,2,3\n",
            "z-policy.json": #"{"appetite": {}, "columns": {"Concern": "title"}}"#,
        ]
        #expect(try Registers.load(files).registers.risks.first?.title == "Roof")
    }

    @Test func thePolicyMapsWriteAndReadBack() throws {
        let map = try policy(
            #"{"appetite": {}, "columns": {"Concern": "title"}, "scales": {"oak": {"likelihood": ["Low", "Medium", "High"], "impact": 4}}}"#
        )
        #expect(try policy(JSONWriter.write(map.json)) == map)
        #expect(!JSONWriter.write(RiskPolicy().json).contains("columns"), "a policy without maps writes as before")
    }

    /// A "did you mean" offers only a header that names no field: never one read as something else.
    @Test func didYouMeanNeverProposesAMappedColumn() {
        func failure(_ text: String, policy: RiskPolicy? = nil) -> String {
            do {
                _ = try Registers.load(["oak.csv": text], policy: policy)
                return ""
            } catch { return "\(error)" }
        }
        #expect(
            failure("Risk ID,Likelihood,Impact,Residual likelihood,Res\nA1,1,1,1,1\n").hasPrefix(
                "oak.csv:1:1: error: this risk register has no 'Residual impact' column; add it to the header row"))
        #expect(
            failure("Risk,Likelihood,Impct\nA,1,1\n").hasPrefix(
                "oak.csv:1:17: error: this risk register has no 'Impact' column; did you mean 'Impct' (column C)?"))
        let ignore = try? policy(#"{"appetite": {}, "columns": {"Impct": "ignore"}}"#)
        #expect(
            failure("Risk,Likelihood,Impct\nA,1,1\n", policy: ignore).hasPrefix(
                "oak.csv:1:1: error: this risk register has no 'Impact' column; add it"))
    }
}
