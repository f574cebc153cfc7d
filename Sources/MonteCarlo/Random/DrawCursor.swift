/// The draws of one trial from one ``DrawKey``, numbered 0, 1, 2, …: a tiny counter-based
/// generator for distributions that need several uniforms (rejection methods, discrete
/// searches) or for a model that wants several draws under one key.
///
/// Sub-draw j is `mix(origin + j · γ)`, with `origin = key ⊕ trial · M` and γ the SplitMix64
/// golden increment: the cursor is SplitMix64 started at `origin`, so sub-draw 0 equals
/// ``DrawKey/bits(trial:)``. It lives on the stack and allocates nothing.
package struct DrawCursor: Sendable {
    @usableFromInline var origin: UInt64
    @usableFromInline var counter: UInt64 = 0

    @inlinable
    init(origin: UInt64) {
        self.origin = origin
    }

    /// How many sub-draws have been taken.
    package var drawsTaken: Int { Int(counter) }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    package mutating func nextBits() -> UInt64 {
        let bits = Mix64.mix(origin &+ counter &* Mix64.golden)
        counter &+= 1
        return bits
    }

    /// The next uniform strictly inside (0, 1) (see ``UnitInterval/open(_:)``).
    @inlinable @inline(__always)
    package mutating func nextUniform() -> Double {
        UnitInterval.open(nextBits())
    }

    /// A uniformly distributed integer in 0..<`bound`, exactly (no modulo bias), by Lemire's
    /// multiply-and-reject method ("Fast random integer generation in an interval", ACM TOMACS
    /// 2019). `bound` must be positive.
    @inlinable
    package mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "nextInt(below:) needs a positive bound, not \(bound)")
        let range = UInt64(bound)
        var product = nextBits().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = nextBits().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }
}
