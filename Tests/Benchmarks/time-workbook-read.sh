#!/usr/bin/env bash
# Times reading a 10,000-row register from .xlsx beside reading the same rows from CSV, on a
# release build, and checks both read the same cells. The rows are generated here; the .xlsx is
# written by matrisk's own writer and, when LibreOffice is installed, also saved by LibreOffice
# Calc from the CSV (as a trust's spreadsheet would be).
#
#   Tests/Benchmarks/time-workbook-read.sh [rows, default 10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-10000}
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT

awk -v rows="$rows" 'BEGIN {
  print "Risk ID,Register,Title,Category,Owner,Likelihood,Impact,Residual likelihood,Residual impact,Trust risk,Status,Last reviewed,Next review,Annual probability %,Impact most likely"
  split("financial workforce estates safeguarding technology compliance education-standards attendance", cats, " ")
  for (n = 1; n <= rows; n++) {
    l = 1 + (n * 7) % 5; i = 1 + (n * 3) % 5; rl = l - n % 2; if (rl < 1) rl = 1
    printf "A%d,academy-%d,Risk %d of the academy register,%s,School business manager,%d,%d,%d,%d,T%02d,open,2026-10-01,2027-01-%02d,%d%%,%d\n", n, 1 + n % 400, n, cats[n % 8 + 1], l, i, rl, i, 1 + n % 20, 1 + n % 28, 5 + n % 40, 1000 * (1 + n % 90)
  }
}' > "$folder/register.csv"

others=()
if command -v soffice > /dev/null; then
    (cd "$folder" && soffice --headless --infilter="CSV:44,34,76,1,,2057,false,true,false,false,false,-1,false" \
        --convert-to xlsx register.csv > /dev/null 2>&1 && mv register.xlsx libreoffice-saved.xlsx) && others+=("$folder/libreoffice-saved.xlsx")
fi

build=.build
swift build -c release --target Workbook > /dev/null
# `package` access needs the package name SwiftPM compiled the modules with.
package_name=$(grep -A1 '"-package-name",' "$build/release/description.json" | sed -n 2p | tr -d ' ",')
swiftc -O -package-name "$package_name" -I "$build/release/Modules" Tests/Benchmarks/read-workbook.swift \
    "$build"/release/CSV.build/*.o "$build"/release/Archive.build/*.o "$build"/release/SafeXML.build/*.o "$build"/release/Workbook.build/*.o \
    -o "$folder/read-workbook"
"$folder/read-workbook" "$folder/register.csv" "${others[@]}"
