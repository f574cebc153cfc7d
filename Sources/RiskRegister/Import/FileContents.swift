/// A risk row's link to a mitigation by id (its `Mitigation IDs` cell), checked once every file is read.
typealias MitigationLink = (riskID: String, mitigationID: String, place: SourceLocation)

/// What one input file held: its risks and mitigations, the mitigation ids its risk rows name,
/// the problems in its cells, and how it was read.
struct FileContents {
    var risks: [Risk] = []
    var mitigations: [Mitigation] = []
    var links: [MitigationLink] = []
    var problems: [Finding] = []
    var reading: FileReading
}
