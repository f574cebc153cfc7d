import CSV

/// A row that heads a section of a register rather than holding a risk: "1.0 Strategic and
/// Reputational Risks", "A GOVERNANCE / BOARD NOT MAKING …", "FINANCIAL RISKS".
struct SectionHeading: Sendable, Equatable {
    /// The heading as written.
    var text: String
    /// Its number or letter ("2" for "2.0 Operational Risks", "A"), when it has one.
    var label: String?
    /// The row it is on.
    var row: RowPlace

    /// The category the heading gives the risks under it: the heading without its label and a
    /// closing "Risks", up to a " / " ("A GOVERNANCE / BOARD …" is "GOVERNANCE").
    var category: String {
        var words = body.split(separator: " ").map(String.init)
        if let last = words.last, ["risk", "risks"].contains(last.lowercased()), words.count > 1 { words.removeLast() }
        let joined = words.joined(separator: " ")
        return CSVCell.trimmed(joined.split(separator: " / ").first.map(String.init) ?? joined)
    }

    /// The heading after its label.
    private var body: String {
        guard let label else { return text }
        var rest = Substring(CSVCell.trimmed(text))
        if rest.hasPrefix(label) { rest = rest.dropFirst(label.count) }
        while let first = rest.first, first == "." || first == ")" || first == "0" || first == " " { rest = rest.dropFirst() }
        return String(rest)
    }

    /// The heading a single-cell row's text makes, or nil when it reads as a risk instead: a
    /// heading has a label, is in capitals, or ends with "Risks".
    static func heading(_ text: String, row: RowPlace, requireLabel: Bool = false) -> SectionHeading? {
        let trimmed = CSVCell.trimmed(text)
        guard trimmed.count <= 200, trimmed.contains(where: \.isLetter) else { return nil }
        if let label = numberLabel(trimmed) ?? letterLabel(trimmed) { return SectionHeading(text: trimmed, label: label, row: row) }
        let letters = trimmed.filter(\.isLetter)
        let capitals = letters.count >= 3 && letters.allSatisfy(\.isUppercase)
        let endsWithRisks = ["risk", "risks"].contains(trimmed.split(separator: " ").last?.lowercased() ?? "")
        guard endsWithRisks || (capitals && !requireLabel) else { return nil }
        return SectionHeading(text: trimmed, label: nil, row: row)
    }

    /// "1.0 Strategic …", "2. Finance", "3 Estates" → "1", "2", "3"; not "12 pupils on the bus".
    private static func numberLabel(_ text: String) -> String? {
        let head = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let first = head.first, first.isNumber, head.count < text.count, text[head.endIndex] == " " else { return nil }
        let rest = CSVCell.trimmed(String(text[head.endIndex...]))
        guard let start = rest.first, start.isLetter, head.contains(".") || start.isUppercase else { return nil }
        var label = String(head)
        while label.hasSuffix(".0") { label.removeLast(2) }
        while label.hasSuffix(".") { label.removeLast() }
        return label
    }

    /// "A GOVERNANCE / …", "B. Finance", "C) Estates" → "A", "B", "C".
    private static func letterLabel(_ text: String) -> String? {
        let chars = Array(text)
        guard chars.count > 3, chars[0].isASCII, chars[0].isUppercase, !chars[1].isLetter else { return nil }
        let marked = chars[1] == "." || chars[1] == ")"
        let rest = CSVCell.trimmed(String(chars[(marked ? 2 : 1)...]))
        guard marked || chars[1] == " ", let start = rest.first, start.isLetter else { return nil }
        let letters = rest.filter(\.isLetter)
        let capitals = letters.filter(\.isUppercase).count * 10 >= letters.count * 7
        return marked || capitals ? String(chars[0]) : nil
    }
}
