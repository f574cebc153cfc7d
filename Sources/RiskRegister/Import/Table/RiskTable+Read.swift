extension RiskTable {
    /// Reads every risk row; `taken` holds the id prefixes other registers of the import use.
    func read(taken: inout [String: String]) -> FileContents {
        var reads = rows.risks.map(read)
        if header.positions[.id] == nil { GeneratedIDs.assign(&reads, sections: rows.sections, taken: &taken) }
        var result = FileContents(reading: FileReading(source: source, kind: .risks))
        result.risks.reserveCapacity(reads.count)
        for read in reads {
            result.risks.append(read.risk)
            result.mitigations += textMitigations(read)
            result.links += read.links
            result.problems += read.problems
        }
        result.reading = reading(reads)
        return result
    }

    /// A row's controls as in-place mitigations and its actions as planned ones (in place when
    /// its "Done" cell is filled), with ids `<risk>-C1`, `<risk>-A1`.
    private func textMitigations(_ read: RiskRowRead) -> [Mitigation] {
        let id = read.risk.id
        guard !id.isEmpty else { return [] }
        let row = read.risk.origin.location
        func origin(_ cell: SourceLocation?) -> Origin {
            let place = cell ?? row
            // Numbered by place in the cell, so matched across terms by risk and title, not by id.
            return Origin(location: place, cells: place.map { ["title": $0, "risks": $0, "due": $0] } ?? [:], idIsGenerated: true)
        }
        var made: [Mitigation] = []
        for (n, item) in read.controls.enumerated() {
            made.append(
                Mitigation(
                    id: "\(id)-C\(n + 1)", risks: [id], title: item.text, owner: item.owner, status: .inPlace, due: item.due?.day,
                    origin: origin(read.controlsCell)))
        }
        for (n, item) in read.actions.enumerated() {
            made.append(
                Mitigation(
                    id: "\(id)-A\(n + 1)", risks: [id], title: item.text, owner: item.owner.isEmpty ? read.actionOwner : item.owner,
                    status: read.actionsDone ? .inPlace : .planned, due: item.due?.day ?? read.actionDue, origin: origin(read.actionsCell)))
        }
        return made
    }
}

extension WrittenDate {
    /// The day, when it names one.
    var day: CalendarDate? {
        if case .day(let date) = self { return date }
        return nil
    }
}
