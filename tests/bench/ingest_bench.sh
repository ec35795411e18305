#!/usr/bin/env bash
# tests/bench/ingest_bench.sh — how fast `conceptdb build` ingests, per stage and end to end,
# at 10 MB, 100 MB and 1 GB of synthetic corpus, as ratios to loops measured in the same run.
#
#   tests/bench/ingest_bench.sh [BUILD_DIR]       (default: build)
#   BENCH_SIZES="10 100"   sizes in MB (default "10 100 1000"); BENCH_WORK=DIR for the corpora
#   BENCH_SEED=S           the generator's seed (default 1)
#
# Prints one line per measurement on stdout, tab-separated, for the bench harness:
#   RESULT group name measured unit reference-name reference-value ratio target met
# and notes on stderr. MB/s per core is corpus bytes / (user + sys CPU seconds): the build is
# single-threaded, so this is what one core gets through, whatever else the machine is doing.
# The stages' MB/s come from `conceptdb build --timings` and are wall time (they interleave
# inside one process). The references: raw_scan (read every file and count lines and words,
# the floor of any ingest) and the sqlite3 shell importing the same lines as rows (the floor
# of storing them). A size that does not fit the free disk or memory is skipped, saying why.
set -euo pipefail

build_dir=${1:-build}
sizes=${BENCH_SIZES:-10 100 1000}
seed=${BENCH_SEED:-1}
work=${BENCH_WORK:-$build_dir/bench-ingest}
conceptdb=$build_dir/conceptdb
gen=$build_dir/tests/bench/gen_corpus
raw=$build_dir/tests/bench/raw_scan
target_mbs=25
for tool in "$conceptdb" "$gen" "$raw"; do
  [ -x "$tool" ] || { echo "ingest_bench: $tool is missing; build the targets conceptdb, gen_corpus and raw_scan first" >&2; exit 1; }
done
mkdir -p "$work"

note() { echo "ingest_bench: $*" >&2; }
result() { printf 'RESULT\tingest\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }
rate() { awk -v bytes="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", bytes / 1e6 / s; else print "-" }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? "yes" : "no" }'; }

# CPU seconds (user + sys) of a command, its output thrown away: "cpu wall peak_kb".
measure() {
  local out=$work/measure.$$
  /usr/bin/time -f '%U %S %e %M' -o "$out" "$@" >/dev/null 2>"$work/measure.err" || {
    cat "$work/measure.err" >&2; return 1; }
  awk '{ printf "%.3f %.3f %d\n", $1 + $2, $3, $4 }' "$out"
  rm -f "$out"
}

# Room for a size: the corpus, its database (about 4× the text) and the old database while
# the new one is written; memory: the build holds the corpus, its lines and its passages
# (measured: about 10× the text at 100 MB).
fits() {
  local mb=$1
  local free_disk_mb free_mem_mb
  free_disk_mb=$(df -Pm "$work" | awk 'NR == 2 { print $4 }')
  free_mem_mb=$(awk '/MemAvailable/ { print int($2 / 1024) }' /proc/meminfo)
  if [ $((mb * 10)) -gt "$free_disk_mb" ]; then
    echo "needs about $((mb * 10)) MB of disk, $free_disk_mb MB free"; return 1
  fi
  # Peak memory measured at 100 MB: about 4x the corpus (the phrase map and in-memory index sorts).
  if [ $((mb * 5 + 500)) -gt "$free_mem_mb" ]; then
    echo "needs about $((mb * 5 + 500)) MB of memory, $free_mem_mb MB available"; return 1
  fi
}

first_mbs="" first_size="" last_mbs="" last_size=""
for mb in $sizes; do
  if ! why=$(fits "$mb"); then
    note "skipped $mb MB: $why"
    result "build $mb MB: skipped ($why)" - - - - - - -
    continue
  fi
  dir=$work/corpus-$mb-$seed
  if [ ! -f "$dir/done" ]; then
    rm -rf "$dir"
    gen_cpu=$(measure "$gen" --out "$dir" --megabytes "$mb" --seed "$seed" | awk '{ print $2 }')
    note "generated $mb MB in $gen_cpu s (wall)"
    touch "$dir/done"
  fi
  bytes=$(cat "$dir"/corpus/*.txt | wc -c)

  raw_cpu=$(for _ in 1 2 3; do "$raw" "$dir/corpus"; done | awk '{ print $4 }' | sort -g | head -n 1)
  raw_mbs=$(rate "$bytes" "$raw_cpu")

  # sqlite3 importing the same lines as rows of one table (tabs mode: the text has no TABs).
  import_mbs="-"
  if command -v sqlite3 >/dev/null; then
    rm -f "$work/import.sqlite"
    cat "$dir"/corpus/*.txt > "$work/lines.txt"
    import_cpu=$(measure sqlite3 "$work/import.sqlite" "CREATE TABLE line(text TEXT)" \
      ".mode tabs" ".import $work/lines.txt line" | awk '{ print $1 }')
    import_mbs=$(rate "$bytes" "$import_cpu")
    rm -f "$work/import.sqlite" "$work/lines.txt"
  fi

  db=$work/bench-$mb.sqlite
  rm -f "$db"
  log=$work/build-$mb.log
  stats=$(/usr/bin/time -f '%U %S %e %M' "$conceptdb" build --corpus "$dir/corpus" \
    --manifest "$dir/db/corpus.toml" --db "$db" --timings 2>"$log" && tail -n 1 "$log") || {
    cat "$log" >&2; note "the build of $mb MB failed"; exit 1; }
  read -r user sys wall peak_kb <<<"$stats"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')
  build_mbs=$(rate "$bytes" "$cpu")
  note "$mb MB: build $cpu s CPU, $wall s wall, $((peak_kb / 1024)) MB peak; raw scan $raw_cpu s"

  result "build $mb MB end to end" "$build_mbs" "MB/s per core (bytes / user+sys s)" \
    "raw read+scan loop" "$raw_mbs" "$(ratio "$build_mbs" "$raw_mbs")" "≥$target_mbs MB/s per core" \
    "$(at_least "$build_mbs" "$target_mbs")"
  if [ "$import_mbs" != "-" ]; then
    result "build $mb MB vs sqlite3 .import" "$build_mbs" "MB/s per core" \
      "sqlite3 .import of the lines" "$import_mbs" "$(ratio "$build_mbs" "$import_mbs")" - -
  fi
  result "build $mb MB peak memory" "$((peak_kb / 1024))" "MB" "corpus size" "$mb" \
    "$(ratio "$((peak_kb / 1024))" "$mb")" - -
  # Each stage: its wall time from --timings, as MB/s of the whole corpus.
  grep '^  timing: ' "$log" | sed 's/^  timing: //' | while IFS= read -r line; do
    stage=${line%%: *}
    rest=${line#*: }
    seconds=${rest%% s*}
    case $stage in
      other | end\ to\ end*) continue ;;
    esac
    stage_mbs=$(rate "$bytes" "$seconds")
    result "build $mb MB stage: $stage" "$stage_mbs" "MB/s (wall)" "raw read+scan loop" \
      "$raw_mbs" "$(ratio "$stage_mbs" "$raw_mbs")" - -
  done

  if [ -z "$first_mbs" ]; then first_mbs=$build_mbs first_size=$mb; fi
  last_mbs=$build_mbs last_size=$mb
  rm -f "$db"
done

if [ -n "$first_mbs" ] && [ "$last_size" != "$first_size" ]; then
  r=$(ratio "$last_mbs" "$first_mbs")
  result "linearity: MB/s at $last_size MB / at $first_size MB" "$r" "ratio" \
    "build $first_size MB" "$first_mbs" "$r" "≈1 (≥0.8: linear)" "$(at_least "$r" 0.8)"
fi
