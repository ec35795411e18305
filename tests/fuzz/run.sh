#!/usr/bin/env bash
# tests/fuzz/run.sh — builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz if
# needed and fuzzes every target for SECONDS each (default 60, or $FUZZ_SECONDS), two at a
# time, starting from its seeds and regressions. Prints the executions per target; exits
# non-zero when any target crashed, leaked, timed out or broke a property, keeping the input
# that did it (build-fuzz/fuzz-out/NAME/crash-*): replay it with fuzz_replay_NAME (or fuzz_NAME
# INPUT), fix the bug, and copy the input into tests/fuzz/regressions/NAME/ so that ctest
# replays it in every build from then on.
# Usage: tests/fuzz/run.sh [SECONDS]      FUZZ_JOBS=2 FUZZ_BUILD_DIR=... FUZZ_TARGETS="a b"
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-${FUZZ_SECONDS:-60}}
jobs=${FUZZ_JOBS:-2}
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
all_targets=(passages citations reference_entry toml_loaders row_writers lua_api)
read -r -a targets <<< "${FUZZ_TARGETS:-${all_targets[*]}}"

# Per target: the longest input worth trying (a file, a reference list, a TOML file, a table,
# a script of 32 statements), and the memory a run may take (the Lua target builds a database
# and runs scripts with a 64 MB Lua budget, all under ASan).
max_len() {
  case $1 in
    passages) echo 4096 ;;
    toml_loaders) echo 4096 ;;
    citations | reference_entry) echo 2048 ;;
    row_writers) echo 1024 ;;
    lua_api) echo 256 ;;
    *) echo 4096 ;;
  esac
}
rss_limit() { [ "$1" = lua_api ] && echo 2048 || echo 1024; }

if ! command -v clang++ >/dev/null; then
  echo "run.sh: clang++ not found; install clang and libclang-rt-14-dev (scripts/install-deps)" >&2
  exit 2
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCONCEPTDB_FUZZ=ON -DCONCEPTDB_TESTS=OFF \
    -DCONCEPTDB_WERROR=ON $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) \
    >/dev/null || { echo "run.sh: configuring $build failed" >&2; exit 2; }
fi
fuzzers=()
for t in "${targets[@]}"; do fuzzers+=("fuzz_$t"); done
cmake --build "$build" -j"$jobs" --target "${fuzzers[@]}" >"$build/fuzz-build.log" 2>&1 || {
  tail -30 "$build/fuzz-build.log" >&2
  echo "run.sh: building the fuzzers failed (log: $build/fuzz-build.log)" >&2
  exit 2
}

out=$build/fuzz-out
mkdir -p "$out"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Fuzzes one target; its new inputs go to a working corpus, never into the seed folder.
fuzz_one() {
  local t=$1 dir=$out/$1
  mkdir -p "$dir/corpus"
  local dict=()
  [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
  # The Lua target's Graphviz context lives as long as the process and leaves a buffer of
  # its own behind at exit (see lsan.supp): its leaks are checked after every input, as
  # libFuzzer does, but not at exit.
  local asan=$ASAN_OPTIONS
  [ "$t" = lua_api ] && asan=$asan:leak_check_at_exit=0
  (cd "$dir" && ASAN_OPTIONS=$asan "$build/tests/fuzz/fuzz_$t" "$dir/corpus" "$here/seeds/$t" "$here/regressions/$t" \
    "${dict[@]}" -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 \
    -rss_limit_mb="$(rss_limit "$t")" -print_final_stats=1 -artifact_prefix="$dir/" \
    >"$dir/log" 2>&1)
  echo $? >"$dir/status"
}

start=$(date +%s)
running=0
for t in "${targets[@]}"; do
  rm -f "$out/$t"/crash-* "$out/$t"/leak-* "$out/$t"/timeout-* "$out/$t"/oom-* "$out/$t/status"
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

failed=0
printf '%-16s %12s %10s  %s\n' target executions exec/s result
for t in "${targets[@]}"; do
  log=$out/$t/log
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" 2>/dev/null | tail -1 | grep -o '[0-9]*$')
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" 2>/dev/null | tail -1 | grep -o '[0-9]*$')
  status=$(cat "$out/$t/status" 2>/dev/null || echo "?")
  artifacts=$(ls "$out/$t"/crash-* "$out/$t"/leak-* "$out/$t"/timeout-* "$out/$t"/oom-* 2>/dev/null)
  if [ "$status" = 0 ] && [ -z "$artifacts" ]; then
    result=ok
  else
    result="FAILED (exit $status; log $log) ${artifacts//$'\n'/ }"
    failed=1
  fi
  printf '%-16s %12s %10s  %s\n' "$t" "${runs:-?}" "${speed:-?}" "$result"
done
echo "fuzzed ${#targets[@]} targets for ${seconds}s each, $jobs at a time, in $(( $(date +%s) - start ))s"
exit $failed
