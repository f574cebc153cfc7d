#!/usr/bin/env python3
"""Makes the fixtures written by openpyxl (run from this folder; openpyxl is needed only here).
Kept as the record of how each file was made; the tests read the committed files."""
import csv, datetime
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

def typed(value, column):
    if value == "":
        return None, None
    if column in (4, 5, 6, 7, 12):
        return int(value), None
    if column in (9, 10):
        return datetime.datetime.strptime(value, "%Y-%m-%d"), "dd/mm/yyyy"
    if column == 11:
        return int(value[:-1]) / 100, "0%"
    return value, None

wb = openpyxl.Workbook()
risks = wb.active
risks.title = "Risks"
for r, row in enumerate(csv.reader(open("oak-primary.csv", newline="")), start=1):
    for c, text in enumerate(row):
        value, fmt = (text, None) if r == 1 else typed(text, c)
        cell = risks.cell(row=r, column=c + 1)
        if value is None:
            continue
        cell.value = value
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text, not a formula
        if fmt:
            cell.number_format = fmt
        if c == 12 and r > 1:
            cell.number_format = '"£"#,##0'

extras = wb.create_sheet("Extras")
extras["A1"] = "What"
extras["B1"] = "Value"
rows = [
    ("error", "#N/A"),
    ("formula", "=B4*2"),
    ("number", 21),
    ("rich text", CellRichText([TextBlock(InlineFont(b=True), "Red"), " – two vacancies"])),
    ("boolean", True),
    ("time", datetime.time(14, 30)),
    ("date and time", datetime.datetime(2026, 11, 22, 9, 15)),
    ("sum", 0.1 + 0.2),
    ("money", -12400.5),
]
for i, (what, value) in enumerate(rows, start=2):
    extras.cell(row=i, column=1, value=what)
    cell = extras.cell(row=i, column=2, value=value)
    if what == "error":
        cell.data_type = "e"
    if what == "money":
        cell.number_format = '"£"#,##0.00'
extras.row_dimensions[6].hidden = True
extras["A12"] = "Merged across"
extras.merge_cells("A12:C12")
extras["D14"] = "Merged down"
extras.merge_cells("D14:D16")

lookups = wb.create_sheet("Lookups")
lookups.sheet_state = "hidden"
for i, category in enumerate(["financial", "estates", "technology", "workforce"], start=1):
    lookups.cell(row=i, column=1, value=category)
wb.save("oak-primary-openpyxl.xlsx")

wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Dates"
ws["A1"] = "Next review"
ws["A2"] = datetime.datetime(2026, 11, 22)
ws["A2"].number_format = "dd/mm/yyyy"
ws["A3"] = datetime.datetime(1904, 1, 2)
ws["A3"].number_format = "yyyy-mm-dd"
wb.save("dates-1904-openpyxl.xlsx")

# The academy register laid out by category tree (Battling Brook Primary School's layout): a
# title and version block, section rows across the table, category cells merged down.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Risk register"
ws["A1"] = "Willow Brook Primary Academy: Risk Register"
ws.merge_cells("A1:I1")
ws["A2"] = "Version 3, approved by the local governing body 14 October 2026"
ws.merge_cells("A2:I2")
header = ["Category", "Sub Category", "Specific Risk", "Likelihood of occurring (5 = High, 1 = Low)",
          "Impact if occurs (5 = High, 1 = Low)", "Combined score Likelyhood x Impact",
          "Response (transfer, tolerate, treat or terminate)", "Control procedures and target date", "Responsible for review"]
for c, h in enumerate(header, start=1):
    ws.cell(row=4, column=c, value=h)
sections = [
    ("1.0 Strategic and Reputational Risks", [
        ("Strategic", "Admissions", "Fewer reception applications as local housing slows", 3, 4, "TREAT", "Open mornings each term; nursery links. Head by 31.03.27", "Headteacher"),
        (None, "Reputation", "Negative local press after an exclusion appeal", 2, 3, "TOLERATE", "Communications plan agreed with the trust", "Chair of LGB"),
    ]),
    ("2.0 Operational Risks", [
        ("Operational", "Premises", "Boiler fails in winter", 3, 3, "TRANSFER", "Maintenance contract; insurance. SBM by 30.11.26", "SBM"),
        (None, "Staffing", "Long-term absence of the SENCo", 2, 4, "TREAT", "Deputy trained as second SENCo", "Headteacher"),
        (None, "IT", "Ransomware locks the school's files", 2, 5, "TREAT", "Offline backups tested termly", "SBM"),
    ]),
]
row = 5
for title, risks_in in sections:
    ws.cell(row=row, column=1, value=title)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    row += 1
    first = row
    for category, sub, risk, l, i, response, controls, who in risks_in:
        values = [category, sub, risk, l, i, f"=D{row}*E{row}", response, controls, who]
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(row=row, column=c, value=v)
        row += 1
    ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
wb.save("category-tree-openpyxl.xlsx")
