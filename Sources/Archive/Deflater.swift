/// A DEFLATE encoder (RFC 1951) for the files matrisk writes: one fixed-Huffman block (type 1)
/// with greedy LZ77 matching over a 32 KiB window.
///
/// Fixed codes rather than dynamic ones keep the encoder short and obviously right; the XML of
/// a workbook is so repetitive that matching alone shrinks it several times over, which is all
/// a workbook of a few thousand rows needs. Output is deterministic: the same bytes in give the
/// same bytes out.
package enum Deflater {
    /// The raw DEFLATE stream (no zlib or gzip wrapper) for `input`.
    package static func deflate(_ input: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(bits: 1, count: 1)  // the last block
        writer.write(bits: 1, count: 2)  // fixed Huffman codes
        var matcher = Matcher(count: input.count)
        var i = 0
        while i < input.count {
            if let (length, distance) = matcher.longestMatch(in: input, at: i) {
                writer.writeLength(length)
                writer.writeDistance(distance)
                for k in i..<i + length { matcher.insert(input, at: k) }
                i += length
            } else {
                writer.writeLiteral(Int(input[i]))
                matcher.insert(input, at: i)
                i += 1
            }
        }
        writer.writeLiteral(256)
        return writer.finish()
    }
}

/// Finds earlier occurrences of the bytes at a position through a hash of their first three
/// bytes, following a short chain of candidates so the search stays linear in the input.
private struct Matcher {
    static let window = 32_768
    static let hashBits = 15
    static let chainLimit = 16
    var head: [Int]
    var previous: [Int]

    init(count: Int) {
        head = [Int](repeating: -1, count: 1 << Self.hashBits)
        previous = [Int](repeating: -1, count: count)
    }

    static func hash(_ input: [UInt8], _ i: Int) -> Int {
        let key = Int(input[i]) << 16 | Int(input[i + 1]) << 8 | Int(input[i + 2])
        return (key &* 2_654_435_761) >> (32 - hashBits) & ((1 << hashBits) - 1)
    }

    mutating func insert(_ input: [UInt8], at i: Int) {
        guard i + 2 < input.count else { return }
        let h = Self.hash(input, i)
        previous[i] = head[h]
        head[h] = i
    }

    func longestMatch(in input: [UInt8], at i: Int) -> (length: Int, distance: Int)? {
        guard i + 2 < input.count else { return nil }
        let limit = Swift.min(258, input.count - i)
        var candidate = head[Self.hash(input, i)]
        var best = 2
        var bestDistance = 0
        var steps = 0
        while candidate >= 0, i - candidate <= Self.window, steps < Self.chainLimit {
            var length = 0
            while length < limit, input[candidate + length] == input[i + length] { length += 1 }
            if length > best {
                best = length
                bestDistance = i - candidate
                if length == limit { break }
            }
            candidate = previous[candidate]
            steps += 1
        }
        return bestDistance > 0 ? (best, bestDistance) : nil
    }
}

/// Packs bits least significant first, and Huffman codes most significant first, as RFC 1951
/// §3.1.1 lays them out.
private struct BitWriter {
    var bytes: [UInt8] = []
    var buffer: UInt64 = 0
    var count = 0

    mutating func write(bits: Int, count n: Int) {
        buffer |= UInt64(bits) << UInt64(count)
        count += n
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    mutating func write(code: Int, length: Int) {
        write(bits: HuffmanTable.reverse(code, bits: length), count: length)
    }

    /// A literal byte or end-of-block (256) in the fixed code (RFC 1951 §3.2.6).
    mutating func writeLiteral(_ symbol: Int) {
        switch symbol {
        case 0...143: write(code: 0x30 + symbol, length: 8)
        case 144...255: write(code: 0x190 + symbol - 144, length: 9)
        case 256...279: write(code: symbol - 256, length: 7)
        default: write(code: 0xC0 + symbol - 280, length: 8)
        }
    }

    mutating func writeLength(_ length: Int) {
        var index = DeflateAlphabet.lengthBase.count - 1
        while DeflateAlphabet.lengthBase[index] > length { index -= 1 }
        writeLiteral(257 + index)
        write(bits: length - DeflateAlphabet.lengthBase[index], count: DeflateAlphabet.lengthExtra[index])
    }

    mutating func writeDistance(_ distance: Int) {
        var index = DeflateAlphabet.distanceBase.count - 1
        while DeflateAlphabet.distanceBase[index] > distance { index -= 1 }
        write(code: index, length: 5)
        write(bits: distance - DeflateAlphabet.distanceBase[index], count: DeflateAlphabet.distanceExtra[index])
    }

    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
        buffer = 0
        count = 0
        return bytes
    }

}
