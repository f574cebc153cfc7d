/// Figures as print sets them: a minus is a true minus sign (U+2212), not a hyphen, and a signed
/// figure ("−£3.50m", "+£50.0k", "±£440") is held together so a line never breaks between its
/// sign and its number. Text output keeps the ASCII hyphen, which terminals and spreadsheets read.
/// A command-line option ("--as-of") is held together the same way, hyphens as they are, but
/// marked as the words it is, not as a figure.
enum PrintedFigures {
    /// The true minus sign.
    static let minus: Character = "\u{2212}"

    /// What a run of printed text is: words, a signed figure, or a command-line option.
    enum Kind: Sendable, Equatable {
        case words, figure, option
    }

    /// Escaped `text` for HTML content with every signed figure in a `<span class="fig">` (its
    /// hyphen made a minus sign) and every option in a `<span class="option">`, both styled
    /// `white-space: nowrap`.
    static func html(_ text: String) -> String {
        pieces(text).map { piece in
            switch piece.kind {
            case .words: Markup.escape(piece.text)
            case .figure: "<span class=\"fig\">" + Markup.escape(piece.text) + "</span>"
            case .option: "<span class=\"option\">" + Markup.escape(piece.text) + "</span>"
            }
        }
        .joined()
    }

    /// `text` with the hyphen before each figure made a minus sign, for SVG labels (which
    /// never wrap).
    static func svg(_ text: String) -> String {
        pieces(text).map(\.text).joined()
    }

    /// `text` cut into plain runs and the signed figures and options between them, each figure
    /// with a true minus sign.
    static func pieces(_ text: String) -> [(text: String, kind: Kind)] {
        var pieces: [(text: String, kind: Kind)] = []
        var rest = Substring(text)
        while let start = signedFigureStart(in: rest) {
            let option = rest[start...].hasPrefix("--")
            let end = option ? optionEnd(in: rest, from: start) : figureEnd(in: rest, from: rest.index(after: start))
            pieces.append((String(rest[..<start]), .words))
            pieces.append(option ? (String(rest[start..<end]), .option) : (minusSigned(rest[start..<end]), .figure))
            rest = rest[end...]
        }
        return pieces + [(String(rest), .words)]
    }

    /// Where the next sign that opens a figure is: a -, + or ± at the start or after a space or
    /// bracket, followed by £ or a digit; or the "--" of an option.
    static func signedFigureStart(in text: Substring) -> Substring.Index? {
        var previous: Character? = nil
        for index in text.indices {
            let character = text[index]
            defer { previous = character }
            guard "-+±".contains(character), previous.map({ " (\u{00A0}".contains($0) }) ?? true else { continue }
            let next = text.index(after: index)
            if next < text.endIndex, text[next] == "£" || text[next].isASCII && text[next].isNumber { return index }
            if character == "-", text[index...].dropFirst(2).first?.isLetter == true, text[next] == "-" { return index }
        }
        return nil
    }

    /// The end of a figure's characters from `start`: £, digits, separators and a unit.
    static func figureEnd(in text: Substring, from start: Substring.Index) -> Substring.Index {
        var index = start
        while index < text.endIndex, "£0123456789,.%km".contains(text[index]) { index = text.index(after: index) }
        // A figure ends at a full stop or comma that ends the sentence or clause.
        while index > start, ".,".contains(text[text.index(before: index)]) { index = text.index(before: index) }
        return index
    }

    /// The end of a command-line option from `start`: the end of its name (letters, digits and
    /// hyphens), so the bracket or stop of the sentence around it stays with the words.
    static func optionEnd(in text: Substring, from start: Substring.Index) -> Substring.Index {
        text[start...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "-") } ?? text.endIndex
    }

    static func minusSigned(_ figure: Substring) -> String {
        figure.first == "-" ? String(minus) + figure.dropFirst() : String(figure)
    }
}
