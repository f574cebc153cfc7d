import MonteCarlo

/// One scenario a board or finance director wants to test: the trust as it stands, the
/// economy it faces, how it plans to grow, and how many futures to simulate.
///
/// Read from a scenario file (JSON with comments; see Scenarios/MODEL.md, "Every field of a scenario file") by
/// ``ScenarioLoader``; the field names of the file are the property names here.
package struct Scenario: Sendable, Equatable {
    package var name: String
    /// The calendar year the first school year starts in: 2026 means 2026/27 is year 0.
    package var startYear: Int
    /// How many school years to simulate.
    package var years: Int
    /// How many simulated futures (Monte Carlo trials); with ``precision`` targets, the most
    /// the run may take.
    package var trials: Int
    /// The seed every random number is keyed by; the same seed gives the same results.
    package var seed: UInt64
    /// How the economy's yearly draws are sampled.
    package var sampling: Sampling
    package var economy: Economy
    package var trust: TrustSettings
    package var academies: [AcademySpec]
    /// Templates for joining academies, in the order written.
    package var templates: [AcademyTemplate]
    package var growth: [PlannedJoin]
    package var registers: RegisterReferences?
    package var riskEvents: RiskEventSettings
    /// What `simulate` must know precisely before it stops (the file's `precision`, or
    /// `--precision`): none for a run of exactly ``trials``.
    package var precision: [PrecisionTarget] = []

    /// The most trials a run with precision targets takes when `--precision` is given without
    /// `--trials`: a million, about 90 seconds for a trust of twelve academies over six years.
    package static let defaultPrecisionCap = 1_000_000

    /// How the per-year economy draws are spread over the trials.
    package enum Sampling: String, Sendable, Equatable, CaseIterable {
        /// Independent keyed draws per trial.
        case random
        /// Latin hypercube: each year's draws cover every stratum of each input's range once.
        case latinHypercube
    }

    /// The template named `name`.
    package func template(named name: String) -> AcademyTemplate? {
        templates.first { $0.name == name }
    }

    /// "2026/27" for year index 0 when the scenario starts in 2026.
    package func yearLabel(_ index: Int) -> String {
        Self.schoolYear(startYear + index)
    }

    /// The year index of a calendar start year (2028 → 2 when the scenario starts in 2026).
    package func yearIndex(ofStartYear year: Int) -> Int { year - startYear }

    /// "2026/27" for a school year starting in September 2026.
    package static func schoolYear(_ calendarYear: Int) -> String {
        let next = (calendarYear + 1) % 100
        return "\(calendarYear)/\(next < 10 ? "0" : "")\(next)"
    }
}
