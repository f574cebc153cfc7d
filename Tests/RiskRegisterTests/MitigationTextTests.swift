import Testing

@testable import RiskRegister

/// Controls and actions written as text: one mitigation per item, owner and date from the words.
struct MitigationTextTests {
    @Test func itemsByLineBulletAndSemicolon() {
        let text = "• Budget monitored monthly\n- Reserves policy; 2) Finance committee reviews termly\nNone"
        #expect(
            MitigationText.items(in: text).map(\.text) == [
                "Budget monitored monthly", "Reserves policy", "Finance committee reviews termly",
            ])
        #expect(MitigationText.items(in: "N/A").isEmpty)
        #expect(MitigationText.items(in: "  ").isEmpty)
    }

    @Test(arguments: [
        ("SBM by 31.03.27", "SBM", "2027-03-31"),
        ("Replace boiler – SBM by 31.03.27", "SBM", "2027-03-31"),
        ("Retender catering (SBM, March 2027)", "SBM", "2027-03-31"),
        ("Headteacher to review the policy by Spring term 2027", "Headteacher", "2027-03-31"),
        ("Governors to approve the plan", "Governors", ""),
        ("Install a canopy – Site Manager by 31.08.27", "Site Manager", "2027-08-31"),
        ("Termly budget monitoring by the FGB", "", ""),
        ("Check the fire doors – Mrs Patel – 12 November 2026", "Mrs Patel", "2026-11-12"),
        ("Staff training, ongoing", "", ""),
    ])
    func ownersAndDatesInsideTheText(text: String, owner: String, due: String) {
        let item = MitigationText.read(text)
        #expect(item.text == text)
        #expect(item.owner == owner)
        #expect(item.due?.day?.description ?? "" == due)
    }

    @Test func anImpossibleDateInAnActionIsReported() {
        #expect(MitigationText.read("Repair the roof – SBM by 31.02.27").impossibleDate == "31.02.27")
        let load = try? Registers.load(["oak.csv": "Risk,Likelihood,Impact,Further action\nRoof,2,3,Repair it – SBM by 31.02.27\n"])
        #expect(
            load?.problems.map(\.description) == [
                "oak.csv:2:10: error: 'Further action' (column D) gives '31.02.27' as a date, which is not a real date (dates are read day first: 22/11/2026)."
            ])
    }
}
