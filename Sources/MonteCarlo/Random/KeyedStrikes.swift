/// Keyed yes-or-no draws, decided a run at a time: which of a payer's risk events strike in
/// one trial and year. The one form of "does it strike?" for the trial loop and for a single
/// event alike.
///
/// An event strikes when its keyed draw, ``UnitInterval/open(_:)`` of ``DrawKey/bits(trial:)``,
/// falls below its probability, decided on the draw's 52 bits against the threshold
/// ``UnitInterval/countBelow(_:)`` gives: the same decision, without making the draw a `Double`.
///
/// Why a run at a time, and here: the loop over a run is branch-free, each event independent of
/// the one before (only the count of those struck carries over), and it sits in the module of
/// ``Mix64``, so the hash is inlined into it; called from another module one event at a time,
/// the hash was an out-of-line call per event. (Hashing 8 keys at once in `SIMD8<UInt64>`
/// measured no faster on the x86-64 baseline the package builds for, which has no 64-bit
/// vector multiply, so the loop is scalar and the compiler unrolls it.)
package enum KeyedStrikes {
    /// 1 if the draw under `key` for `trial` falls below `threshold`, else 0, worked out
    /// without a branch: both numbers are below 2⁵³, so their difference wraps to a number with
    /// its top bit set exactly when the draw is below the threshold. (A branch here is taken at
    /// random, and its mispredictions cost more than the draws.)
    @inlinable @inline(__always)
    package static func strikes(key: DrawKey, threshold: UInt64, trial: Int) -> Int {
        Int(truncatingIfNeeded: ((key.bits(trial: trial) &>> 12) &- threshold) &>> 63)
    }

    /// Writes into `struck`, in order, the numbers of the events that strike in `trial` among a
    /// run of events numbered from `first`, whose keys and thresholds are `keys` and
    /// `thresholds` (side by side), and returns how many. `struck` holds at least `keys.count`.
    package static func struck(
        keys: UnsafeBufferPointer<DrawKey>, thresholds: UnsafeBufferPointer<UInt64>, trial: Int, numberedFrom first: Int,
        into struck: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        precondition(thresholds.count == keys.count && struck.count >= keys.count, "a threshold for every key, and room for every event")
        var count = 0
        for i in 0..<keys.count {
            // Written whether or not it strikes: the count moves past it only if it does.
            struck[count] = first &+ i
            count &+= strikes(key: keys[i], threshold: thresholds[i], trial: trial)
        }
        return count
    }
}
