#!/usr/bin/env python3
"""Makes the Word fixture written by python-docx (run from this folder; python-docx is needed
only here). The trust register laid out with lettered sections, one table per section with the
header repeated, as in the "SPCD updated 4th March 2016" register: a section row merged across
(gridSpan), the area of risk merged down (vMerge), controls in two paragraphs."""
import docx

document = docx.Document()
document.add_heading("Oak Valley Learning Trust: Board Risk Register", level=1)
document.add_paragraph("Reviewed by the audit and risk committee, 18 November 2026.")
header = ["RISK No", "AREA OF RISK", "BRIEF DESCRIPTION OF RISK", "BRIEF DESCRIPTION OF CONTROLS",
          "PRIORITY RAG (Red Amber Green)", "Risk Likelihood of occurring", "RISK OWNER(S)", "COMMITTEE RESP", "NEXT REVIEW DATE"]
sections = [
    ("A GOVERNANCE / BOARD", [
        ("A1", "Governance", "Trustees lack the skills to oversee growth to 12 academies", ["Skills audit each summer", "Two co-opted trustees with finance backgrounds"], "Amber", "MEDIUM", "Chair", "Board", "September 2027"),
        ("A2", None, "Scheme of delegation out of date after new academies join", ["Annual review of the scheme"], "Green", "LOW", "Governance lead", "Board", "07/10/2026"),
    ]),
    ("B FINANCE", [
        ("B1", "Finance", "Pay award above the funded amount", ["Three-year budget with a 4% pay scenario", "Top-slice reviewed each spring"], "Red", "HIGH", "CFO", "Finance", "March 2027"),
        ("B2", None, "Central reserves fall below one month of central costs", ["Monthly cash-flow forecast"], "Amber", "MEDIUM", "CFO", "Audit and risk", "12.11.26"),
    ]),
]
for title, risks in sections:
    table = document.add_table(rows=2 + len(risks), cols=len(header))
    table.style = "Table Grid"
    banner = table.cell(0, 0).merge(table.cell(0, len(header) - 1))
    banner.text = title
    for c, h in enumerate(header):
        table.cell(1, c).text = h
    for r, (no, area, risk, controls, rag, likelihood, owner, committee, review) in enumerate(risks, start=2):
        values = [no, area, risk, None, rag, likelihood, owner, committee, review]
        for c, v in enumerate(values):
            if v is not None:
                table.cell(r, c).text = v
        cell = table.cell(r, 3)
        cell.text = controls[0]
        for line in controls[1:]:
            cell.add_paragraph(line)
    table.cell(2, 1).merge(table.cell(1 + len(risks), 1))
    table.cell(2, 1).text = risks[0][1]
    document.add_paragraph("")
document.save("lettered-sections-python-docx.docx")
