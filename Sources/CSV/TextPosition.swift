/// A line and column in UTF-8 text, both from 1, stepped byte by byte: a column is a
/// character (continuation bytes add none), and LF, CRLF and a lone CR (old Mac files) each
/// end a line, CRLF counted at its LF. The reader's cells and the UTF-8 check's errors both
/// step with it, so every position matrisk reports for a file counts lines alike.
struct TextPosition: Sendable, Equatable {
    var line = 1
    var column = 1

    /// Steps over `byte`, followed in the text by `next` (nil at the end).
    mutating func step(over byte: UInt8, next: UInt8?) {
        let loneCR = byte == UInt8(ascii: "\r") && next != UInt8(ascii: "\n")
        if byte == UInt8(ascii: "\n") || loneCR {
            startLine()
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Moves to the start of the next line.
    mutating func startLine() {
        line += 1
        column = 1
    }
}
