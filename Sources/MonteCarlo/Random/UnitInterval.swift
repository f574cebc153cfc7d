/// Turns 64 random bits into a double in the unit interval, by matrisk's own arithmetic.
///
/// `Double.random(in:using:)` is not used: the standard library says its algorithm may change
/// between Swift versions, which would change every published figure.
package enum UnitInterval {
    /// A double strictly inside (0, 1): (⌊bits / 2¹²⌋ + ½) · 2⁻⁵².
    ///
    /// The 2⁵² possible values are equally spaced, 2⁻⁵² apart, from 2⁻⁵³ to 1 − 2⁻⁵³, and
    /// symmetric about ½ (1 − u is always another possible value, exactly). Never 0 or 1, so
    /// every quantile function and logarithm can take it: the normal quantile of the smallest
    /// value is about −8.2. Every continuous draw in matrisk uses this conversion.
    @inlinable @inline(__always)
    package static func open(_ bits: UInt64) -> Double {
        // The shift leaves 52 bits, so the signed conversion is exact and a single instruction.
        Double(Int64(bitPattern: bits &>> 12)) * 0x1p-52 + 0x1p-53
    }

    /// A double in [0, 1): ⌊bits / 2¹¹⌋ · 2⁻⁵³, the 2⁵³ multiples of 2⁻⁵³ below 1.
    @inlinable @inline(__always)
    package static func halfOpen(_ bits: UInt64) -> Double {
        Double(Int64(bitPattern: bits &>> 11)) * 0x1p-53
    }

    /// How many 52-bit draws fall below `p` in ``open(_:)``: the `T` with
    /// `open(bits) < p` exactly when `bits >> 12 < T`, so a loop deciding millions of events
    /// ("does the risk strike?") can compare integers instead of making each draw a `Double`.
    ///
    /// Exact, not approximate: `open` is (2k + 1) · 2⁻⁵³ for k = bits >> 12, exactly
    /// representable, so it is below `p` when 2k + 1 < p · 2⁵³ (scaling by a power of two is
    /// exact), that is when k < ⌈(p · 2⁵³ − 1) / 2⌉, which every step here computes exactly.
    package static func countBelow(_ p: Double) -> UInt64 {
        let scaled = p * 0x1p53
        guard scaled > 1 else { return 0 }
        guard scaled <= 0x1p53 else { return 1 << 52 }
        return UInt64(((scaled - 1) / 2).rounded(.up))
    }
}
