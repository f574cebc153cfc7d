import RiskRegister

extension ImportReport {
    /// The tables behind the text, for CSV and JSON: one row per file, one per column.
    struct FileTables {
        var files = Table(
            id: "files", title: "Files",
            columns: [
                .named("File"), .named("Sheet"), .named("Kind"), .named("Register"), .named("Encoding"), .named("Header line"),
                .named("Scores"),
                .named("Scales"), .named("Sections"), .named("Generated IDs"), .named("Risks"), .named("Controls"), .named("Actions"),
                .named("Mitigations"), .named("Problems"), .named("Error"),
            ])
        var columns = Table(
            id: "columns", title: "Columns",
            columns: [.named("File"), .named("Sheet"), .named("Column"), .named("Header"), .named("Read as"), .named("Note")])

        mutating func add(_ reading: FileReading, problems: Int) {
            let ids = reading.generatedIDs.map { "\($0.first) to \($0.last)" }
            files.append([
                .text(reading.source), .text(reading.sheet), .text(reading.kind.rawValue), .text(reading.register),
                .text(reading.delimiter == nil ? nil : (reading.windows1252 ? "Windows-1252" : "UTF-8")),
                reading.header.map { Cell.integer($0.line) } ?? .empty, .text(reading.scores), .text(reading.scale),
                .integer(reading.sections.count), .text(ids), .integer(reading.risks), .integer(reading.controls),
                .integer(reading.actions), .integer(reading.mitigations), .integer(problems), .empty,
            ])
            for column in reading.columns {
                columns.append([
                    .text(reading.source), .text(reading.sheet), .text(column.letters), .text(column.header), .text(column.readAs),
                    .text(column.note),
                ])
            }
        }

        mutating func add(failure: Failure) {
            var row: [Cell] = [.text(failure.source)] + Array(repeating: Cell.empty, count: 14)
            row.append(.text(failure.message))
            files.append(row)
        }
    }
}
