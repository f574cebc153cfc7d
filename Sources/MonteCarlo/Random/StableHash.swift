/// A 64-bit hash of a name that is the same in every process, on every machine, for ever.
///
/// Streams and entities are named in a scenario ("economy.payAward", "oak-primary", "T04");
/// their random numbers are keyed by these hashes, so the hash must never change. Swift's
/// `Hasher` and `hashValue` are seeded randomly per process and must not be used for this.
///
/// The hash is 64-bit FNV-1a over the name's UTF-8 bytes (Fowler, Noll and Vo; the offset
/// basis 0xcbf29ce484222325 and prime 0x100000001b3), followed by ``Mix64/mix(_:)`` so that
/// names differing in one character give unrelated keys (FNV-1a alone leaves the high bits
/// weakly mixed for short names).
package enum StableHash {
    /// The FNV-1a offset basis.
    package static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The FNV-1a 64-bit prime.
    package static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The stable hash of `name`.
    package static func of(_ name: String) -> UInt64 {
        Mix64.mix(fnv1a(name.utf8))
    }

    /// Plain 64-bit FNV-1a of some bytes, without the final mixing.
    package static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }
}
