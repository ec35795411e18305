#!/usr/bin/env bash
# tests/bench/make_bench_db.sh — the database the read-side benchmarks run on.
#
# Usage: make_bench_db.sh CONCEPTDB CORPUS_DIR OUT.sqlite MENTIONS ROWS
#
# Builds the real (small) corpus with `conceptdb build`, then adds synthetic facts with plain
# SQL: MENTIONS more mentions, consistent with db/schema.sql:
#   - 50 documents of one synthetic file, sections of 10 passages, 2 sentences per passage
#     (MENTIONS / 10 passages), one citation per 8 mentions;
#   - mentions of the vocabulary's real concepts, skewed (the concepts the corpus mentions
#     most are mentioned most: a frequent concept gets about 6% of all mentions), citations
#     of the real sources skewed the same way;
#   - concept_occurrence, cooccurrence, concept_source, concept_tally and source_tally
#     recomputed as the build derives them, so that the relation views describe the whole database (the
#     schema's triggers, which would recount per inserted row, are dropped during the load
#     and made again after it, as the build does);
#   - a table bench_row (id, n, name, note) of ROWS rows for the row-iteration and export
#     benchmarks (a private table: the public views are untouched).
# Everything is deterministic (a multiplicative hash of the row number, no random()), so two
# runs make the same database. Run from the repository root (the build reads db/).
set -euo pipefail

if [ $# -ne 5 ]; then
  echo "usage: make_bench_db.sh CONCEPTDB CORPUS_DIR OUT.sqlite MENTIONS ROWS" >&2
  exit 2
fi
conceptdb=$1 corpus=$2 out=$3 mentions=$4 rows=$5

passages=$(((mentions + 9) / 10))
sections=$(((passages + 9) / 10))
citations=$(((mentions + 7) / 8))
documents=50

rm -f "$out" "$out-wal" "$out-shm"
"$conceptdb" build --corpus "$corpus" --db "$out" >/dev/null
triggers=$(mktemp)
trap 'rm -f "$triggers"' EXIT
sqlite3 "$out" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger'" >"$triggers"
sqlite3 "$out" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_schema WHERE type = 'trigger'" |
  sqlite3 "$out"

# h(x, k): a well-spread 32-bit hash of x (Knuth's multiplicative hash with multiplier k);
# r(x, k) the same as a fraction in [0, 1).
sqlite3 "$out" <<SQL
PRAGMA synchronous = OFF;
PRAGMA foreign_keys = OFF;
BEGIN;
-- The real concepts and sources, the most used first: their rank decides how often the
-- synthetic rows use them.
CREATE TEMP TABLE concept_rank AS
  SELECT row_number() OVER (ORDER BY (SELECT count(*) FROM mention m WHERE m.concept_id = c.id)
                            DESC, c.id) - 1 AS rank,
         c.id AS concept_id,
         (SELECT min(l.id) FROM label l WHERE l.concept_id = c.id) AS label_id
    FROM concept c;
CREATE TEMP TABLE source_rank AS
  SELECT row_number() OVER (ORDER BY (SELECT count(*) FROM citation x WHERE x.source_id = s.id)
                            DESC, s.id) - 1 AS rank, s.id AS source_id
    FROM source s;

INSERT INTO file(id, key, name, sha256, bytes, lines, language)
  VALUES (1000000, 'bench', 'bench.txt', '', 0, 0, 'nl');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $documents)
INSERT INTO document(id, file_id, key, kind, title, year, language, first_line, last_line)
  SELECT 1000000 + i, 1000000, 'bench-' || i, 'article', 'Synthetisch artikel ' || i, 2025,
         'nl', 1, $passages FROM n;
-- Section s belongs to document 1 + (s - 1) % documents; passage p to section 1 + (p - 1) / 10.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $sections)
INSERT INTO section(id, document_id, seq, title, first_line, last_line)
  SELECT 1000000 + i, 1000001 + (i - 1) % $documents, i, 'Sectie ' || i,
         (i - 1) * 10 + 1, i * 10 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $passages)
INSERT INTO passage(id, document_id, section_id, seq, kind, first_line, last_line, text)
  SELECT 1000000 + i, 1000001 + ((i - 1) / 10) % $documents, 1000001 + (i - 1) / 10, i,
         'body', i, i, 'Synthetische alinea ' || i || '. Tweede zin.' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $passages * 2)
INSERT INTO sentence(id, passage_id, seq, start, end, first_line, last_line, text)
  SELECT 1000000 + i, 1000001 + (i - 1) / 2, 1 + (i - 1) % 2, 0, 10,
         1 + (i - 1) / 2, 1 + (i - 1) / 2, 'Zin ' || i FROM n;

-- Mention m: passage from one hash, sentence from another, concept skewed by r^2.
CREATE TEMP TABLE nc AS SELECT count(*) AS n FROM concept_rank;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $mentions),
picked AS (
  SELECT i,
         ((i * 2654435761) % 4294967296) % $passages AS p,
         ((i * 2246822519) % 4294967296) % 2 AS s,
         CAST((SELECT n FROM nc) * (((i * 3266489917) % 4294967296) / 4294967296.0)
              * (((i * 3266489917) % 4294967296) / 4294967296.0) AS INTEGER) AS rank
    FROM n)
INSERT INTO mention(id, concept_id, label_id, rule, passage_id, sentence_id, start, end,
                    first_line, last_line, text)
  SELECT 10000000 + i, r.concept_id, r.label_id, 'label', 1000001 + p,
         1000001 + 2 * p + s, 0, 5, p + 1, p + 1, 'begrip'
    FROM picked JOIN concept_rank r ON r.rank = picked.rank;

CREATE TEMP TABLE ns AS SELECT count(*) AS n FROM source_rank;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $citations),
picked AS (
  SELECT i,
         ((i * 2654435769) % 4294967296) % $passages AS p,
         ((i * 2246822507) % 4294967296) % 2 AS s,
         CAST((SELECT n FROM ns) * (((i * 3266489909) % 4294967296) / 4294967296.0)
              * (((i * 3266489909) % 4294967296) / 4294967296.0) AS INTEGER) AS rank
    FROM n)
INSERT INTO citation(id, passage_id, sentence_id, start, end, first_line, last_line, text,
                     kind, year, source_id)
  SELECT 10000000 + i, 1000001 + p, 1000001 + 2 * p + s, 6, 20, p + 1, p + 1,
         '(Auteur, 2001)', 'parenthetical', '2001', r.source_id
    FROM picked JOIN source_rank r ON r.rank = picked.rank;

-- The derived tables, as the build makes them: occurrences of the synthetic units, then
-- every pair again from all occurrences.
INSERT INTO concept_occurrence(level, unit_id, concept_id, mentions)
  SELECT 'sentence', sentence_id, concept_id, count(*) FROM mention
   WHERE id >= 10000000 GROUP BY sentence_id, concept_id;
INSERT INTO concept_occurrence(level, unit_id, concept_id, mentions)
  SELECT 'paragraph', passage_id, concept_id, count(*) FROM mention
   WHERE id >= 10000000 GROUP BY passage_id, concept_id;
INSERT INTO concept_occurrence(level, unit_id, concept_id, mentions)
  SELECT 'section', p.section_id, m.concept_id, count(*) FROM mention m
    JOIN passage p ON p.id = m.passage_id
   WHERE m.id >= 10000000 GROUP BY p.section_id, m.concept_id;
INSERT INTO concept_occurrence(level, unit_id, concept_id, mentions)
  SELECT 'document', p.document_id, m.concept_id, count(*) FROM mention m
    JOIN passage p ON p.id = m.passage_id
   WHERE m.id >= 10000000 GROUP BY p.document_id, m.concept_id;
DELETE FROM cooccurrence;
CREATE TEMP TABLE units AS
  SELECT level, count(DISTINCT unit_id) AS n FROM concept_occurrence GROUP BY level;
CREATE TEMP TABLE per_concept AS
  SELECT level, concept_id, count(*) AS k FROM concept_occurrence GROUP BY level, concept_id;
INSERT INTO cooccurrence(level, a_id, b_id, together, a_units, b_units, units)
  SELECT a.level, a.concept_id, b.concept_id, count(*),
         (SELECT k FROM per_concept WHERE level = a.level AND concept_id = a.concept_id),
         (SELECT k FROM per_concept WHERE level = a.level AND concept_id = b.concept_id),
         (SELECT n FROM units WHERE level = a.level)
    FROM concept_occurrence a
    JOIN concept_occurrence b
      ON b.level = a.level AND b.unit_id = a.unit_id AND b.concept_id <> a.concept_id
   GROUP BY a.level, a.concept_id, b.concept_id;
DELETE FROM concept_source;
INSERT INTO concept_source SELECT * FROM concept_source_computed;
DELETE FROM concept_tally;
INSERT INTO concept_tally(concept_id, mentions, documents, mentions_with_narrower)
  SELECT c.id, (SELECT count(*) FROM mention m WHERE m.concept_id = c.id),
         (SELECT count(DISTINCT ps.document_id) FROM mention m
            JOIN passage ps ON ps.id = m.passage_id WHERE m.concept_id = c.id), 0
    FROM concept c;
UPDATE concept_tally SET mentions_with_narrower = t.total
  FROM (SELECT cm.concept_id, sum(n.mentions) AS total
          FROM concept_member cm JOIN concept_tally n ON n.concept_id = cm.member_id
         GROUP BY cm.concept_id) t
 WHERE t.concept_id = concept_tally.concept_id;
DELETE FROM source_tally;
INSERT INTO source_tally(source_id, citations, documents)
  SELECT s.id, (SELECT count(*) FROM citation c WHERE c.source_id = s.id),
         (SELECT count(DISTINCT ps.document_id) FROM citation c
            JOIN passage ps ON ps.id = c.passage_id WHERE c.source_id = s.id)
    FROM source s;
.read $triggers

CREATE TABLE bench_row (
  id   INTEGER PRIMARY KEY,
  n    INTEGER NOT NULL,
  name TEXT NOT NULL,
  note TEXT
) STRICT;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows)
INSERT INTO bench_row(id, n, name, note)
  SELECT i, (i * 2654435761) % 100000, 'rij-' || i,
         CASE WHEN i % 10 = 0 THEN NULL
              ELSE 'notitie ' || (i % 977) || ' over "leiderschap", leren' END FROM n;
COMMIT;
ANALYZE;
SQL
