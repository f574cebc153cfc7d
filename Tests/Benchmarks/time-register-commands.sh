#!/usr/bin/env bash
# Times `matrisk register check` and `matrisk register rollup` on a generated set of
# 10,000 academy risks (400 academies of 25), a trust register of 20 and 2,500 mitigations,
# in a release build. Then times `register check` on the same registers read from workbooks
# beside the CSV files, runs alternating: one workbook written by `register export --format xlsx`
# (Risks, Mitigations and Policy sheets) and, when LibreOffice is installed, the academies'
# register saved as .xlsx by LibreOffice Calc beside the other two CSV files.
# Usage: Tests/Benchmarks/time-register-commands.sh [academies] [risks-per-academy] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
academies=${1:-400}
per=${2:-25}
runs=${3:-5}
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT

awk -v academies="$academies" -v per="$per" -v folder="$folder" 'BEGIN {
  header = "Risk ID,Title,Category,Owner,Likelihood,Impact,Residual likelihood,Residual impact,Trust risk,Status,Last reviewed,Next review"
  split("financial workforce estates safeguarding technology compliance education-standards attendance", cats, " ")
  print header > (folder "/trust.csv")
  for (t = 1; t <= 20; t++) printf "T%02d,Trust risk %d,%s,CEO,4,4,3,3,,open,2026-10-01,2027-01-10\n", t, t, cats[t % 8 + 1] > (folder "/trust.csv")
  print "Register," header > (folder "/academies.csv")
  print "Mitigation ID,Risk IDs,Title,Owner,Status,Due" > (folder "/mitigations.csv")
  n = 0
  for (a = 1; a <= academies; a++) for (r = 1; r <= per; r++) {
    n++; l = 1 + (n * 7) % 5; i = 1 + (n * 3) % 5; rl = l - n % 2; if (rl < 1) rl = 1
    link = (n % 9 == 0) ? "" : sprintf("T%02d", 1 + n % 20)
    next_review = (n % 13 == 0) ? "2026-10-01" : "2027-01-10"
    printf "academy-%d,A%d-%d,Risk %d,%s,SBM,%d,%d,%d,%d,%s,open,2026-10-01,%s\n", a, a, r, n, cats[n % 8 + 1], l, i, rl, i, link, next_review > (folder "/academies.csv")
    if (n % 4 == 0) printf "M%d,A%d-%d,Control %d,SBM,%s,2026-12-01\n", n, a, r, n, (n % 8 == 0 ? "in place" : "planned") > (folder "/mitigations.csv")
  }
}'

swift build -c release --product matrisk >/dev/null
matrisk=$(swift build -c release --show-bin-path)/matrisk
echo "$(($(wc -l < "$folder/academies.csv") - 1)) academy risks, $(du -h "$folder/academies.csv" | cut -f1) of CSV"
for command in check rollup; do
  start=$(date +%s%N)
  "$matrisk" register "$command" --as-of 2026-11-22 "$folder" > /dev/null || true
  end=$(date +%s%N)
  echo "matrisk register $command: $(( (end - start) / 1000000 )) ms"
done

# The same registers as workbooks.
"$matrisk" register export "$folder" --format xlsx -o "$folder.xlsx" 2> /dev/null
trap 'rm -rf "$folder" "$folder.xlsx" "$folder-calc" "$folder.time"' EXIT
inputs=("$folder" "$folder.xlsx")
names=("CSV files" "matrisk-written .xlsx")
if command -v soffice > /dev/null; then
    mkdir -p "$folder-calc"
    cp "$folder/trust.csv" "$folder/mitigations.csv" "$folder-calc/"
    soffice "-env:UserInstallation=file://$folder-calc/.profile" --headless \
        --infilter="CSV:44,34,76,1,,2057,false,false,false,false,false,-1,false" \
        --convert-to xlsx --outdir "$folder-calc" "$folder/academies.csv" > /dev/null 2>&1
    rm -rf "$folder-calc/.profile"
    inputs+=("$folder-calc")
    names+=("Calc-saved .xlsx")
fi
echo "register check, $runs alternating runs each (median wall and CPU time, ms):"
declare -A walls cpus
for ((run = 1; run <= runs; run++)); do
    for i in "${!inputs[@]}"; do
        /usr/bin/time -f "%e %U %S" -o "$folder.time" "$matrisk" register check --as-of 2026-11-22 "${inputs[$i]}" > /dev/null 2>&1 || true
        read -r wall user system < <(tail -1 "$folder.time")
        walls[$i]+="$(echo "$wall * 1000" | bc) "
        cpus[$i]+="$(echo "($user + $system) * 1000" | bc) "
    done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
for i in "${!inputs[@]}"; do
    size=$(du -sh --exclude=.profile "${inputs[$i]}" | cut -f1)
    printf '  %-24s wall %6.0f  CPU %6.0f  (%s)\n' "${names[$i]}" "$(echo "${walls[$i]}" | median)" "$(echo "${cpus[$i]}" | median)" "$size"
done
