#!/bin/sh
# matrisk against the numpy model of the same trust (Tests/Benchmarks/numpy_trust.py), side by side.
#
#     Tests/Benchmarks/compare-numpy.sh .build/release/matrisk [trials] [alternations] [academies]
#
# Builds nothing: give it a release build of matrisk. It writes the canonical trust of
# 'matrisk bench' with 'matrisk bench --write-scenario' into a fresh temporary folder, then runs,
# alternately and N times over, 'matrisk simulate' on 1 and 2 threads and the numpy model on 1
# and 2 processes, each the whole process timed by /usr/bin/time (wall seconds, peak resident
# memory). It prints the medians, ns per academy-year, the ratio numpy ÷ matrisk, and the
# agreement of the headline figures (trust reserves at the end: mean, P5, P50, P95; central
# reserves at the end: mean; P(central reserves < 0) in each year) in units of their combined standard error.
#
# Run by hand, not in CI: it needs python3 with numpy. The numpy figure of peak memory on 2
# processes is the largest single process's (GNU time reports the largest, not the sum).
set -eu
matrisk=${1:?usage: compare-numpy.sh MATRISK [trials] [alternations] [academies]}
trials=${2:-20000}
alternations=${3:-3}
academies=${4:-40}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/matrisk-numpy.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

"$matrisk" bench --write-scenario "$work/canonical" --academies "$academies" --trials "$trials" 2>/dev/null
scenario="$work/canonical/scenario.json"

run() { # name, output file, command...
    name=$1; out=$2; shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$out"
    echo "$name $(cat "$work/time")" >>"$work/timings"
}

: >"$work/timings"
i=1
while [ "$i" -le "$alternations" ]; do
    run "matrisk-1" "$work/matrisk.json" "$matrisk" simulate "$scenario" --format json --threads 1
    run "numpy-1" "$work/numpy.json" python3 "$here/numpy_trust.py" "$scenario" --json --processes 1
    run "matrisk-2" "$work/matrisk.json" "$matrisk" simulate "$scenario" --format json --threads 2
    run "numpy-2" "$work/numpy.json" python3 "$here/numpy_trust.py" "$scenario" --json --processes 2
    i=$((i + 1))
done

python3 - "$work/timings" "$work/matrisk.json" "$work/numpy.json" "$trials" "$alternations" <<'PY'
import json, math, statistics, sys
timings, matrisk_out, numpy_out, trials, alternations = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
runs = {}
for line in open(timings):
    name, wall, rss = line.split()
    runs.setdefault(name, []).append((float(wall), int(rss) / 1024))
m = json.load(open(matrisk_out))
n = json.load(open(numpy_out))
dist = {(r["year"], r["figure"]): r for r in m["tables"]["distributions"]["rows"]}
years = sorted({y for y, _ in dist})
academy_years = sum(dist[(y, "academies.count")]["mean"] for y in years) * trials
print(f"{trials:,} trials, {academy_years / 1e6:.2f} M academy-years; medians of {alternations} alternating runs, whole process")
print()
print("| run | wall (median) | ns per academy-year | peak RSS (median) | numpy ÷ matrisk |")
print("|---|---|---|---|---|")
med = {k: (statistics.median(w for w, _ in v), statistics.median(r for _, r in v)) for k, v in runs.items()}
for who, label in (("1", "1 thread / process"), ("2", "2 threads / processes")):
    for tool in ("matrisk", "numpy"):
        wall, rss = med[f"{tool}-{who}"]
        ratio = f"{med['numpy-' + who][0] / med['matrisk-' + who][0]:.2f}×" if tool == "numpy" else ""
        unit = ("thread" if tool == "matrisk" else "process") + ("" if who == "1" else ("s" if tool == "matrisk" else "es"))
        print(f"| {tool}, {who} {unit} | {wall:.2f} s | {wall * 1e9 / academy_years:.0f} | {rss:.0f} MiB | {ratio} |")
print()
print("Agreement (difference ÷ combined standard error; matrisk's percentile SE is taken as numpy's, same trials):")
print()
print("| figure | matrisk | numpy | difference / SE |")
print("|---|---|---|---|")
last = years[-1]
end = dist[(last, "trust.reserves")]
centre = dist[(last, "central.reserves")]
mine = {"trust reserves at the end, mean": (end["mean"], end["meanStandardError"])}
mine["central reserves at the end, mean"] = (centre["mean"], centre["meanStandardError"])
for p in (5, 50, 95):
    key = f"trust reserves at the end, P{p}"
    mine[key] = (end[f"p{p}"], n["figures"][key]["se"])
for r in m["tables"]["probabilities"]["rows"]:
    if r["event"] == "central.reserves < 0":
        mine[f"P(central reserves < 0) in {r['year']}"] = (r["probability"], r["probabilityStandardError"])
worst = 0
for key, (value, se) in mine.items():
    other = n["figures"][key]
    combined = math.hypot(se, other["se"])
    z = (value - other["value"]) / combined if combined > 0 else (0 if value == other["value"] else math.inf)
    worst = max(worst, abs(z))
    fmt = (lambda v: f"{v:.4f}") if key.startswith("P(") else (lambda v: f"{'-' if v < 0 else ''}£{abs(v):,.0f}")
    print(f"| {key} | {fmt(value)} | {fmt(other['value'])} | {z:+.2f} |")
print()
print(f"Largest |difference| / SE: {worst:.2f} over {len(mine)} figures.")
PY
