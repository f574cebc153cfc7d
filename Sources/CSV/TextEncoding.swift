/// Turns the bytes of a file into UTF-8 text a CSV reader can walk, or says plainly
/// why they are not text: a workbook saved under a .csv name, a Latin-1 export, a PDF.
package enum TextEncoding {
    /// UTF-8 bytes without a byte-order mark. UTF-16 with a byte-order mark (Excel's
    /// "Unicode Text") is converted; anything else that is not UTF-8 is an error.
    package static func utf8Bytes(_ bytes: [UInt8], source: String) throws -> [UInt8] {
        var text: [UInt8]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = try validated(Array(bytes.dropFirst(3)), source: source)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = transcodeUTF16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = transcodeUTF16(bytes.dropFirst(2), bigEndian: true)
        } else {
            // Judged before validation, so a workbook is named as one rather than as bad UTF-8.
            if let kind = binaryKind(bytes) { throw CSVError.binary(source: source, kind: kind) }
            text = try validated(bytes, source: source)
        }
        // A second byte-order mark (a file saved twice over, or two files joined) would hide
        // in the first header cell and stop 'Risk ID' matching; none is ever text.
        var start = 0
        while text[start...].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        if start > 0 { text = Array(text[start...]) }
        // The same judgement of the text itself: whatever its encoding, a file whose text is a
        // workbook's signature or holds a NUL anywhere is not a CSV file, and read as one it
        // would make cells that matrisk could not write back as a file it reads.
        if let kind = signatureKind(text) { throw CSVError.binary(source: source, kind: kind) }
        if text.contains(0) { throw CSVError.binary(source: source, kind: "a binary file (it contains NUL bytes)") }
        return text
    }

    /// Windows-1252 bytes as UTF-8: 0x80–0x9F are the code page's own characters ('€', '–', curly
    /// quotes), the five it leaves unassigned become the C1 controls Windows maps them to, and
    /// 0xA0–0xFF are Latin-1.
    package static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 {
                out.append(b)
                continue
            }
            let scalar = b < 0xA0 ? windows1252High[Int(b - 0x80)] : UInt32(b)
            out.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        }
        return out
    }

    /// The characters Windows-1252 puts at 0x80–0x9F.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// What a non-text file probably is, judged from its first bytes.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        if let kind = signatureKind(bytes) { return kind }
        let sample = bytes.prefix(8192)
        let zeros = sample.filter { $0 == 0 }.count
        if zeros > 0 {
            // Every other byte zero is UTF-16 saved without its byte-order mark.
            if zeros * 3 >= sample.count { return "UTF-16 text without a byte-order mark" }
            return "a binary file (it contains NUL bytes)"
        }
        return nil
    }

    /// The kind of file whose first bytes are a known signature (a zip, a PDF, an image).
    static func signatureKind(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "an Excel workbook (.xlsx) or another zip file" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old-style Excel workbook (.xls)" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF document" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46]) { return "a program (an ELF executable)" }
        return nil
    }

    private static func validated(_ bytes: [UInt8], source: String) throws -> [UInt8] {
        if let bad = firstInvalidUTF8(bytes) {
            // Counted as the reader counts, so a file with CR line ends gets its true line.
            var position = TextPosition()
            for i in 0..<bad { position.step(over: bytes[i], next: bytes[i + 1]) }
            throw CSVError.notUTF8(source: source, line: position.line, column: position.column, byte: bytes[bad])
        }
        return bytes
    }

    /// The offset of the first byte that breaks UTF-8, or nil if all is well.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
                scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
                scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
                scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = (scalar << 6) | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    private static func transcodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let hi = UInt16(bytes[bigEndian ? i : i + 1])
            let lo = UInt16(bytes[bigEndian ? i + 1 : i])
            units.append(hi << 8 | lo)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
