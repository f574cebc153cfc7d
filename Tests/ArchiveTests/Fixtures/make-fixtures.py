#!/usr/bin/env python3
"""Makes the Archive tests' fixtures with Python's own zlib and zipfile (run from this folder).
Kept for the record of how each file was made; the tests read the committed files, not this."""
import struct, zipfile, zlib

text = open("oak-valley.txt", "rb").read()

def raw(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    return c.compress(data) + c.flush()

open("oak-valley.fixed.deflate", "wb").write(raw(text, strategy=zlib.Z_FIXED))
open("oak-valley.dynamic.deflate", "wb").write(raw(text, level=9))
open("oak-valley.stored.deflate", "wb").write(raw(text * 24, level=0))  # more than 64 KiB: several stored blocks
open("empty.deflate", "wb").write(raw(b""))

def write_zip(name, compression, comment=b""):
    with zipfile.ZipFile(name, "w", compression) as z:
        z.writestr("oak-valley.txt", text)
        z.writestr("empty.txt", b"")
        z.writestr("registers/", b"")
        z.writestr("registers/meadow primary.csv", b"Risk ID,Title\nMP-01,Roof leaks in the hall\n")
        z.comment = comment

write_zip("python-deflated.zip", zipfile.ZIP_DEFLATED, comment=b"made by zipfile for matrisk's tests")
write_zip("python-stored.zip", zipfile.ZIP_STORED)

def entry_headers(name, data, method, crc=None, declared=None, flags=0x800, zip64=False, offset=0):
    """A local header + data, and the matching central header, written by hand."""
    payload = raw(data) if method == 8 else data
    crc = zlib.crc32(data) if crc is None else crc
    size = len(data) if declared is None else declared
    name = name.encode()
    if zip64:
        extra = struct.pack("<HHQQQ", 1, 24, size, len(payload), offset)
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, flags, method, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(name), 20)
        local += name + struct.pack("<HHQQ", 1, 16, size, len(payload))
        central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, flags, method, 0, 0x21, crc, 0xFFFFFFFF, 0xFFFFFFFF,
                              len(name), len(extra), 0, 0, 0, 0, 0xFFFFFFFF) + name + extra
    else:
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x21, crc, len(payload), size, len(name), 0) + name
        central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x21, crc, len(payload), size,
                              len(name), 0, 0, 0, 0, 0, offset) + name
    return local + payload, central

def archive(entries, zip64=False):
    body, directory = b"", b""
    for e in entries:
        local, central = entry_headers(*e[:3], **dict(e[3], offset=len(body), zip64=zip64))
        body += local
        directory += central
    out = body + directory
    if zip64:
        record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(entries), len(entries), len(directory), len(body))
        locator = struct.pack("<IIQI", 0x07064B50, 0, len(out), 1)
        out += record + locator
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    return out

small = b"Risk ID,Title\nT-01,Academy joins with a deficit\n"
open("zip64.zip", "wb").write(archive([("register.csv", small, 8, {}), ("empty.txt", b"", 0, {})], zip64=True))
# A header that declares five gibibytes for a part that holds a few bytes.
open("declares-5-gib.zip", "wb").write(archive([("sheet.xml", small, 8, {"declared": 5 << 30})], zip64=True))
# A header that declares just under 4 GiB without ZIP64.
open("declares-4-gib.zip", "wb").write(archive([("sheet.xml", small, 8, {"declared": 0xFFFFFFFE})]))
open("bad-crc.zip", "wb").write(archive([("register.csv", small, 8, {"crc": zlib.crc32(small) ^ 1})]))
open("encrypted-flag.zip", "wb").write(archive([("register.csv", small, 0, {"flags": 0x801})]))
# 20 MiB of one byte: a compression ratio no document has.
open("bomb-ratio.zip", "wb").write(archive([("sheet.xml", b" " * (20 << 20), 8, {})]))
# A part whose header says 100 bytes but that expands to 2 MiB.
open("bomb-lying-size.zip", "wb").write(archive([("sheet.xml", b"<x>" + b" " * (2 << 20) + b"</x>", 8, {"declared": 100})]))
whole = open("python-deflated.zip", "rb").read()
open("truncated.zip", "wb").write(whole[: len(whole) // 2])
