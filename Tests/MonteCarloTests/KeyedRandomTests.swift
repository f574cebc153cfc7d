import MonteCarlo
import Testing

/// The keyed generator: stable names, reproducible draws, independence of unrelated keys.
struct KeyedRandomTests {
    @Test func stableHashIsFNV1aThenMixed() {
        // The published FNV-1a test vectors.
        #expect(StableHash.fnv1a("".utf8) == 0xCBF2_9CE4_8422_2325)
        #expect(StableHash.fnv1a("a".utf8) == 0xAF63_DC4C_8601_EC8C)
        #expect(StableHash.fnv1a("foobar".utf8) == 0x8594_4171_F739_67E8)
        #expect(StableHash.of("a") == Mix64.mix(0xAF63_DC4C_8601_EC8C))
    }

    /// Pinned values, computed independently by a Python transcription of the documented
    /// algorithm (FNV-1a, Mix13, the key slots, bits = mix(key ⊕ trial·M), (⌊bits/2¹²⌋ + ½)·2⁻⁵²).
    /// If one of these changes, every published figure changes with it.
    @Test func keysAndDrawsArePinned() {
        #expect(StableHash.of("economy.payAward") == 0xA7B8_6D5F_F8AB_B614)
        let key = DrawKey(seed: 20_261_122, stream: "economy.payAward", year: 3)
        #expect(key.value == 0xF02B_B20F_9F6F_005E)
        #expect(key.bits(trial: 0) == 0xFCBB_E7D3_8906_6DB4)
        #expect(key.bits(trial: 41) == 0x02B7_C356_737B_D5EC)
        #expect(key.uniform(trial: 41) == 0.010616501432635927)
    }

    @Test func theSameAddressGivesTheSameDraw() {
        let a = DrawKey(seed: 7, stream: "risk.T04.strike", entity: "oak-primary", year: 2)
        let b = StreamKey(seed: 7, stream: "risk.T04.strike", entity: "oak-primary").year(2)
        #expect(a == b)
        #expect(a.uniform(trial: 123) == b.uniform(trial: 123))
        #expect(a.bits(trial: 1) != a.bits(trial: 2))
        #expect(DrawKey(seed: 8, stream: "risk.T04.strike", entity: "oak-primary", year: 2) != a)
        #expect(
            DrawKey(seed: 7, stream: "oak-primary", entity: "risk.T04.strike", year: 2) != a,
            "swapping stream and entity gives another key")
    }

    /// A model's draws for its academies and streams: adding an academy and a stream (as a
    /// scenario change would) leaves every existing draw exactly as it was.
    @Test func addingAnEntityOrAStreamLeavesOtherDrawsUnchanged() throws {
        func draws(entities: [String], streams: [String]) -> [String: [Double]] {
            var out: [String: [Double]] = [:]
            let impact = try! Distribution.pert(min: 10_000, mode: 25_000, max: 80_000)
            for stream in streams {
                for entity in entities {
                    for year in 0..<3 {
                        let key = DrawKey(seed: 42, stream: stream, entity: entity, year: year)
                        out["\(stream)/\(entity)/\(year)"] = (0..<50).map { impact.sample(key: key, trial: $0) }
                    }
                }
            }
            return out
        }
        let before = draws(entities: ["oak-primary", "ash-secondary"], streams: ["risk.T04", "roll"])
        let after = draws(entities: ["oak-primary", "birch-infant", "ash-secondary"], streams: ["risk.T04", "risk.T09", "roll"])
        for (address, values) in before {
            #expect(after[address] == values, "\(address) changed when an academy and a stream were added")
        }
        #expect(after.count == 3 * 3 * 3)
    }

    @Test func unitIntervalConversionsStayInside() {
        #expect(UnitInterval.open(0) == 0x1p-53)
        #expect(UnitInterval.open(.max) == 1 - 0x1p-53)
        #expect(UnitInterval.open(1 << 63) == 0.5 + 0x1p-53)
        #expect(UnitInterval.halfOpen(0) == 0)
        #expect(UnitInterval.halfOpen(.max) == 1 - 0x1p-53)
        // Symmetry about ½: 1 − u is exactly another possible value.
        for bits: UInt64 in [0, 12_345 << 12, 0x7FFF_FFFF_FFFF_F000, .max] {
            let u = UnitInterval.open(bits)
            #expect(1 - u == UnitInterval.open(~bits))
        }
    }

    /// Moments, bit balance and serial correlation of 10⁵ keyed uniforms, all within four
    /// standard errors (a fixed seed, so the outcome never changes).
    @Test func keyedUniformsLookIndependentAndUniform() {
        let n = 100_000
        let key = DrawKey(seed: 1, stream: "uniformity", year: 0)
        let neighbour = DrawKey(seed: 1, stream: "uniformitz", year: 0)
        var sum = 0.0
        var sumSquares = 0.0
        var lagProduct = 0.0
        var crossProduct = 0.0
        var bitCounts = [Int](repeating: 0, count: 64)
        var bins = [Int](repeating: 0, count: 100)
        var previous = key.uniform(trial: 0) - 0.5
        for trial in 0..<n {
            let bits = key.bits(trial: trial)
            for b in 0..<64 where bits & (1 << b) != 0 { bitCounts[b] += 1 }
            let u = UnitInterval.open(bits)
            bins[Int(u * 100)] += 1
            let centred = u - 0.5
            sum += u
            sumSquares += centred * centred
            if trial > 0 { lagProduct += centred * previous }
            crossProduct += centred * (neighbour.uniform(trial: trial) - 0.5)
            previous = centred
        }
        let root = Double(n).squareRoot()
        #expect(abs(sum / Double(n) - 0.5) < 4 * (1.0 / 12).squareRoot() / root)
        #expect(abs(sumSquares / Double(n) - 1.0 / 12) < 4 * (1.0 / 180).squareRoot() / root)
        #expect(abs(lagProduct / Double(n - 1) * 12) < 4 / root, "trial t and t + 1 are uncorrelated")
        #expect(abs(crossProduct / Double(n) * 12) < 4 / root, "keys one letter apart are uncorrelated")
        for count in bitCounts { #expect(abs(Double(count) - Double(n) / 2) < 4 * root / 2) }
        // χ² over 100 equal bins, 99 degrees of freedom: 99 + 4·√198 ≈ 155 is a 4-sigma bound.
        let expected = Double(n) / 100
        let chiSquare = bins.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chiSquare < 155)
    }

    @Test func cursorStartsAtTheKeyedDrawAndCounts() {
        let key = DrawKey(seed: 3, stream: "cursor", year: 1)
        var cursor = key.cursor(trial: 17)
        #expect(cursor.nextBits() == key.bits(trial: 17))
        #expect(cursor.drawsTaken == 1)
        let second = cursor.nextUniform()
        #expect(second > 0 && second < 1 && second != key.uniform(trial: 18))
    }

    @Test func boundedIntegersAreInRangeAndEven() {
        var cursor = DrawKey(seed: 3, stream: "dice", year: 0).cursor(trial: 0)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[cursor.nextInt(below: 6)] += 1 }
        for count in counts { #expect(abs(count - 10_000) < 4 * 92) }  // √(60000·⅙·⅚) ≈ 91
        #expect(cursor.nextInt(below: 1) == 0)
    }
}
