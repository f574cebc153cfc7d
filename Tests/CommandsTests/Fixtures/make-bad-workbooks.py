#!/usr/bin/env python3
"""Makes the workbook cases of the bad-input catalogue in bad/ (run from this folder; openpyxl,
python-docx and LibreOffice's soffice are needed only to make the files again).

- bad-crc.xlsx, truncated.xlsx, zip-bomb.xlsx: copied from Tests/WorkbookTests/Fixtures, where
  make-bad.py damages a workbook LibreOffice wrote; encrypted.xlsx is excel-password.xlsx and
  excel-97.xls is the same file there (both from nolze/msoffcrypto-tool, MIT licence).
- corrupted-archive.xlsx: LibreOffice's oak-primary workbook with the sheet's compressed bytes
  overwritten half way, its CRC-32 left as it was: the data itself is damaged.
- seven-in-likelihood.xlsx: bad/seven-in-likelihood.csv converted by LibreOffice Calc.
- seven-in-a-word-table.docx: the same register as a Word table (python-docx).
- no-register-sheet.xlsx: a budget workbook (openpyxl) whose two sheets are no register.
"""
import os
import shutil
import struct
import subprocess
import tempfile

import docx
import openpyxl

workbooks = "../../WorkbookTests/Fixtures"
for name, target in [("bad-crc.xlsx", "bad-crc.xlsx"), ("truncated.xlsx", "truncated.xlsx"), ("zip-bomb.xlsx", "zip-bomb.xlsx"),
                     ("excel-password.xlsx", "encrypted.xlsx"), ("excel-97.xls", "excel-97.xls")]:
    shutil.copy(os.path.join(workbooks, name), os.path.join("bad", target))

data = bytearray(open(os.path.join(workbooks, "oak-primary-libreoffice.xlsx"), "rb").read())
name = b"xl/worksheets/sheet1.xml"
at = 0
while True:
    at = data.find(b"PK\x03\x04", at)
    if data[at + 30:at + 30 + len(name)] == name:
        break
    at += 4
compressed, name_length, extra_length = struct.unpack_from("<I", data, at + 18)[0], *struct.unpack_from("<HH", data, at + 26)
start = at + 30 + name_length + extra_length + compressed // 2
data[start:start + 64] = bytes(range(64))
open("bad/corrupted-archive.xlsx", "wb").write(bytes(data))

with tempfile.TemporaryDirectory() as work:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--infilter=CSV:44,34,76,1,,2057,false,false,false,false,false,-1,false", "--convert-to", "xlsx",
                    "--outdir", "bad", "bad/seven-in-likelihood.csv"], check=True, capture_output=True)

rows = [line.split(",") for line in open("bad/seven-in-likelihood.csv").read().splitlines()]
document = docx.Document()
document.add_heading("Risk register", level=1)
table = document.add_table(rows=len(rows), cols=len(rows[0]))
for r, values in enumerate(rows):
    for c, value in enumerate(values):
        table.cell(r, c).text = value
document.save("bad/seven-in-a-word-table.docx")

book = openpyxl.Workbook()
budget = book.active
budget.title = "Budget"
budget.append(["Academy", "Pupils", "GAG per pupil", "Staff costs"])
budget.append(["Oak Primary", 412, 5450, 1980000])
notes = book.create_sheet("Notes")
notes.append(["Prepared by the CFO for the finance committee."])
book.save("bad/no-register-sheet.xlsx")
