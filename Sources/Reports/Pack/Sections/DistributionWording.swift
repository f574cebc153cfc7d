import MonteCarlo

/// A scenario's uncertain inputs in words a trustee reads, with their units: "PERT from 2% to
/// 6.5%, most likely 3.5%", "between £20k and £120k, most likely £60k". The shape's name is kept
/// (a finance director will want it); the numbers get their £ and % signs.
enum DistributionWording {
    /// What an input measures, which decides how its numbers are written.
    enum Quantity: Sendable {
        /// Already in percent (a `…Percent` field): 3.5 is 3.5%.
        case percent
        /// Money in round figures: £145k, £1.2m.
        case money
        /// Money to the pound, for amounts such as GAG per pupil where £4,955 is not £5.0k.
        case pounds
        /// Pupils, year groups.
        case count
    }

    static func value(_ x: Double, _ quantity: Quantity) -> String {
        switch quantity {
        case .percent: return NumberText.trimmed(x, decimals: 2) + "%"
        case .money: return ChartUnit.trimmedShortMoney(x)
        case .pounds: return NumberText.money(x)
        case .count: return NumberText.grouped(x.rounded())
        }
    }

    /// The distribution in words.
    static func words(_ distribution: Distribution, _ quantity: Quantity) -> String {
        let v = { value($0, quantity) }
        switch distribution {
        case .fixed(let x): return "fixed at \(v(x))"
        case .uniform(let d): return "any value from \(v(d.min)) to \(v(d.max)), equally likely (uniform)"
        case .triangular(let d): return "from \(v(d.min)) to \(v(d.max)), most likely \(v(d.mode)) (triangular)"
        case .pert(let d): return "from \(v(d.min)) to \(v(d.max)), most likely \(v(d.mode)) (PERT)"
        case .normal(let d):
            var text = "around \(v(d.mu)), give or take \(v(d.sigma)) (normal)"
            switch (d.min, d.max) {
            case (let low?, let high?): text += ", kept between \(v(low)) and \(v(high))"
            case (let low?, nil): text += ", never below \(v(low))"
            case (nil, let high?): text += ", never above \(v(high))"
            case (nil, nil): break
            }
            return text
        case .lognormal(let d): return "skewed to the high side: average \(v(d.mean)), give or take \(v(d.standardDeviation)) (lognormal)"
        case .bernoulli, .poisson, .discrete: return distribution.description
        }
    }

    /// "0.7% to 3.3%": where the middle 90% of draws fall, or the value itself when fixed.
    /// Rounded further than the inputs (one place of a percentage), as it is an outcome of them.
    static func middle90(_ distribution: Distribution, _ quantity: Quantity) -> String {
        func rounded(_ x: Double) -> String {
            quantity == .percent ? NumberText.trimmed(x, decimals: 1) + "%" : value(x, quantity)
        }
        if case .fixed(let x) = distribution { return value(x, quantity) }
        return "\(rounded(distribution.quantile(0.05))) to \(rounded(distribution.quantile(0.95)))"
    }
}
