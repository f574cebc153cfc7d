import CSV

/// What a rating cell holds, as registers fill it in: a combined score ("12"), a pair written
/// out ("4x3 = 12", "Possible x severe, 3x4 = 12", "Probable x moderate"), or a band word
/// ("High", "Red – two vacancies"). In a pair written with both numbers and words, the numbers win.
enum RatingCell: Equatable {
    /// One side of a pair written in a cell: a point, or a scale word.
    enum Side: Equatable {
        case point(Int)
        case word(String)
    }

    case score(Int)
    case pair(likelihood: Side, impact: Side, stated: Int?)
    case band(RAG)
    case unreadable

    static func read(_ text: String) -> RatingCell {
        let trimmed = CSVCell.trimmed(text)
        if let value = CellValue.number(trimmed) {
            return value == value.rounded() && abs(value) < 1_000_000 ? .score(Int(value)) : .unreadable
        }
        if let numbers = numericPair(trimmed) { return numbers }
        if let words = wordPair(trimmed) { return words }
        if let band = LevelWords.band(in: trimmed) { return .band(band) }
        return .unreadable
    }

    /// `4x3`, `4 × 3 = 12`, `4*3=12` anywhere in the cell.
    private static func numericPair(_ text: String) -> RatingCell? {
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber) else {
                i += 1
                continue
            }
            var cursor = i
            guard let first = digits(chars, &cursor) else { break }
            skipSpaces(chars, &cursor)
            guard cursor < chars.count, "xX×*".contains(chars[cursor]) else {
                i = cursor
                continue
            }
            cursor += 1
            skipSpaces(chars, &cursor)
            guard let second = digits(chars, &cursor) else {
                i = cursor
                continue
            }
            skipSpaces(chars, &cursor)
            var stated: Int?
            if cursor < chars.count, chars[cursor] == "=" {
                cursor += 1
                skipSpaces(chars, &cursor)
                stated = digits(chars, &cursor)
            }
            return .pair(likelihood: .point(first), impact: .point(second), stated: stated)
        }
        return nil
    }

    /// `Possible x severe`, `Probable × moderate, ...`: words either side of an x.
    private static func wordPair(_ text: String) -> RatingCell? {
        let head = text.split(separator: ",", maxSplits: 1).first.map(String.init) ?? text
        for separator in [" x ", " X ", " × ", "×"] {
            let parts = head.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { continue }
            let l = CSVCell.trimmed(parts[0])
            let i = CSVCell.trimmed(parts[1])
            guard !l.isEmpty, !i.isEmpty, l.allSatisfy({ $0.isLetter || $0 == " " }), i.allSatisfy({ $0.isLetter || $0 == " " }) else {
                continue
            }
            return .pair(likelihood: .word(l), impact: .word(i), stated: nil)
        }
        return nil
    }

    private static func digits(_ chars: [Character], _ cursor: inout Int) -> Int? {
        var text = ""
        while cursor < chars.count, chars[cursor].isASCII, chars[cursor].isNumber, text.count < 6 {
            text.append(chars[cursor])
            cursor += 1
        }
        return Int(text)
    }

    private static func skipSpaces(_ chars: [Character], _ cursor: inout Int) {
        while cursor < chars.count, chars[cursor] == " " { cursor += 1 }
    }
}
