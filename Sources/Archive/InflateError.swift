/// Why a DEFLATE stream (RFC 1951) could not be decoded.
package enum InflateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stream ends before its last block does.
    case truncated
    /// A block header names type 3, which RFC 1951 reserves.
    case reservedBlockType
    /// A stored block whose length and its complement disagree.
    case storedLengthMismatch
    /// Code lengths that describe no valid Huffman code (too many codes of a length, or a repeat
    /// with nothing before it).
    case invalidCodeLengths
    /// A symbol the code cannot stand for (length 286 or 287, distance 30 or 31, or an unused code).
    case invalidSymbol
    /// A back-reference further back than the output written so far.
    case distanceTooFar(distance: Int, available: Int)
    /// More output than the caller allows: a zip bomb or a header that lies about the size.
    case outputLimit(Int)

    package var description: String {
        switch self {
        case .truncated: return "the compressed data ends too soon (the file may have been cut short)"
        case .reservedBlockType: return "the compressed data uses a reserved block type"
        case .storedLengthMismatch: return "a stored block's length does not match its check value"
        case .invalidCodeLengths: return "the compressed data describes an invalid Huffman code"
        case .invalidSymbol: return "the compressed data holds a code that stands for nothing"
        case .distanceTooFar(let distance, let available):
            return "the compressed data refers \(distance) bytes back when only \(available) have been written"
        case .outputLimit(let limit): return "the data expands to more than \(limit) bytes"
        }
    }
}
