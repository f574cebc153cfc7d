import RiskRegister

/// `register check`: every finding as `file:line: severity: sentence`, then a count.
package enum CheckReport {
    /// The report for `findings` (already sorted) about `registers`, judged on `asOf`.
    package static func report(findings: [Finding], registers: RegisterSet, fileCount: Int, asOf: CalendarDate) -> Report {
        var table = Table(
            id: "findings", title: "Findings",
            columns: [
                .init("File", key: "file"), .init("Sheet", key: "sheet"), .init("Line", key: "line"), .init("Column", key: "column"),
                .init("Severity", key: "severity"), .init("Kind", key: "kind"), .init("Subject", key: "subject"),
                .init("Message", key: "message"),
            ])
        for finding in findings {
            table.append([
                .text(finding.location?.file), .text(finding.location?.sheet?.name), finding.location.map { .integer($0.line) } ?? .empty,
                finding.location?.column.map(Cell.integer) ?? .empty, .text(finding.severity.rawValue),
                .text(finding.kind.rawValue), .text(finding.subject), .text(finding.message),
            ])
        }
        var report = Report(title: "")
        report.add(.figure(lines: findings.map(\.description), table: table))
        report.add(.paragraph(summary(findings: findings, registers: registers, fileCount: fileCount, asOf: asOf)))
        return report
    }

    /// `2 errors and 5 warnings in 8 files (94 risks, 38 mitigations), as of 22/11/2026.`
    static func summary(findings: [Finding], registers: RegisterSet, fileCount: Int, asOf: CalendarDate) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.count - errors
        let scope =
            "in \(plural(fileCount, "file")) (\(plural(registers.risks.count, "risk")), \(plural(registers.mitigations.count, "mitigation"))), as of \(asOf.ukText)"
        if findings.isEmpty { return "No findings \(scope)." }
        return "\(plural(errors, "error")) and \(plural(warnings, "warning")) \(scope)."
    }
}

/// `1 risk`, `3 risks`.
func plural(_ count: Int, _ noun: String) -> String {
    "\(NumberText.grouped(count)) \(noun)\(count == 1 ? "" : "s")"
}

extension Table.Column {
    /// A column whose JSON key is its heading in camel case: "Board residual" → "boardResidual".
    static func named(_ heading: String) -> Table.Column {
        let words = heading.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let key = words.enumerated().map { i, word in
            i == 0 ? word.lowercased() : word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined()
        return Table.Column(heading, key: key)
    }
}
