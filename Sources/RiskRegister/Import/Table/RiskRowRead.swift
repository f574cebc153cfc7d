/// One register row read: the risk, and what the row says besides.
struct RiskRowRead {
    var risk: Risk
    /// The row's section, for its generated id.
    var section: Int?
    /// Items of its controls column (in place) and its actions column (planned).
    var controls: [MitigationText.Item] = []
    var actions: [MitigationText.Item] = []
    /// The row's own "By who", "By when" and "Done" cells, for actions that do not say.
    var actionOwner = ""
    var actionDue: CalendarDate?
    var actionsDone = false
    var controlsCell: SourceLocation?
    var actionsCell: SourceLocation?
    var links: [MitigationLink] = []
    var problems: [Finding] = []
    var undatedWords: [String] = []
    /// True when the row writes something in a score column, even a value that could not be read.
    var writesAScore = false

    init(risk: Risk, section: Int?) {
        self.risk = risk
        self.section = section
    }
}
