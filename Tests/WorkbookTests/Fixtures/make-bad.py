#!/usr/bin/env python3
"""Damages copies of oak-primary-libreoffice.xlsx (made by LibreOffice) in the ways the reader
must refuse: cut short, a wrong CRC-32, a sheet that is a zip bomb; and names a CSV file .xlsx."""
import struct, zipfile

good = open("oak-primary-libreoffice.xlsx", "rb").read()
open("truncated.xlsx", "wb").write(good[: len(good) * 2 // 3])

# The CRC-32 of the sheet flipped in its local and central headers.
data = bytearray(good)
name = b"xl/worksheets/sheet1.xml"
for signature, crc_at in ((b"PK\x03\x04", 14), (b"PK\x01\x02", 16)):
    at = 0
    while True:
        at = data.find(signature, at)
        if at < 0:
            break
        name_at = at + (30 if signature == b"PK\x03\x04" else 46)
        if data[name_at:name_at + len(name)] == name:
            crc = struct.unpack_from("<I", data, at + crc_at)[0]
            struct.pack_into("<I", data, at + crc_at, crc ^ 0xFF)
        at += 4
open("bad-crc.xlsx", "wb").write(bytes(data))

# The same workbook with a sheet of 64 MiB (mostly spaces) that compresses about a thousand times.
with zipfile.ZipFile("oak-primary-libreoffice.xlsx") as source, zipfile.ZipFile("zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as bomb:
    for info in source.infolist():
        contents = source.read(info.filename)
        if info.filename == "xl/worksheets/sheet1.xml":
            contents = contents.replace(b"<sheetData>", b"<sheetData>" + b" " * (64 << 20))
        bomb.writestr(info.filename, contents)

open("csv-named.xlsx", "w").write(open("oak-primary.csv").read())
