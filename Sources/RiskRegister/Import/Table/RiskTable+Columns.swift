import CSV

extension RiskTable {
    /// Each header cell, what it was read as, and why a column was left out.
    func columnReadings() -> [FileReading.Column] {
        var fieldAt: [Int: RiskColumn] = [:]
        for (field, position) in header.positions { fieldAt[position] = field }
        let ignoredByPolicy = Set(header.ignored.map(\.field))
        let setAside = Dictionary(scores.setAside.map { ($0.column, $0.reason) }, uniquingKeysWith: { first, _ in first })
        return headerRow.cells.enumerated().compactMap { position, cell in
            let text = FileReading.oneLine(cell.trimmed)
            var column = FileReading.Column(letters: CSVCell.letters(forField: position + 1), header: text)
            if let field = fieldAt[position] {
                if let reason = setAside[field] {
                    column.note = reason
                } else {
                    column.readAs = meaning(of: field)
                    if let filled = rows.filledDown[field] {
                        column.note = "\(filled) blank cell\(filled == 1 ? "" : "s") filled from the cell above (merged)"
                    }
                }
            } else if text.isEmpty {
                return nil
            } else if ignoredByPolicy.contains(cell.field) {
                column.note = "ignored, as the policy's \"columns\" says"
            } else {
                column.note = "not a column matrisk reads; if it holds one, name it in the policy: \"columns\": {\"\(text)\": \"title\"}"
            }
            return column
        }
    }

    /// What a column is read as, in the words `register import` prints.
    private func meaning(of field: RiskColumn) -> String {
        if let (stage, isLikelihood) = field.pair {
            let axis = isLikelihood ? "likelihood" : "impact"
            if scores.isOnePair { return "\(axis) (the current score)" }
            return "\(axis) (\(stage.rawValue))"
        }
        switch field {
        case .rating where scores.pairs[.residual] != nil:
            return "combined score (checked against likelihood × impact) or band word"
        case .rating, .residualRating:
            return "rating: a pair written out (4x3 = 12) is split; a score alone or a band word rates on a band"
        case .rag: return "RAG word (the first word of the cell)"
        case .controls: return "controls: each line or item an in-place mitigation"
        case .actions: return "further actions: each line or item a planned mitigation, owner and date read from its words"
        case .actionOwner: return "who does the actions"
        case .actionDue: return "when the actions are due"
        case .actionDone: return "whether the actions are done"
        case .id: return "risk id"
        case .mitigations: return "mitigation ids"
        case .scale: return "score scale"
        default: return field.heading.lowercased()
        }
    }

    /// How the register scores its risks, in a sentence.
    func scoresSentence() -> String {
        var parts: [String] = []
        if scores.isOnePair, let pair = scores.pairs[.residual] {
            parts.append(
                "one likelihood × impact pair (\(columnLabel(pair.likelihood)), \(columnLabel(pair.impact))), the current (residual) score; inherent not recorded"
            )
        } else if !scores.stages.isEmpty {
            let listed = scores.stages.compactMap { stage in
                scores.pairs[stage].map { "\(stage.rawValue) (\(columnLabel($0.likelihood)), \(columnLabel($0.impact)))" }
            }
            parts.append("likelihood × impact pairs: " + listed.joined(separator: ", "))
        }
        if let rating = scores.rating {
            parts.append(
                scores.pairs[.residual] != nil
                    ? "the combined score in \(columnLabel(rating)), checked against the pair"
                    : "a rating in \(columnLabel(rating)): a pair written out (4x3 = 12) is split into its pair; a combined score alone or a band word rates the risk on a band only"
            )
        }
        if let rag = scores.rag {
            parts.append(
                parts.isEmpty ? "a RAG word only, in \(columnLabel(rag))" : "a RAG word in \(columnLabel(rag)) for risks with no score")
        }
        return parts.isEmpty ? "no score columns: every risk is kept unscored" : parts.joined(separator: "; ")
    }

    /// The scales, and how they compare with 1–5 registers, when the register scores pairs.
    func scaleSentence() -> String? {
        guard !scores.stages.isEmpty || scores.rating != nil else { return nil }
        let axes = axes(forRegister: defaultRegister)
        func axis(_ name: String, _ reading: AxisReading) -> String {
            var notes = reading.words == nil ? [] : ["\(reading.points) points"]
            notes.append(reading.source.rawValue)
            if reading.points != 5 {
                let mapped = (1...reading.points).map { String(ScoreScale.comparable($0, of: reading.points)) }
                notes.append("compared with other registers as \(mapped.joined(separator: ", ")) on 1–5")
            }
            return "\(name) \(reading.described) (\(notes.joined(separator: "; ")))"
        }
        return axis("likelihood", axes.likelihood) + "; " + axis("impact", axes.impact)
    }
}
