import MonteCarlo

/// A school the trust plans to take on: when, of what kind, and how likely due diligence is
/// to let it go ahead.
package struct PlannedJoin: Sendable, Equatable {
    /// A name for this join, unique in the scenario (keys its random draws and its results).
    package var id: String
    package var name: String
    /// The calendar year the school year of joining starts (2028 = joins for 2028/29).
    package var year: Int
    package var template: String
    /// The chance the join goes ahead, from 0 to 1: a number, or a range drawn once per trial
    /// (each draw clamped to 0…1), whose mean is then the chance of joining.
    package var probability: Distribution

    package init(id: String, name: String, year: Int, template: String, probability: Distribution) {
        self.id = id
        self.name = name
        self.year = year
        self.template = template
        self.probability = probability
    }
}

/// Where the scenario's risk registers are, relative to the scenario file.
package struct RegisterReferences: Sendable, Equatable {
    package var risks: [String]
    package var mitigations: [String]
    package var policy: String?
    /// A folder whose register, mitigation and policy files are all read.
    package var folder: String?

    package init(risks: [String] = [], mitigations: [String] = [], policy: String? = nil, folder: String? = nil) {
        self.risks = risks
        self.mitigations = mitigations
        self.policy = policy
        self.folder = folder
    }
}

/// Which register risks become money in the simulation, and how.
package struct RiskEventSettings: Sendable, Equatable {
    /// How risks with scores but no £ quantification are treated.
    package enum Unquantified: String, Sendable, Equatable, CaseIterable {
        /// They cost nothing in the simulation (the default: only quantified risks are money).
        case ignore
        /// They are given a probability from their residual likelihood and a PERT impact from
        /// their residual impact, by ``valuation``.
        case fromScores
    }

    /// The table that turns scores into money for unquantified risks.
    package struct ScoreValuation: Sendable, Equatable {
        /// Annual probability (percent) for residual likelihood 1…5.
        package var probabilityPercentByLikelihood: [Double]
        /// £ (min, most likely, max) for residual impact 1…5.
        package var impactByImpactScore: [[Double]]

        package init(probabilityPercentByLikelihood: [Double], impactByImpactScore: [[Double]]) {
            self.probabilityPercentByLikelihood = probabilityPercentByLikelihood
            self.impactByImpactScore = impactByImpactScore
        }

        /// A table in the spirit of common 5×5 definitions for a trust of a few million pounds:
        /// rare 2%, unlikely 5%, possible 15%, likely 35%, almost certain 65%; impact bands from
        /// £1k–£10k to £250k–£1m.
        package static let standard = ScoreValuation(
            probabilityPercentByLikelihood: [2, 5, 15, 35, 65],
            impactByImpactScore: [
                [1_000, 3_000, 10_000], [5_000, 15_000, 40_000], [20_000, 50_000, 120_000],
                [60_000, 150_000, 350_000], [250_000, 450_000, 1_000_000],
            ])
    }

    /// Risk ids the finance model already simulates (a pay award above funding, falling rolls),
    /// so counting them as events too would count them twice.
    package var exclude: [String]
    package var unquantified: Unquantified
    package var valuation: ScoreValuation
    /// How a trust risk that strikes each academy on its own is sized to each academy; nil: the
    /// register's impact as written, the same for every academy.
    package var eachAcademyScale: EachAcademyScale?

    package init(
        exclude: [String] = [], unquantified: Unquantified = .ignore, valuation: ScoreValuation = .standard,
        eachAcademyScale: EachAcademyScale? = nil
    ) {
        self.exclude = exclude
        self.unquantified = unquantified
        self.valuation = valuation
        self.eachAcademyScale = eachAcademyScale
    }
}
