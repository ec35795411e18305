#!/usr/bin/env bash
# tests/sanitize/expect_finding.sh — runs the canary in one mode and passes only when the
# sanitizer stopped it: a non-zero exit and the sanitizer's report on stderr. A build that
# silently lost its -fsanitize flags exits 0 (or without the report) and fails here.
set -u
canary=${1:?usage: expect_finding.sh CANARY MODE PATTERN}
mode=${2:?usage: expect_finding.sh CANARY MODE PATTERN}
pattern=${3:?usage: expect_finding.sh CANARY MODE PATTERN}
# The canary's own findings must stop it whatever the caller's options say, and its report
# must come to stderr (to be read here), not to sanitize.sh's report folder (which counts
# every report there as a finding in our code). Later options win over earlier ones.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1:halt_on_error=1:log_path=stderr"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}halt_on_error=1:log_path=stderr"
output=$("$canary" "$mode" 2>&1)
status=$?
if [ "$status" -eq 0 ]; then
  echo "FAIL: canary '$mode' exited 0: the sanitizer did not stop it (are the -fsanitize" \
    "flags still on? configure with -DCONCEPTDB_SANITIZE=ON)"
  printf '%s\n' "$output"
  exit 1
fi
if ! grep -qE "$pattern" <<<"$output"; then
  echo "FAIL: canary '$mode' exited $status without a report matching '$pattern':"
  printf '%s\n' "$output"
  exit 1
fi
echo "ok: canary '$mode' stopped (exit $status) with a report matching '$pattern'"
