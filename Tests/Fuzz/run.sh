#!/usr/bin/env bash
# Builds matrisk's libFuzzer harnesses (Tests/Fuzz/Harnesses) and runs each for a while:
#
#   Tests/Fuzz/run.sh [seconds per harness, default 60] [harness ...]
#       (csv, register, scenario, inflate, zip, xml, workbook)
#
# The modules are compiled by SwiftPM with libFuzzer's coverage and AddressSanitizer into
# .build-fuzz (ignored by git), each harness is linked against the modules it needs, and
# libFuzzer runs it from the seed corpus in Tests/Fuzz/Corpus/<harness>. New inputs it finds go
# to .build-fuzz/corpus/<harness>, crash reproducers to .build-fuzz/artifacts/. Any crash,
# timeout, out-of-memory or broken property fails the script, naming the reproducer.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(csv register scenario inflate zip xml workbook)
build=.build-fuzz
# Swift's own crash backtracer reads the stack in a way AddressSanitizer reports as a bug of its
# own; libFuzzer and ASan print the crash instead.
export SWIFT_BACKTRACE=enable=no
mkdir -p "$build/bin" "$build/artifacts"

echo "== building the modules with -sanitize=fuzzer,address"
swift build -c release --scratch-path "$build" --target Reports -Xswiftc -sanitize=fuzzer,address 2>&1 | tail -1

# The modules each harness links, in dependency order.
modules_for() {
    case "$1" in
        csv) echo "CSV" ;;
        register) echo "CSV JSONDocument Archive SafeXML Workbook RiskRegister" ;;
        scenario) echo "CSV JSONDocument MonteCarlo RiskRegister TrustModel Archive SafeXML Workbook Reports" ;;
        inflate | zip) echo "Archive" ;;
        xml) echo "SafeXML" ;;
        workbook) echo "CSV Archive SafeXML Workbook" ;;
        *) echo "unknown harness '$1'" >&2; exit 64 ;;
    esac
}

# The longest input libFuzzer makes for each harness: a workbook's ZIP needs its end, so whole
# fixture workbooks must fit.
max_len_for() {
    case "$1" in
        zip | workbook) echo 65536 ;;
        *) echo 16384 ;;
    esac
}

# The modules give `package` access only to code compiled with their package name, which SwiftPM
# derives from the checkout's folder; it is read back from the build description.
package_name=$(grep -A1 '"-package-name",' "$build/release/description.json" | sed -n 2p | tr -d ' ",')

for harness in "${harnesses[@]}"; do
    objects=()
    for module in $(modules_for "$harness"); do objects+=("$build"/release/"$module".build/*.o); done
    echo "== linking $harness"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -use-ld=lld -package-name "$package_name" -I "$build/release/Modules" \
        "Tests/Fuzz/Harnesses/$harness.swift" "${objects[@]}" -o "$build/bin/fuzz-$harness"
done

for harness in "${harnesses[@]}"; do
    mkdir -p "$build/corpus/$harness"
    dictionary=()
    [ -f "Tests/Fuzz/Dictionaries/$harness.dict" ] && dictionary=("-dict=Tests/Fuzz/Dictionaries/$harness.dict")
    echo "== fuzzing $harness for ${seconds}s"
    # -max_len: a register, scenario or workbook a fuzzer can usefully mutate; the 1 MB and
    # 1,000,000-column cases are in the bad-input catalogue instead. -rss_limit_mb: the product's own memory bound
    # for one file. -timeout: no input may take seconds.
    if ! "$build/bin/fuzz-$harness" "$build/corpus/$harness" "Tests/Fuzz/Corpus/$harness" "${dictionary[@]}" \
        -max_total_time="$seconds" -max_len="$(max_len_for "$harness")" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$harness-" 2>"$build/fuzz-$harness.log"; then
        tail -60 "$build/fuzz-$harness.log"
        echo "fuzz: $harness failed; the reproducer is in $build/artifacts/ (run: $build/bin/fuzz-$harness FILE)" >&2
        exit 1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "$build/fuzz-$harness.log" | sed "s/^/  $harness: /"
done
echo "fuzz: ${#harnesses[@]} harnesses ran ${seconds}s each with no crash"
