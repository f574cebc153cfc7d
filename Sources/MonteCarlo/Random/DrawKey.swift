/// The address of one family of draws: (seed, stream, entity, year). One trial's draw
/// from it is ``bits(trial:)``; several draws for one trial come from ``cursor(trial:)``.
///
/// Every random number matrisk uses is a pure function of (seed, stream, entity, year,
/// trial, sub-draw), never of what was drawn before or of which thread asks, so:
/// - adding an academy, a risk or a stream leaves every other draw unchanged;
/// - compared variants share their random numbers (common random numbers);
/// - trial 7 draws the same numbers on 1 thread or 8.
///
/// Build the key once, outside the trial loop, and draw inside it: a draw costs one
/// multiplication, one xor and ``Mix64/mix(_:)`` (about a nanosecond).
///
///     let payAward = DrawKey(seed: 20261122, stream: "economy.payAward", year: 3)
///     let u = payAward.uniform(trial: 41)     // in (0, 1)
package struct DrawKey: Sendable, Hashable {
    /// The 64-bit key: the mixed combination of seed, stream, entity and year.
    package let value: UInt64

    /// A key from its 64-bit value, such as one saved earlier.
    package init(value: UInt64) {
        self.value = value
    }

    /// The key for `stream` and `entity` (empty for a draw that belongs to no entity, such as
    /// the economy) in `year`, under `seed`.
    package init(seed: UInt64, stream: String, entity: String = "", year: Int) {
        self = StreamKey(seed: seed, stream: stream, entity: entity).year(year)
    }

    /// A key derived from this one for a purpose of the engine's own (`index`: the Latin
    /// hypercube's strata, its jitter, Iman–Conover's scores), in a slot of the mixing that no
    /// stream, entity or year occupies, so it collides with no draw of the model's.
    package func subkey(_ index: UInt64) -> DrawKey {
        DrawKey(value: Mix64.combine(value, index, domain: 4))
    }

    /// The trial's 64 random bits: `mix(key ⊕ trial · M)`, M an odd constant.
    @inlinable @inline(__always)
    package func bits(trial: Int) -> UInt64 {
        Mix64.mix(value ^ (UInt64(bitPattern: Int64(trial)) &* Mix64.trialMultiplier))
    }

    /// The trial's uniform draw strictly inside (0, 1) (see ``UnitInterval/open(_:)``).
    @inlinable @inline(__always)
    package func uniform(trial: Int) -> Double {
        UnitInterval.open(bits(trial: trial))
    }

    /// A cursor over the trial's draws, for distributions that need more than one uniform.
    /// Its first draw is ``bits(trial:)`` itself.
    @inlinable @inline(__always)
    package func cursor(trial: Int) -> DrawCursor {
        DrawCursor(origin: value ^ (UInt64(bitPattern: Int64(trial)) &* Mix64.trialMultiplier))
    }
}

/// A (seed, stream, entity) key waiting for its year: hash the names once, then derive each
/// year's ``DrawKey`` with one mixing step.
package struct StreamKey: Sendable, Hashable {
    /// The 64-bit key of seed, stream and entity.
    package let value: UInt64

    /// The key of a named stream and entity under `seed`.
    package init(seed: UInt64, stream: String, entity: String = "") {
        self.init(seed: seed, streamHash: StableHash.of(stream), entityHash: StableHash.of(entity))
    }

    /// The key from already hashed names (``StableHash/of(_:)``).
    package init(seed: UInt64, streamHash: UInt64, entityHash: UInt64) {
        let root = Mix64.mix(seed ^ Self.seedDomain)
        let withStream = Mix64.combine(root, streamHash, domain: 1)
        value = Mix64.combine(withStream, entityHash, domain: 2)
    }

    /// The key of this stream and entity in `year` (any integer: a year index or 2026).
    @inlinable
    package func year(_ year: Int) -> DrawKey {
        DrawKey(value: Mix64.combine(value, UInt64(bitPattern: Int64(year)), domain: 3))
    }

    /// "matrisk" in ASCII: separates matrisk's keys from a bare SplitMix64 seeded alike.
    static let seedDomain: UInt64 = 0x006D_6174_7269_736B
}
