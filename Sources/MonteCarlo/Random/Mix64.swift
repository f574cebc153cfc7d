/// The 64-bit mixing function behind every random number matrisk draws.
///
/// `Mix64.mix` is the finaliser of SplitMix64 (Steele, Lea and Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014), which is David Stafford's "Mix13" variant
/// of the MurmurHash3 finaliser: two odd multiplications and three xor-shifts. It is a
/// bijection on 64-bit words with full avalanche (each input bit flips each output bit with
/// probability close to ½), so feeding it distinct, structured inputs (a key xor a counter)
/// gives outputs that pass the usual statistical batteries, as SplitMix64 itself does.
package enum Mix64 {
    /// The golden-ratio increment of SplitMix64, ⌊2⁶⁴/φ⌋ made odd; used to space sub-draws.
    package static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The odd multiplier that spreads trial indexes over the 64-bit space before mixing
    /// (from Steele and Vigna, "Computationally easy, spectrally good multipliers", 2021).
    package static let trialMultiplier: UInt64 = 0xD1B5_4A32_D192_ED03

    /// Stafford's Mix13: the SplitMix64 output function.
    @inlinable @inline(__always)
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z &>> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z &>> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z &>> 31)
    }

    /// Mixes `part` into `key` so that the result depends on both and on which slot the part
    /// fills (`domain`), so (stream A, entity B) and (stream B, entity A) give different keys.
    @inlinable
    package static func combine(_ key: UInt64, _ part: UInt64, domain: UInt64) -> UInt64 {
        mix(key ^ mix(part &+ domain &* golden))
    }
}
