#!/usr/bin/env python3
"""Writes the seven-academy budget sheet (academies.csv, as Excel's "CSV UTF-8" saves it, and
academies.xlsx, as openpyxl writes a workbook) and expected.json: each academy's in-year balance and
reserves year by year when nothing moves (no roll change, no uplift, no pay award, no inflation),
worked out from the finance model's formulas alone:

    GAG = pupils x GAG per pupil + lump sum
    balance = GAG + other income - staff - non-staff - top-slice (5% of GAG)
    reserves(t) = opening reserves + (t + 1) x balance

Run from this folder: python3 make-budget.py
"""
import csv, json

TOP_SLICE = 0.05
YEARS = 5
# name, phase, type, pupils, capacity, GAG per pupil, lump sum, other income, non-staff, reserves b/f,
# the in-year balance aimed at (staff costs are set to give it), roll change as the sheet writes it
ROWS = [
    ("Ash Grove Primary", "Primary", "Converter", 412, 420, 5480, 145100, 265000, 520000, 185000, 60000, "-1%"),
    ("Beacon Primary", "Primary", "Converter", 236, 240, 5620, 145100, 150000, 330000, 60000, -25000, "triangular(-3, -1, 1)"),
    ("Castle Hill Primary", "Primary", "Sponsored", 198, 315, 6150, 145100, 210000, 300000, -120000, 35000, "0.5%"),
    ("Dale Secondary", "Secondary", "Sponsored", 760, 1050, 7420, 145100, 610000, 1500000, -350000, -90000, "normal(-1, 2.5)"),
    ("Elm Infant School", "Primary", "Converter", 88, 90, 5950, 145100, 60000, 140000, 40000, -5000, "-2%"),
    ("Fenwick Academy", "Secondary", "Converter", 1184, 1200, 7080, 145100, 720000, 1750000, 1250000, 150000, "1%"),
    ("Greenway Primary", "Primary", "Sponsored", 305, 315, 6020, 145100, 240000, 390000, -30000, -12000, "pert(-2, 0, 2)"),
]


def money(x):
    return f"£{x:,.0f}" if x >= 0 else f"(£{-x:,.0f})"


academies, rows = [], []
for name, phase, kind, pupils, capacity, gpp, lump, other, nonstaff, reserves, aim, roll in ROWS:
    gag = pupils * gpp + lump
    staff = round((gag + other - nonstaff - TOP_SLICE * gag - aim) / 1000) * 1000
    balance = gag + other - staff - nonstaff - TOP_SLICE * gag
    path = [reserves + (t + 1) * balance for t in range(YEARS)]
    academies.append({
        "name": name, "balance": balance, "reserves": path,
        "inYearDeficit": [1 if balance < 0 else 0] * YEARS,
        "cumulativeDeficit": [1 if r < 0 else 0 for r in path],
        "expectedDeficit": [max(0.0, -r) for r in path],
        "expectedInYearDeficit": [max(0.0, -balance)] * YEARS,
    })
    rows.append([name, phase, kind, f"{pupils:,}", f"{capacity:,}", money(gpp), money(lump), money(other), money(staff),
                 money(nonstaff), money(reserves), roll])

header = ["Academy", "Phase", "Type", "NOR", "Capacity", "GAG per pupil (£)", "Lump sum (£)", "Other income (£)",
          "Staff costs (£)", "Non-staff costs (£)", "Reserves b/f (£)", "Roll change %"]
totals = ["Total", "", "", f"{sum(r[3] for r in ROWS):,}", "", "", "", "", "", "", "", ""]
with open("academies.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Oak Valley Learning Trust"] + [""] * 11)
    w.writerow(["Budget 2026/27: academies summary (CFO, draft 3)"] + [""] * 11)
    w.writerow([""] * 12)
    w.writerow(header)
    w.writerows(rows)
    w.writerow(totals)

try:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget 2026-27"
    ws.append(["Oak Valley Learning Trust"])
    ws.append(["Budget 2026/27: academies summary (CFO, draft 3)"])
    ws.append([])
    ws.append(header)
    for (name, phase, kind, pupils, capacity, gpp, lump, other, nonstaff, reserves, aim, roll), row in zip(ROWS, rows):
        staff = int(row[8].strip("(£)").replace(",", "")) * (1 if not row[8].startswith("(") else -1)
        ws.append([name, phase, kind, pupils, capacity, gpp, lump, other, staff, nonstaff, reserves, roll])
        for cell in ws[ws.max_row][5:11]:
            cell.number_format = '"£"#,##0;[Red]\\-"£"#,##0'
    ws.append(["Total", None, None, f"=SUM(D5:D{ws.max_row})"])
    wb.save("academies.xlsx")
except ImportError:
    pass

with open("expected.json", "w") as f:
    json.dump({"years": YEARS, "topSlice": TOP_SLICE, "academies": academies}, f, indent=1)
