import CSV

/// Where a file's table starts. Registers often open with a title, an approval or version
/// block, or a legend; the header is the row, among the first ones, that names the most
/// columns matrisk knows.
enum HeaderRowSearch {
    /// How far down a header may be.
    static let rowsSearched = 40

    /// The header row found, with what it says as a register's header and as a mitigations file's.
    struct Found {
        var index: Int
        var risks: HeaderMap<RiskColumn>
        var mitigations: HeaderMap<MitigationColumn>
    }

    /// The first row naming the most known columns (at least two), or nil when none does.
    static func find(in table: CSVTable, policy: RiskPolicy?) -> Found? {
        var best: (found: Found, count: Int)?
        for (index, row) in table.rows.prefix(rowsSearched).enumerated() where !row.isBlank {
            let risks = HeaderMap<RiskColumn>(header: row, policy: policy)
            let mitigations = HeaderMap<MitigationColumn>(header: row, policy: policy)
            let count = max(risks.fieldCount, mitigations.fieldCount)
            if count >= 2, count > (best?.count ?? 0) {
                best = (Found(index: index, risks: risks, mitigations: mitigations), count)
            }
        }
        return best?.found
    }
}
