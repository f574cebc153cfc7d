/// A canonical Huffman code (RFC 1951 §3.2.2) as a lookup table indexed by the next
/// `maximumLength` bits of the stream, least significant bit first: each entry holds the
/// symbol and its code length, so a symbol is decoded with one lookup.
struct HuffmanTable: Sendable {
    /// `symbol << 4 | length`; 0 where no code starts with those bits (an incomplete code).
    let entries: [UInt32]
    let maximumLength: Int

    /// Builds the code for `lengths` (one per symbol, 0 for an unused symbol).
    ///
    /// An over-subscribed code is refused. An incomplete code is accepted only when it has a
    /// single code of length 1, as zlib does for a distance code that uses one distance.
    init(lengths: [UInt8]) throws(InflateError) {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = (left << 1) - counts[length]
            if left < 0 { throw .invalidCodeLengths }
        }
        let maximum = lengths.max().map(Int.init) ?? 0
        if left > 0, maximum > 1 { throw .invalidCodeLengths }
        let used = Swift.max(1, maximum)
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        var entries = [UInt32](repeating: 0, count: 1 << used)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let bits = Int(length)
            let reversed = Self.reverse(nextCode[bits], bits: bits)
            nextCode[bits] += 1
            let entry = UInt32(symbol) << 4 | UInt32(bits)
            var index = reversed
            while index < entries.count {
                entries[index] = entry
                index += 1 << bits
            }
        }
        self.entries = entries
        self.maximumLength = used
    }

    /// `code`'s lowest `bits` bits in reverse order: Huffman codes are packed starting with
    /// their most significant bit, the rest of the stream with its least.
    static func reverse(_ code: Int, bits: Int) -> Int {
        var result = 0
        var rest = code
        for _ in 0..<bits {
            result = result << 1 | rest & 1
            rest >>= 1
        }
        return result
    }

    /// The fixed codes of block type 1.
    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable(empty: ())
    }()

    static let fixedDistances: HuffmanTable = (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 32))) ?? HuffmanTable(empty: ())

    /// A table that decodes nothing; only the fallback of the fixed tables, which are valid.
    private init(empty: Void) {
        entries = [0, 0]
        maximumLength = 1
    }
}
