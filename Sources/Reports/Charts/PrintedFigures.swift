/// Figures as print sets them: a minus is a true minus sign (U+2212), not a hyphen, and a signed
/// figure ("−£3.50m", "+£50.0k", "±£440") is held together so a line never breaks between its
/// sign and its number. Text output keeps the ASCII hyphen, which terminals and spreadsheets read.
enum PrintedFigures {
    /// The true minus sign.
    static let minus: Character = "\u{2212}"

    /// Escaped `text` for HTML content with every signed figure in a `<span class="fig">`
    /// (styled `white-space: nowrap`) and its hyphen made a minus sign.
    static func html(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = signedFigureStart(in: rest) {
            out += Markup.escape(String(rest[..<start]))
            let end = figureEnd(in: rest, from: rest.index(after: start))
            out += "<span class=\"fig\">" + Markup.escape(minusSigned(rest[start..<end])) + "</span>"
            rest = rest[end...]
        }
        return out + Markup.escape(String(rest))
    }

    /// `text` with the hyphen before each figure made a minus sign, for SVG labels (which
    /// never wrap).
    static func svg(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = signedFigureStart(in: rest) {
            let end = figureEnd(in: rest, from: rest.index(after: start))
            out += rest[..<start] + minusSigned(rest[start..<end])
            rest = rest[end...]
        }
        return out + rest
    }

    /// Where the next sign that opens a figure is: a -, + or ± at the start or after a space or
    /// bracket, followed by £ or a digit.
    static func signedFigureStart(in text: Substring) -> Substring.Index? {
        var previous: Character? = nil
        for index in text.indices {
            let character = text[index]
            defer { previous = character }
            guard "-+±".contains(character), previous.map({ " (\u{00A0}".contains($0) }) ?? true else { continue }
            let next = text.index(after: index)
            if next < text.endIndex, text[next] == "£" || text[next].isASCII && text[next].isNumber { return index }
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

    static func minusSigned(_ figure: Substring) -> String {
        figure.first == "-" ? String(minus) + figure.dropFirst() : String(figure)
    }
}
