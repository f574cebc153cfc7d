/// Maps values onto a length of the chart (pixels of its viewBox), with "nice" ticks: steps
/// of 1, 2 or 5 times a power of ten, so an axis reads £0, £500k, £1m rather than £0, £437k.
struct LinearScale: Sendable, Equatable {
    /// The values at either end of the axis, already widened to whole ticks.
    var domain: ClosedRange<Double>
    /// Where those values land, in chart units (for a vertical axis the range runs downwards:
    /// `lowerBound` is the bottom of the plot).
    var from: Double
    var to: Double
    var step: Double

    /// A scale covering `values` (any order, at least one), widened to nice ticks, about
    /// `tickCount` of them; whole-number steps when `whole`. Values all alike get an axis at
    /// least `minimumSpan` wide (the unit's smallest sensible span: £1,000, 1%, one academy),
    /// and values none below zero never get a negative axis: all zeros read £0 to £1k, never
    /// "-£1 -£1 £0 £1 £1".
    init(covering values: [Double], from: Double, to: Double, tickCount: Int = 5, whole: Bool = false, minimumSpan: Double = 1) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        let nonNegative = low >= 0
        if low == high {
            let pad = max(abs(low) * 0.1, minimumSpan / 2)
            low -= pad
            high += pad
            if nonNegative && low < 0 {
                high -= low
                low = 0
            }
        }
        var step = Self.niceStep((high - low) / Double(max(1, tickCount)))
        if whole { step = max(1, step.rounded(.up)) }
        self.domain = (low / step).rounded(.down) * step...(high / step).rounded(.up) * step
        self.from = from
        self.to = to
        self.step = step
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for multiple in [1.0, 2, 5, 10] where multiple * power >= rough * 0.999_999 { return multiple * power }
        return 10 * power
    }

    /// Where `value` lands.
    func position(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        return from + (value - domain.lowerBound) / span * (to - from)
    }

    /// The tick values, from the lower end up; computed by index so no rounding error piles up.
    var ticks: [Double] {
        let count = Int(((domain.upperBound - domain.lowerBound) / step).rounded())
        return (0...max(0, count)).map { index in
            let value = domain.lowerBound + Double(index) * step
            return abs(value) < step * 1e-9 ? 0 : value
        }
    }
}

/// Years, or any labelled steps, spaced evenly along the horizontal axis with half a step of
/// room at each end so the first and last points are not on the frame.
struct CategoryScale: Sendable, Equatable {
    var labels: [String]
    var from: Double
    var to: Double

    func position(_ index: Int) -> Double {
        let slot = (to - from) / Double(max(1, labels.count))
        return from + slot * (Double(index) + 0.5)
    }

    /// How wide one step is, to decide whether every label fits.
    var slot: Double { (to - from) / Double(max(1, labels.count)) }
}
