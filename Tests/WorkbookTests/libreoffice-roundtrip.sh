#!/usr/bin/env bash
# LibreOffice, headless, as the reference client for the workbooks matrisk writes and reads:
#
# 1. matrisk's writer writes a workbook (a register typed as a spreadsheet user would type it, and
#    a sheet of every kind of cell: text beginning `=1+1`, £ and % formats, a date, a RAG fill);
#    LibreOffice converts every sheet to CSV; each value must agree with what matrisk reads back,
#    and `=1+1` must come back as that text, never as 2.
# 2. LibreOffice converts the register CSV fixture to .xlsx and .ods, and the Writer document
#    fixture to .docx, afresh with the installed version; matrisk must read each as the tests
#    expect (the Workbook tests read the same files, committed, made by LibreOffice 7.4).
# 3. The matrisk command writes the example registers (and an academy register whose risk is
#    titled `=1+1`) with `register export --format xlsx`, and a roll-up with `register rollup
#    --format xlsx`; LibreOffice converts every sheet to CSV, whose values must agree with what
#    matrisk reads from the workbook; the export read back by matrisk is the same register set,
#    and `=1+1` comes back as that text from both. With LIBREOFFICE_ROUNDTRIP_PNG=DIR, both
#    workbooks are also printed to PDF by LibreOffice and to PNG by pdftoppm in DIR, to be looked at.
#
# Needs `soffice` (Debian: libreoffice-calc-nogui, libreoffice-writer-nogui); .ci/run installs it.
# Not part of `swift test`, which must pass on a machine without LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v soffice > /dev/null || { echo "libreoffice-roundtrip: soffice is not installed" >&2; exit 69; }
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
fixtures=Tests/WorkbookTests/Fixtures
# LibreOffice keeps a profile; a private one keeps runs from meeting a user's settings or lock.
profile="-env:UserInstallation=file://$folder/profile"

build=.build
swift build -c release --target Workbook > /dev/null
package_name=$(grep -A1 '"-package-name",' "$build/release/description.json" | sed -n 2p | tr -d ' ",')
swiftc -O -package-name "$package_name" -I "$build/release/Modules" Tests/WorkbookTests/libreoffice-roundtrip.swift \
    "$build"/release/CSV.build/*.o "$build"/release/Archive.build/*.o "$build"/release/SafeXML.build/*.o "$build"/release/Workbook.build/*.o \
    -o "$folder/roundtrip"

echo "== matrisk writes, LibreOffice reads"
"$folder/roundtrip" write "$folder/written.xlsx" "$fixtures/oak-primary.csv"
# CSV of every sheet (token 12: -1), values as shown (token 9), UTF-8 (76).
soffice "$profile" --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true,false,false,-1' \
    --outdir "$folder/csv" "$folder/written.xlsx" > /dev/null 2>&1
ls "$folder/csv"
"$folder/roundtrip" compare "$folder/written.xlsx" "$folder/csv"
grep -q '^formula-like text,=1+1' "$folder/csv/written-Formats.csv" || { echo "=1+1 did not come back as text" >&2; exit 1; }

echo "== LibreOffice writes, matrisk reads"
cp "$fixtures/oak-primary.csv" "$fixtures/lettered-sections-python-docx.docx" "$folder/"
(cd "$folder" \
    && soffice "$profile" --headless --infilter="CSV:44,34,76,1,,2057,false,true,false,false,false,-1,false" --convert-to xlsx oak-primary.csv \
    && soffice "$profile" --headless --infilter="CSV:44,34,76,1,,2057,false,true,false,false,false,-1,false" --convert-to ods oak-primary.csv \
    && mkdir -p writer && soffice "$profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir writer lettered-sections-python-docx.docx) \
    > /dev/null 2>&1
"$folder/roundtrip" compare-fresh "$folder/oak-primary.xlsx" "$folder/oak-primary.ods" "$fixtures/oak-primary.csv" \
    "$folder/writer/lettered-sections-python-docx.docx" "$fixtures/lettered-sections-libreoffice.docx"
echo "== matrisk exports a register and a roll-up as workbooks, LibreOffice reads them"
swift build --product matrisk > /dev/null
matrisk="$(swift build --show-bin-path)/matrisk"
mkdir -p "$folder/registers" "$folder/exported"
cp Scenarios/registers/* "$folder/registers/"
printf 'Risk ID,Title,Category,Owner,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Next review\n%s\n' \
    'FRM-01,=1+1,Compliance,SBM,2,2,1,2,2027-03-31' > "$folder/registers/formula-academy.csv"
"$matrisk" register export "$folder/registers" --format xlsx -o "$folder/export.xlsx" 2> /dev/null
"$matrisk" register rollup "$folder/registers" --as-of 2026-11-22 --format xlsx -o "$folder/rollup.xlsx" 2> /dev/null
"$matrisk" register export "$folder/registers" > "$folder/original.json" 2> /dev/null
"$matrisk" register export "$folder/export.xlsx" > "$folder/reimported.json" 2> /dev/null
cmp -s "$folder/original.json" "$folder/reimported.json" || { echo "the exported workbook reads back as another register set" >&2; exit 1; }
grep -q '"title": "=1+1"' "$folder/reimported.json" || { echo "=1+1 did not come back as text from matrisk" >&2; exit 1; }
soffice "$profile" --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2057,false,true,true,false,false,-1' \
    --outdir "$folder/exported" "$folder/export.xlsx" "$folder/rollup.xlsx" > /dev/null 2>&1
ls "$folder/exported"
"$folder/roundtrip" compare "$folder/export.xlsx" "$folder/exported"
"$folder/roundtrip" compare "$folder/rollup.xlsx" "$folder/exported"
grep -q '^FRM-01,formula-academy,=1+1,' "$folder/exported/export-Risks.csv" \
    || { echo "=1+1 did not come back as text from LibreOffice" >&2; exit 1; }
if [ -n "${LIBREOFFICE_ROUNDTRIP_PNG:-}" ]; then
    mkdir -p "$LIBREOFFICE_ROUNDTRIP_PNG"
    soffice "$profile" --headless --convert-to pdf --outdir "$LIBREOFFICE_ROUNDTRIP_PNG" "$folder/export.xlsx" "$folder/rollup.xlsx" \
        > /dev/null 2>&1
    for pdf in "$LIBREOFFICE_ROUNDTRIP_PNG"/export.pdf "$LIBREOFFICE_ROUNDTRIP_PNG"/rollup.pdf; do
        pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}"
    done
    echo "PDF and PNG pages in $LIBREOFFICE_ROUNDTRIP_PNG"
fi
echo "libreoffice round trip: passed"
