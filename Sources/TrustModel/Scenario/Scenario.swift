import MonteCarlo

/// One scenario a board or finance director wants to test: the trust as it stands, the
/// economy it faces, how it plans to grow, and how many futures to simulate.
///
/// Read from a scenario file (JSON with comments; see DESIGN.md "Scenario file") by
/// ``ScenarioLoader``; the field names of the file are the property names here.
public struct Scenario: Sendable, Equatable {
    public var name: String
    /// The calendar year the first school year starts in: 2026 means 2026/27 is year 0.
    public var startYear: Int
    /// How many school years to simulate.
    public var years: Int
    /// How many simulated futures (Monte Carlo trials).
    public var trials: Int
    /// The seed every random number is keyed by; the same seed gives the same results.
    public var seed: UInt64
    /// How the economy's yearly draws are sampled.
    public var sampling: Sampling
    public var economy: Economy
    public var trust: TrustSettings
    public var academies: [AcademySpec]
    /// Templates for joining academies, in the order written.
    public var templates: [AcademyTemplate]
    public var growth: [PlannedJoin]
    public var registers: RegisterReferences?
    public var riskEvents: RiskEventSettings

    /// How the per-year economy draws are spread over the trials.
    public enum Sampling: String, Sendable, Equatable, CaseIterable {
        /// Independent keyed draws per trial.
        case random
        /// Latin hypercube: each year's draws cover every stratum of each input's range once.
        case latinHypercube
    }

    /// The template named `name`.
    public func template(named name: String) -> AcademyTemplate? {
        templates.first { $0.name == name }
    }

    /// "2026/27" for year index 0 when the scenario starts in 2026.
    public func yearLabel(_ index: Int) -> String {
        Self.schoolYear(startYear + index)
    }

    /// The year index of a calendar start year (2028 → 2 when the scenario starts in 2026).
    public func yearIndex(ofStartYear year: Int) -> Int { year - startYear }

    /// "2026/27" for a school year starting in September 2026.
    public static func schoolYear(_ calendarYear: Int) -> String {
        let next = (calendarYear + 1) % 100
        return "\(calendarYear)/\(next < 10 ? "0" : "")\(next)"
    }
}
