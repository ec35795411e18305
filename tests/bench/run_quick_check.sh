#!/usr/bin/env bash
# tests/bench/run_quick_check.sh — the ctest smoke test of the benchmark harness.
#
# Usage: BENCH_QUICK=1 BENCH_OUT_DIR=DIR run_quick_check.sh PATH/TO/tests/bench/run
# Runs the harness on small sizes and checks what a user of `make bench` relies on: it ends
# well, writes DIR/results.md, and the table has the header and a row of every group. It
# never looks at the timings: on small sizes and a shared machine they mean nothing.
set -euo pipefail
harness=$1
out=${BENCH_OUT_DIR:?set BENCH_OUT_DIR}
rm -f "$out/results.md"
bash "$harness" >"$out.stdout" 2>"$out.stderr" || {
  echo "the harness failed:" >&2
  tail -30 "$out.stderr" >&2
  exit 1
}
table=$out/results.md
[ -s "$table" ] || { echo "no table written to $table" >&2; exit 1; }
grep -q '^| benchmark | measured | reference | ratio | target | met |$' "$table" ||
  { echo "the table has no header row" >&2; exit 1; }
groups=(rows export relations startup matcher)
[ -f "$(dirname "$harness")/ingest_bench.sh" ] && groups+=(ingest)
for group in "${groups[@]}"; do
  grep -q "^| $group: " "$table" || { echo "no '$group' row in the table:" >&2; cat "$table" >&2; exit 1; }
done
# Every row has six cells, and the met column says yes, no or -.
bad=$(grep '^| [a-z]*: ' "$table" | awk -F' \\| ' 'NF != 6 || $6 !~ /^(yes|no|-) \|$/' || true)
[ -z "$bad" ] || { echo "malformed rows:" >&2; echo "$bad" >&2; exit 1; }
echo "bench harness: $(grep -c '^| [a-z]*: ' "$table") results in $table"
