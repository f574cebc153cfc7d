import RiskRegister

/// `register import`: how each file was read — the header row found, what each column was read
/// as, how risks are scored and on what scale, sections, generated ids — and what came of it.
package enum ImportReport {
    /// A file that could not be read, with the error as printed.
    package struct Failure: Sendable {
        package var source: String
        package var message: String

        package init(source: String, message: String) {
            self.source = source
            self.message = message
        }
    }

    package static func report(_ load: RegisterLoad, failures: [Failure], order: [String]) -> Report {
        var report = Report(title: "How matrisk read \(plural(order.count, "file"))")
        var files = FileTables()
        for source in order {
            if let failure = failures.first(where: { $0.source == source }) {
                report.add(.lines(["\(source): not read.", "  " + failure.message]))
                files.add(failure: failure)
                continue
            }
            let readings = load.readings.filter { $0.source == source }
            for reading in readings {
                // A workbook read as several sheets: each sheet's problems under its own reading.
                let problems = load.problems.filter { finding in
                    finding.location?.file == source && (readings.count == 1 || finding.location?.sheet?.name == reading.sheet)
                }
                report.add(.lines(lines(reading, problems: problems)))
                files.add(reading, problems: problems.count)
            }
        }
        let elsewhere = load.notes.filter { note in !load.readings.contains { $0.notes.contains(note) } }
        if !elsewhere.isEmpty { report.add(.lines(elsewhere.map(\.description))) }
        report.add(.paragraph(summary(load, failures: failures)))
        report.add(.detail(files.files))
        report.add(.detail(files.columns))
        return report
    }

    /// `3 files read: 2 risk registers (24 risks, 30 controls, 10 actions) and a policy; 2 problems …`
    static func summary(_ load: RegisterLoad, failures: [Failure]) -> String {
        let readings = load.readings
        let registers = readings.filter { $0.kind == .risks }
        let risks = registers.reduce(0) { $0 + $1.risks }
        let controls = registers.reduce(0) { $0 + $1.controls }
        let actions = registers.reduce(0) { $0 + $1.actions }
        var parts = [
            "\(plural(registers.count, "risk register")) (\(plural(risks, "risk")), \(plural(controls, "control")) and \(plural(actions, "action")))"
        ]
        let others = readings.filter { $0.kind != .risks }
        for kind in [RegisterFileKind.mitigations, .policy, .registerSet] {
            let count = others.filter { $0.kind == kind }.count
            if count > 0 { parts.append("\(count) \(kind.rawValue)") }
        }
        let files = Set(readings.map(\.source)).count
        let tables = readings.count > files ? " (\(plural(readings.count, "table")) in all)" : ""
        var text = "\(plural(files, "file")) read\(tables): " + parts.joined(separator: ", ") + "."
        if !failures.isEmpty { text += " \(plural(failures.count, "file")) could not be read." }
        text +=
            load.problems.isEmpty
            ? " No problems in the data."
            : " \(plural(load.problems.count, "problem")) in the data (matrisk register check lists them with the rest of its findings)."
        return text
    }
}
