import CSV

/// How a register writes one axis (likelihood or impact): as numbers on a scale of 3 to 5
/// points, or as the words of one ``WordScale``. Decided once per file from every cell of that
/// axis, so one slip ("High" among numbers) is reported, not taken for a scale.
struct AxisReading: Sendable, Equatable {
    enum Source: String, Sendable {
        case policy = "as the policy's \"scales\" names it"
        case header = "as the header says"
        case words = "from the words used"
        case assumed = "assumed: nothing in the file says otherwise"
    }

    /// nil when the axis is written as numbers.
    var words: WordScale?
    var points: Int
    /// Why this scale: what `register import` says.
    var source: Source

    static let numbers = AxisReading(words: nil, points: 5, source: .assumed)

    /// The axis as the cells show it, unless the policy names the register's scale: words when
    /// more cells hold words than numbers, else numbers on the header's scale ("(1-3)") or 1–5.
    static func detect(
        cells: Tally, likelihood: Bool, policy: RegisterScale.Axis?, headerPoints: Int?
    ) -> AxisReading {
        if let policy {
            let words = policy.words.isEmpty ? nil : WordScale(policy.words)
            return AxisReading(words: words, points: policy.points, source: .policy)
        }
        let words = Array(cells.words)
        if cells.wordCells > cells.numbers,
            let scale = WordScale.best(for: words, among: likelihood ? WordScale.likelihood : WordScale.impact)
        {
            return AxisReading(words: scale, points: scale.points, source: .words)
        }
        if let headerPoints { return AxisReading(words: nil, points: headerPoints, source: .header) }
        return .numbers
    }

    /// What one axis's cells hold: how many numbers, how many words, and which words.
    struct Tally {
        var numbers = 0
        var wordCells = 0
        var words: Set<String> = []

        mutating func add(_ cell: String) {
            // Most cells are one digit: counted without reading them as a number.
            let bytes = cell.utf8
            if bytes.count == 1, let digit = bytes.first, (0x30...0x39).contains(digit) {
                numbers += 1
                return
            }
            if cell.isBlankText { return }
            if CellValue.number(cell) != nil {
                numbers += 1
            } else {
                wordCells += 1
                words.insert(CSVCell.trimmed(cell))
            }
        }
    }

    /// "numbers 1 to 5" or "words Low, Medium, High".
    var described: String {
        if let words { return "words \(words.listed)" }
        return "numbers 1 to \(points)"
    }
}
