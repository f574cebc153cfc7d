import CSV
import Workbook

extension RegisterSet {
    /// The register set as one Excel workbook: a Risks sheet and a Mitigations sheet with the
    /// columns of the CSV export, and a Policy sheet of settings (``PolicyTable``). Dates are
    /// dates and amounts show in pounds, so the risk group can sort, filter and annotate it;
    /// given back to matrisk, it reads as the same register set.
    package func workbook() throws(WorkbookError) -> [UInt8] {
        try XLSXWriter.write([
            Self.sheet("Risks", riskRows, pounds: [RiskColumn.impactMin, .impactLikely, .impactMax].map(\.heading)),
            Self.sheet("Mitigations", mitigationRows, pounds: [MitigationColumn.oneOffCost, .annualCost].map(\.heading)),
            SheetToWrite(name: "Policy", fields: PolicyTable.rows(policy)),
        ])
    }

    /// A sheet of CSV rows, the columns headed by one of `pounds` shown as money.
    private static func sheet(_ name: String, _ rows: [[CSVField]], pounds: [String]) -> SheetToWrite {
        var sheet = SheetToWrite(name: name, fields: rows)
        guard let header = rows.first else { return sheet }
        let money = Set(header.indices.filter { if case .text(let heading) = header[$0] { pounds.contains(heading) } else { false } })
        for r in sheet.rows.indices.dropFirst() {
            for c in money where c < sheet.rows[r].count {
                if case .number(let amount) = sheet.rows[r][c].value { sheet.rows[r][c] = .number(amount, format: .pounds) }
            }
        }
        return sheet
    }
}
