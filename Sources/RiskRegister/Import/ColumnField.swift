/// A value a register or mitigations file may hold in one of its columns, with the names
/// trusts give that column.
package protocol ColumnField: CaseIterable, Hashable, Sendable {
    /// The field's name in matrisk's own files and in findings' `Origin` (`residualLikelihood`).
    var key: String { get }
    /// The heading matrisk writes when it exports the field.
    var heading: String { get }
    /// Other headings that mean the same, compared by ``HeaderName/normalised(_:)``.
    var aliases: [String] { get }
    /// Whether a file of this kind must have the column.
    var isRequired: Bool { get }
    /// Every heading and alias, normalised, to its field: built once, as ``ColumnNames`` builds it.
    static var names: ColumnNames<Self> { get }
}

/// The names a kind of file's columns go by, normalised: matrisk's own headings, and with them
/// every alias. Built once per kind of file, since every header cell of every row searched looks here.
package struct ColumnNames<Field: ColumnField>: Sendable {
    /// matrisk's own headings, as `register export` writes them.
    package let own: [String: Field]
    /// Own headings and aliases together, the first field to claim a name keeping it.
    package let all: [String: Field]

    package init() {
        var own: [String: Field] = [:]
        var all: [String: Field] = [:]
        for field in Field.allCases {
            own[HeaderName.normalised(field.heading)] = own[HeaderName.normalised(field.heading)] ?? field
            for alias in [HeaderName.normalised(field.heading)] + field.aliases where all[alias] == nil { all[alias] = field }
        }
        self.own = own
        self.all = all
    }
}

/// How headers are compared: case, spaces and punctuation ignored, so "Risk ID", "risk_id"
/// and "RISK-ID" are one heading, and "Impact min (£)" is "impactmin".
package enum HeaderName {
    package static func normalised(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.isASCII }
                .map(Character.init))
    }
}

/// Every key the policy's `columns` map may give a header: the fields of registers and
/// mitigations files, and `ignore`.
enum ColumnFieldKeys {
    static let ignore = "ignore"

    static let all: [String] = {
        var keys: [String] = []
        for key in RiskColumn.allCases.map(\.key) + MitigationColumn.allCases.map(\.key) + [ignore] where !keys.contains(key) {
            keys.append(key)
        }
        return keys
    }()

    /// The key a name in the policy's `columns` map stands for: a key (`residualImpact`), a heading
    /// as matrisk writes it ("Residual impact"), or plain `likelihood` and `impact` (the pair that is
    /// inherent beside a residual pair, and the current score alone).
    static func canonical(_ name: String) -> String? {
        let wanted = HeaderName.normalised(name)
        if wanted == "likelihood" { return RiskColumn.inherentLikelihood.key }
        if wanted == "impact" { return RiskColumn.inherentImpact.key }
        if let key = all.first(where: { HeaderName.normalised($0) == wanted }) { return key }
        return RiskColumn.allCases.first { HeaderName.normalised($0.heading) == wanted }?.key
            ?? MitigationColumn.allCases.first { HeaderName.normalised($0.heading) == wanted }?.key
    }

    /// The key of the field exported under `heading` ("Residual impact" → `residualImpact`), or the heading itself.
    static func key(forHeading heading: String) -> String {
        if heading == "Likelihood" || heading == "Impact" { return heading.lowercased() }
        return RiskColumn.allCases.first { $0.heading == heading }?.key ?? MitigationColumn.allCases.first { $0.heading == heading }?.key
            ?? heading
    }
}
