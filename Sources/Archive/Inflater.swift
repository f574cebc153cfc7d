/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, written
/// here because matrisk depends on no libraries. Every read is bounds-checked and the output
/// is capped, so damaged or hostile data ends in an ``InflateError``, never a crash or a
/// runaway allocation.
package enum Inflater {
    /// Decodes the raw DEFLATE stream `input` (no zlib or gzip wrapper).
    ///
    /// - Parameters:
    ///   - expectedSize: the size the container declares, used to reserve memory once.
    ///   - limit: the most bytes the output may have; more is ``InflateError/outputLimit(_:)``.
    /// - Complexity: O(output + input), plus a table of at most 2¹⁵ entries per dynamic block.
    package static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int = 0, limit: Int) throws(InflateError) -> [UInt8] {
        var decoder = InflateDecoder(input: input, limit: limit)
        decoder.output.reserveCapacity(Swift.min(Swift.max(expectedSize, 0), limit))
        try decoder.run()
        return decoder.output
    }

    /// Decodes all of `input`.
    package static func inflate(_ input: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
        try inflate(input[...], limit: limit)
    }
}

/// The state of one decoding: the bit reader over the input and the output so far.
private struct InflateDecoder {
    let input: ArraySlice<UInt8>
    let limit: Int
    var position: Int
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    var output: [UInt8] = []

    init(input: ArraySlice<UInt8>, limit: Int) {
        self.input = input
        self.limit = limit
        self.position = input.startIndex
    }

    mutating func run() throws(InflateError) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try storedBlock()
            case 1: try codedBlock(literals: .fixedLiterals, distances: .fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables()
                try codedBlock(literals: literals, distances: distances)
            default: throw .reservedBlockType
            }
        }
    }

    // MARK: Bits

    /// Tops the bit buffer up with whole bytes while there is input and room.
    @inline(__always)
    mutating func refill() {
        while bitCount <= 56, position < input.endIndex {
            bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            position += 1
            bitCount += 8
        }
    }

    /// The next `count` bits (at most 32) as a number, least significant first.
    @inline(__always)
    mutating func bits(_ count: Int) throws(InflateError) -> Int {
        if bitCount < count {
            refill()
            if bitCount < count { throw .truncated }
        }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// The next symbol of `table`.
    @inline(__always)
    mutating func symbol(_ table: HuffmanTable) throws(InflateError) -> Int {
        if bitCount < table.maximumLength { refill() }
        let entry = table.entries[Int(bitBuffer & ((1 << UInt64(table.maximumLength)) - 1))]
        let length = Int(entry & 0xF)
        if length == 0 { throw bitCount < table.maximumLength ? .truncated : .invalidSymbol }
        if length > bitCount { throw .truncated }
        bitBuffer >>= UInt64(length)
        bitCount -= length
        return Int(entry >> 4)
    }

    // MARK: Blocks

    /// A stored block: LEN, NLEN, then LEN bytes copied as they are, from the next byte boundary.
    mutating func storedBlock() throws(InflateError) {
        _ = try bits(bitCount % 8)
        let length = try bits(16)
        let complement = try bits(16)
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        try reserve(length)
        var remaining = length
        // Whole bytes still in the bit buffer come first.
        while remaining > 0, bitCount >= 8 {
            output.append(UInt8(try bits(8)))
            remaining -= 1
        }
        guard input.endIndex - position >= remaining else { throw .truncated }
        output.append(contentsOf: input[position..<position + remaining])
        position += remaining
    }

    /// Symbols until end-of-block: literals, and lengths with their distances.
    mutating func codedBlock(literals: HuffmanTable, distances: HuffmanTable) throws(InflateError) {
        while true {
            let code = try symbol(literals)
            if code < 256 {
                if output.count >= limit { throw .outputLimit(limit) }
                output.append(UInt8(code))
            } else if code == 256 {
                return
            } else {
                let index = code - 257
                guard index < DeflateAlphabet.lengthBase.count else { throw .invalidSymbol }
                let length = DeflateAlphabet.lengthBase[index] + (try bits(DeflateAlphabet.lengthExtra[index]))
                let distanceCode = try symbol(distances)
                guard distanceCode < DeflateAlphabet.distanceBase.count else { throw .invalidSymbol }
                let distance = DeflateAlphabet.distanceBase[distanceCode] + (try bits(DeflateAlphabet.distanceExtra[distanceCode]))
                try copy(length: length, distance: distance)
            }
        }
    }

    /// Repeats `length` bytes from `distance` back; the ranges may overlap (a run).
    @inline(__always)
    mutating func copy(length: Int, distance: Int) throws(InflateError) {
        guard distance <= output.count else { throw .distanceTooFar(distance: distance, available: output.count) }
        try reserve(length)
        var from = output.count - distance
        for _ in 0..<length {
            output.append(output[from])
            from += 1
        }
    }

    @inline(__always)
    func reserve(_ count: Int) throws(InflateError) {
        if output.count + count > limit { throw .outputLimit(limit) }
    }

    /// A dynamic block's header: the code-length code, then the literal/length and distance codes.
    mutating func dynamicTables() throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[DeflateAlphabet.codeLengthOrder[i]] = UInt8(try bits(3)) }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths)
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let code = try symbol(codeLengths)
            let (value, repeats): (UInt8, Int)
            switch code {
            case 0...15: (value, repeats) = (UInt8(code), 1)
            case 16:
                guard let previous = lengths.last else { throw .invalidCodeLengths }
                (value, repeats) = (previous, 3 + (try bits(2)))
            case 17: (value, repeats) = (0, 3 + (try bits(3)))
            default: (value, repeats) = (0, 11 + (try bits(7)))
            }
            guard lengths.count + repeats <= literalCount + distanceCount else { throw .invalidCodeLengths }
            lengths.append(contentsOf: repeatElement(value, count: repeats))
        }
        // A code with no end-of-block symbol could never finish its block.
        guard lengths[256] > 0 else { throw .invalidCodeLengths }
        let literals = try HuffmanTable(lengths: Array(lengths[0..<literalCount]))
        let distances = try HuffmanTable(lengths: Array(lengths[literalCount...]))
        return (literals, distances)
    }

}
