#!/usr/bin/env bash
# tests/bench/gen_corpus_test.sh — the synthetic corpus is deterministic and builds.
#
#   gen_corpus_test.sh GEN_CORPUS CONCEPTDB WORKDIR
#
# Generates 1 MB twice with the same seed (the files must be byte-identical) and once with
# another seed (they must differ), builds a database from it with `conceptdb build`, and
# checks that the build found citations, sources, reference entries and mentions, including
# the citations gen_corpus plants in its first file.
set -euo pipefail
gen=$1 conceptdb=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$gen" --out "$work/a" --megabytes 1 --seed 7
"$gen" --out "$work/b" --megabytes 1 --seed 7
"$gen" --out "$work/c" --megabytes 1 --seed 8
diff -r "$work/a" "$work/b" >/dev/null || fail "the same seed gave different files"
if diff -q "$work/a/corpus" "$work/c/corpus" >/dev/null; then fail "another seed gave the same text"; fi
files=$(ls "$work/a/corpus" | wc -l)
[ "$files" -ge 4 ] || fail "1 MB should be several files, got $files"
concepts=$(grep -c '^\[\[concept\]\]' "$work"/a/db/vocabulary/*.toml | awk -F: '{n += $2} END {print n}')
[ "$concepts" -ge 1000 ] || fail "expected 1000 concepts or more, got $concepts"

db="$work/a/db/bench.sqlite"
"$conceptdb" build --corpus "$work/a/corpus" --manifest "$work/a/db/corpus.toml" --db "$db" \
  2> "$work/build.log" || { cat "$work/build.log" >&2; fail "conceptdb build failed"; }

count() { "$conceptdb" query --db "$db" --format tsv "$1" | tail -n 1 | tr -d '\r'; }
at_least() {  # NAME SQL MIN
  local n; n=$(count "$2")
  [ "$n" -ge "$3" ] || fail "$1: $n, expected at least $3"
  echo "$1: $n"
}
at_least documents "SELECT count(*) FROM v_document" 16
at_least citations "SELECT count(*) FROM v_citation" 500
at_least sources "SELECT count(*) FROM v_source" 50
at_least "reference entries" "SELECT count(*) FROM v_reference" 100
at_least mentions "SELECT count(*) FROM v_mention" 5000
at_least "concepts mentioned" "SELECT count(*) FROM v_concept WHERE mentions > 0" 200
at_least "furniture lines" "SELECT count(*) FROM layout_line" 20
at_least "line-end hyphens" "SELECT count(*) FROM hyphen_join" 100
# The planted citations, each in one of the forms the extractor knows.
for key in plantinga-zwaneveldt2011 oosterbroekema1999 wijnstrabos-etal2016; do
  at_least "citations of $key" "SELECT count(*) FROM v_citation WHERE source_key = '$key'" 1
done
at_least "planted locator" \
  "SELECT count(*) FROM v_citation WHERE source_key = 'wijnstrabos-etal2016' AND locator = 'p. 12'" 1
at_least "gespreid leiderschap mentions" \
  "SELECT count(*) FROM v_mention WHERE concept_key = 'gespreid-leiderschap'" 1
echo "ok"
