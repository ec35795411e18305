-- db/schema.sql — the conceptdb database schema (compiled into the binary).
--
-- Core tables are STRICT and private to conceptdb; the views whose names start with v_ are
-- the public contract for scripts and users: they change only by adding columns at the end.
-- Every row that holds text from the corpus carries its original line range in its file.
-- PRAGMA user_version holds the schema version (store/schema.hpp, kSchemaVersion).
-- CHECKs on a list of values are written `x = 'a' OR x = 'b'`, not `x IN ('a', 'b')`: SQLite
-- builds a temporary b-tree for an IN list at every INSERT, which doubled the cost of a row.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- One corpus file as read at build time.
CREATE TABLE file (
  id       INTEGER PRIMARY KEY,
  key      TEXT NOT NULL UNIQUE,      -- short stable key from the manifest ('000')
  name     TEXT NOT NULL UNIQUE,      -- file name inside the corpus folder
  sha256   TEXT NOT NULL,
  bytes    INTEGER NOT NULL,
  lines    INTEGER NOT NULL,
  language TEXT NOT NULL
) STRICT;

-- A document: a whole file, or a part of a compound file (an article of a magazine issue,
-- a chapter of a book), as the manifest describes it. Parts point to their parent.
CREATE TABLE document (
  id         INTEGER PRIMARY KEY,
  file_id    INTEGER NOT NULL REFERENCES file(id),
  parent_id  INTEGER REFERENCES document(id),
  key        TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL,
  title      TEXT,
  subtitle   TEXT,
  year       INTEGER,
  year_end   INTEGER,
  language   TEXT NOT NULL,
  inferred   TEXT NOT NULL DEFAULT '',   -- comma-separated fields inferred, not printed
  note       TEXT,
  first_line INTEGER NOT NULL,
  last_line  INTEGER NOT NULL,
  CHECK (first_line <= last_line)
) STRICT;
CREATE INDEX document_file ON document(file_id, first_line);
CREATE INDEX document_parent ON document(parent_id);

CREATE TABLE document_author (
  document_id INTEGER NOT NULL REFERENCES document(id),
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
) STRICT, WITHOUT ROWID;

-- A section: the passages of a document from one heading to the next. The text before the
-- first heading (a lead, an introduction) is a section without a title.
CREATE TABLE section (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  seq         INTEGER NOT NULL,          -- order within the document, from 1
  title       TEXT,
  first_line  INTEGER NOT NULL,
  last_line   INTEGER NOT NULL,
  UNIQUE (document_id, seq)
) STRICT;

-- A passage: one paragraph (or heading, caption, box, pull quote, bio, reference block,
-- byline, list item) of a document, with the original lines it was read from. A paragraph
-- that a column, a footer or a box split is one passage again; its lines then skip the box.
CREATE TABLE passage (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES document(id),
  section_id    INTEGER NOT NULL REFERENCES section(id),
  seq           INTEGER NOT NULL,        -- order within the document, from 1
  kind          TEXT NOT NULL,
  first_line    INTEGER NOT NULL,
  last_line     INTEGER NOT NULL,
  text          TEXT NOT NULL,
  duplicate_of  INTEGER REFERENCES passage(id),  -- a pull quote: the passage it repeats
  replacement_characters INTEGER NOT NULL DEFAULT 0,  -- U+FFFD in the text (damage)
  UNIQUE (document_id, seq),
  CHECK (first_line <= last_line)
) STRICT;
CREATE INDEX passage_section ON passage(section_id);
CREATE INDEX passage_lines ON passage(document_id, first_line);
-- Read side: a passage's document and section without reading its text (the relation views
-- look them up once per mention or citation).
CREATE INDEX passage_units ON passage(id, document_id, section_id);

-- The offset map of a passage: from byte `start` of its text on, the text came from
-- (line, column) of the file (column: 0-based byte offset in the line). `verbatim` = 0
-- marks replaced or inserted text (a joining space, "ij" for "ĳ").
CREATE TABLE passage_span (
  passage_id INTEGER NOT NULL REFERENCES passage(id),
  start      INTEGER NOT NULL,
  line       INTEGER NOT NULL,
  col        INTEGER NOT NULL,
  verbatim   INTEGER NOT NULL,
  PRIMARY KEY (passage_id, start)
) STRICT, WITHOUT ROWID;

-- A sentence of a passage: bytes [start, end) of the passage's text.
CREATE TABLE sentence (
  id         INTEGER PRIMARY KEY,
  passage_id INTEGER NOT NULL REFERENCES passage(id),
  seq        INTEGER NOT NULL,           -- order within the passage, from 1
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  first_line INTEGER NOT NULL,
  last_line  INTEGER NOT NULL,
  text       TEXT NOT NULL,
  UNIQUE (passage_id, seq)
) STRICT;
CREATE INDEX sentence_lines ON sentence(first_line);

-- Every line-end hyphen that joined two lines, with the decision and the rule behind it.
CREATE TABLE hyphen_join (
  file_id INTEGER NOT NULL REFERENCES file(id),
  line    INTEGER NOT NULL,              -- the line that ends with '-'
  left    TEXT NOT NULL,
  right   TEXT NOT NULL,
  choice  TEXT NOT NULL CHECK (choice = 'keep' OR choice = 'drop' OR choice = 'keep-space'),
  rule    TEXT NOT NULL,
  PRIMARY KEY (file_id, line)
) STRICT, WITHOUT ROWID;

-- Lines left out of the text as page furniture (footers, running heads, page numbers,
-- chapter labels), kept so that every line of a file is accounted for.
CREATE TABLE layout_line (
  file_id INTEGER NOT NULL REFERENCES file(id),
  line    INTEGER NOT NULL,
  role    TEXT NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY (file_id, line)
) STRICT, WITHOUT ROWID;

-- Full-text index over passages; diacritics folded so 'creeren' finds 'creëren'.
CREATE VIRTUAL TABLE passage_fts USING fts5(
  text,
  content = 'passage',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- What the boundary heuristics proposed (end marks, bylines, chapter labels, interview
-- openers), for `conceptdb check` to compare with the manifest's reviewed parts.
CREATE TABLE boundary_hint (
  file_id INTEGER NOT NULL REFERENCES file(id),
  line    INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  text    TEXT NOT NULL,
  PRIMARY KEY (file_id, line, kind)
) STRICT, WITHOUT ROWID;

-- ---------------------------------------------------------------- citations and sources

-- A cited work: one row per work across the whole corpus, whichever spelling cited it.
-- `key` is stable: the authors' surnames without particles, folded to ASCII, and the year
-- ('kessels2001', 'bakker-schaufeli2008', 'kessels-etal2011', 'stam2007b').
CREATE TABLE source (
  id           INTEGER PRIMARY KEY,
  key          TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL CHECK (kind = 'work' OR kind = 'organisation' OR kind = 'legal'),
  first_author TEXT NOT NULL,            -- the spelling cited most often
  year         TEXT,                     -- as printed, with its suffix; NULL for a law
  et_al        INTEGER NOT NULL DEFAULT 0,  -- only known as "X et al."
  title        TEXT,                     -- from a reference entry or the text; never invented
  container    TEXT,
  publisher    TEXT,
  url          TEXT,
  title_from   TEXT,                     -- where the title was read: 'file:line'
  merge_note   TEXT                      -- why citations of other spellings were merged here
) STRICT;

CREATE TABLE source_author (
  source_id INTEGER NOT NULL REFERENCES source(id),
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,
  PRIMARY KEY (source_id, position)
) STRICT, WITHOUT ROWID;

-- Every way the corpus writes a source's authors ('Lakerveld' / 'van Lakerveld').
CREATE TABLE source_variant (
  source_id INTEGER NOT NULL REFERENCES source(id),
  authors   TEXT NOT NULL,               -- '; '-separated, as printed
  citations INTEGER NOT NULL,
  PRIMARY KEY (source_id, authors)
) STRICT, WITHOUT ROWID;

-- An entry of a reference list (or a bibliographic footnote), parsed APA-style.
CREATE TABLE reference_entry (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  first_line  INTEGER NOT NULL,
  last_line   INTEGER NOT NULL,
  origin      TEXT NOT NULL CHECK (origin = 'list' OR origin = 'note'),
  text        TEXT NOT NULL,             -- wrapped lines and broken URLs joined
  authors     TEXT,                      -- '; '-separated surnames
  year        TEXT,
  date        TEXT,
  title       TEXT,
  container   TEXT,
  details     TEXT,
  publisher   TEXT,
  place       TEXT,
  url         TEXT,
  source_id   INTEGER REFERENCES source(id)
) STRICT;
-- Read side: v_source and v_citation look up a source's first reference entry per row.
CREATE INDEX reference_entry_source ON reference_entry(source_id);

-- One cited work at one place of a passage. A group "(A, 2001; B, 2004)" is two rows with
-- the same group number; an inherited year ("1996a, 1996b") is a row of its own.
CREATE TABLE citation (
  id          INTEGER PRIMARY KEY,
  passage_id  INTEGER NOT NULL REFERENCES passage(id),
  sentence_id INTEGER REFERENCES sentence(id),
  start       INTEGER NOT NULL,          -- bytes [start, end) of the passage's text
  end         INTEGER NOT NULL,
  first_line  INTEGER NOT NULL,
  last_line   INTEGER NOT NULL,
  text        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind = 'parenthetical' OR kind = 'narrative' OR kind = 'legal'),
  year        TEXT,
  locator     TEXT,
  group_no    INTEGER,                   -- unique in the database; NULL when alone
  et_al       INTEGER NOT NULL DEFAULT 0,
  inherited   INTEGER NOT NULL DEFAULT 0,  -- the author was carried over from the work before
  source_id   INTEGER REFERENCES source(id)
) STRICT;
-- Read side: covering the joins of v_concept_source and v_source (which source is cited in a
-- sentence or passage; in which passages a source is cited).
CREATE INDEX citation_passage ON citation(passage_id, source_id);
CREATE INDEX citation_sentence ON citation(sentence_id, source_id);
CREATE INDEX citation_source ON citation(source_id, passage_id);

CREATE TABLE citation_author (
  citation_id INTEGER NOT NULL REFERENCES citation(id),
  position    INTEGER NOT NULL,
  name        TEXT NOT NULL,
  PRIMARY KEY (citation_id, position)
) STRICT, WITHOUT ROWID;

-- Pairs of sources that look alike but were kept apart, and merges the build made, with the
-- reason; `conceptdb check` shows them.
CREATE TABLE source_decision (
  source_id INTEGER NOT NULL REFERENCES source(id),
  other_id  INTEGER REFERENCES source(id),
  decision  TEXT NOT NULL CHECK (decision = 'merged' OR decision = 'kept apart'),
  reason    TEXT NOT NULL
) STRICT;

-- ---------------------------------------------------------------- concepts

-- A concept of the curated vocabulary (db/vocabulary/*.toml).
CREATE TABLE concept (
  id              INTEGER PRIMARY KEY,
  key             TEXT NOT NULL UNIQUE,
  theme           TEXT NOT NULL,
  definition      TEXT NOT NULL,
  scope_note      TEXT,
  nested          INTEGER NOT NULL DEFAULT 0,  -- also counted inside longer matched labels
  compounds       INTEGER NOT NULL DEFAULT 1,  -- matched as the head of a compound
  vocabulary_file TEXT NOT NULL,               -- 'leiderschap.toml'
  vocabulary_line INTEGER NOT NULL,
  only_in         TEXT                         -- ', '-separated file or document keys, or NULL
) STRICT;

-- A label of a concept. SKOS rules: one 'pref' per language; pref, alt and hidden labels of
-- a concept are disjoint; no label belongs to two concepts.
CREATE TABLE label (
  id              INTEGER PRIMARY KEY,
  concept_id      INTEGER NOT NULL REFERENCES concept(id),
  kind            TEXT NOT NULL CHECK (kind = 'pref' OR kind = 'alt' OR kind = 'hidden'),
  language        TEXT NOT NULL,
  text            TEXT NOT NULL,
  exact           INTEGER NOT NULL DEFAULT 0,  -- matched as written, no variants
  case_sensitive  INTEGER NOT NULL DEFAULT 0,  -- exact labels and abbreviations (PLG)
  variants        INTEGER NOT NULL DEFAULT 0,  -- spellings generated for matching
  vocabulary_line INTEGER NOT NULL
) STRICT;
CREATE INDEX label_concept ON label(concept_id);

-- A typed relation between two concepts, with the corpus lines that show it.
CREATE TABLE concept_relation (
  from_id         INTEGER NOT NULL REFERENCES concept(id),
  type            TEXT NOT NULL CHECK (type = 'broader' OR type = 'related' OR
                                       type = 'contrasts_with' OR type = 'part_of' OR
                                       type = 'leads_to' OR type = 'requires' OR
                                       type = 'example_of'),
  to_id           INTEGER NOT NULL REFERENCES concept(id),
  evidence_file   TEXT NOT NULL,                -- a file key ('000')
  first_line      INTEGER NOT NULL,
  last_line       INTEGER NOT NULL,
  note            TEXT,
  vocabulary_line INTEGER NOT NULL,
  PRIMARY KEY (from_id, type, to_id)
) STRICT, WITHOUT ROWID;

-- One place where a concept is named: bytes [start, end) of a passage's text, the label and
-- the variant rule that matched ('label', 'plural', 'adjective+plural', 'compound', ...).
CREATE TABLE mention (
  id          INTEGER PRIMARY KEY,
  concept_id  INTEGER NOT NULL REFERENCES concept(id),
  label_id    INTEGER NOT NULL REFERENCES label(id),
  rule        TEXT NOT NULL,
  passage_id  INTEGER NOT NULL REFERENCES passage(id),
  sentence_id INTEGER REFERENCES sentence(id),
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  first_line  INTEGER NOT NULL,
  last_line   INTEGER NOT NULL,
  text        TEXT NOT NULL,
  nested      INTEGER NOT NULL DEFAULT 0   -- inside a longer match (concepts with nested = true)
) STRICT;
-- Read side: covering the joins of v_concept_source (where a concept is mentioned).
CREATE INDEX mention_concept ON mention(concept_id, passage_id, sentence_id);
CREATE INDEX mention_passage ON mention(passage_id);
CREATE INDEX mention_sentence ON mention(sentence_id);

-- Which concepts occur in which unit (a sentence, paragraph, section or document), derived
-- from the mentions at the end of the build: the ground of the co-occurrence measures.
CREATE TABLE concept_occurrence (
  level      TEXT NOT NULL CHECK (level = 'sentence' OR level = 'paragraph' OR
                                  level = 'section' OR level = 'document'),
  unit_id    INTEGER NOT NULL,               -- sentence, passage, section or document id
  concept_id INTEGER NOT NULL REFERENCES concept(id),
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (level, unit_id, concept_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX concept_occurrence_concept ON concept_occurrence(level, concept_id);

-- Pairs of concepts in the same unit, both ways round: `together` units hold both, `a_units`
-- and `b_units` hold each, `units` is the number of units at that level holding any concept.
CREATE TABLE cooccurrence (
  level    TEXT NOT NULL,
  a_id     INTEGER NOT NULL REFERENCES concept(id),
  b_id     INTEGER NOT NULL REFERENCES concept(id),
  together INTEGER NOT NULL,
  a_units  INTEGER NOT NULL,
  b_units  INTEGER NOT NULL,
  units    INTEGER NOT NULL,
  PRIMARY KEY (level, a_id, b_id)
) STRICT, WITHOUT ROWID;

-- Concept–source links, stored at the end of the build (ingest/relation_writer): a mention of
-- the concept and a citation of the source in the same sentence, paragraph or section.
-- `passages` and `documents` count the concept's mentions' passages and documents in such
-- units, `weight` the units. v_concept_source reads it; v_concept_source_evidence gives the
-- pairs of mentions and citations behind each row.
CREATE TABLE concept_source (
  concept_id INTEGER NOT NULL REFERENCES concept(id),
  source_id  INTEGER NOT NULL REFERENCES source(id),
  level      TEXT NOT NULL CHECK (level = 'sentence' OR level = 'paragraph' OR
                                  level = 'section'),
  passages   INTEGER NOT NULL,
  documents  INTEGER NOT NULL,
  weight     INTEGER NOT NULL,
  PRIMARY KEY (concept_id, level, source_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX concept_source_source ON concept_source(source_id, level);

-- Per concept: its mentions, the documents they are in, and the mentions of it and of every
-- concept below it along `broader`; stored at the end of the build for v_concept.
CREATE TABLE concept_tally (
  concept_id             INTEGER PRIMARY KEY REFERENCES concept(id),
  mentions               INTEGER NOT NULL,
  documents              INTEGER NOT NULL,
  mentions_with_narrower INTEGER NOT NULL
) STRICT;

-- Per source: its citations and the documents they are in; stored at the end of the build
-- for v_source.
CREATE TABLE source_tally (
  source_id INTEGER PRIMARY KEY REFERENCES source(id),
  citations INTEGER NOT NULL,
  documents INTEGER NOT NULL
) STRICT;

-- What concept_source holds, computed by SQL: the triggers below refresh one concept's or one
-- source's rows with it when a script changes mentions or citations. (The build computes all
-- links at once in C++: this form pairs every mention with every citation of its section.)
CREATE VIEW concept_source_computed AS
SELECT m.concept_id, ci.source_id, 'sentence' AS level, count(DISTINCT m.passage_id) AS passages,
       count(DISTINCT ps.document_id) AS documents, count(DISTINCT m.sentence_id) AS weight
  FROM mention m
  JOIN citation ci ON ci.sentence_id = m.sentence_id
  JOIN passage ps ON ps.id = m.passage_id
 WHERE ci.source_id IS NOT NULL
 GROUP BY m.concept_id, ci.source_id
UNION ALL
SELECT m.concept_id, ci.source_id, 'paragraph', count(DISTINCT m.passage_id),
       count(DISTINCT ps.document_id), count(DISTINCT m.passage_id)
  FROM mention m
  JOIN citation ci ON ci.passage_id = m.passage_id
  JOIN passage ps ON ps.id = m.passage_id
 WHERE ci.source_id IS NOT NULL
 GROUP BY m.concept_id, ci.source_id
UNION ALL
SELECT m.concept_id, ci.source_id, 'section', count(DISTINCT m.passage_id),
       count(DISTINCT ps.document_id), count(DISTINCT ps.section_id)
  FROM mention m
  JOIN passage ps ON ps.id = m.passage_id
  JOIN passage pc ON pc.section_id = ps.section_id
  JOIN citation ci ON ci.passage_id = pc.id
 WHERE ci.source_id IS NOT NULL
 GROUP BY m.concept_id, ci.source_id;

-- Abbreviations the text defines ("professionele leergemeenschappen (PLG's)"), with the
-- concepts that its short form and its expansion match, for `conceptdb check`.
CREATE TABLE abbreviation (
  id                   INTEGER PRIMARY KEY,
  short                TEXT NOT NULL,
  expansion            TEXT NOT NULL,
  passage_id           INTEGER NOT NULL REFERENCES passage(id),
  first_line           INTEGER NOT NULL,
  short_concept_id     INTEGER REFERENCES concept(id),
  expansion_concept_id INTEGER REFERENCES concept(id)
) STRICT;

-- Frequent word sequences that no label matched, in sentences that mention a concept: the
-- candidates for new alternative labels that `conceptdb check` lists.
CREATE TABLE phrase_candidate (
  phrase       TEXT PRIMARY KEY,
  count        INTEGER NOT NULL,
  concept_id   INTEGER REFERENCES concept(id),  -- the concept it most often stands next to
  passage_id   INTEGER NOT NULL REFERENCES passage(id),
  first_line   INTEGER NOT NULL
) STRICT;

-- ---------------------------------------------------------------- public views

CREATE VIEW v_file AS
SELECT f.key AS file, f.name, f.sha256, f.bytes, f.lines, f.language,
       (SELECT count(*) FROM document d WHERE d.file_id = f.id) AS documents,
       (SELECT count(*) FROM passage p JOIN document d ON d.id = p.document_id
         WHERE d.file_id = f.id) AS passages,
       (SELECT count(*) FROM layout_line l WHERE l.file_id = f.id) AS furniture_lines,
       (SELECT count(*) FROM hyphen_join h WHERE h.file_id = f.id) AS hyphen_joins
FROM file f;

CREATE VIEW v_document AS
SELECT f.key AS file, d.key, p.key AS parent, d.kind, d.title,
       (SELECT group_concat(a.name, '; ')
          FROM (SELECT name FROM document_author WHERE document_id = d.id ORDER BY position) a)
         AS authors,
       d.year, d.first_line, d.last_line, d.subtitle, d.year_end, d.language, d.inferred,
       (SELECT count(*) FROM passage ps
         WHERE ps.document_id = d.id AND ps.duplicate_of IS NULL) AS passages,
       (SELECT count(*) FROM section s WHERE s.document_id = d.id) AS sections
FROM document d
JOIN file f ON f.id = d.file_id
LEFT JOIN document p ON p.id = d.parent_id;

CREATE VIEW v_section AS
SELECT s.id, f.key AS file, d.key AS document, s.seq, s.title, s.first_line, s.last_line,
       (SELECT count(*) FROM passage ps WHERE ps.section_id = s.id) AS passages
FROM section s
JOIN document d ON d.id = s.document_id
JOIN file f ON f.id = d.file_id;

CREATE VIEW v_passage AS
SELECT ps.id, f.key AS file, d.key AS document, ps.seq, ps.kind, ps.first_line, ps.last_line,
       ps.text, s.title AS section, s.seq AS section_seq, ps.duplicate_of,
       ps.replacement_characters
FROM passage ps
JOIN document d ON d.id = ps.document_id
JOIN file f ON f.id = d.file_id
JOIN section s ON s.id = ps.section_id;

CREATE VIEW v_sentence AS
SELECT se.id, f.key AS file, d.key AS document, se.passage_id, ps.kind AS passage_kind,
       se.seq, se.first_line, se.last_line, se.text
FROM sentence se
JOIN passage ps ON ps.id = se.passage_id
JOIN document d ON d.id = ps.document_id
JOIN file f ON f.id = d.file_id;

CREATE VIEW v_citation AS
SELECT f.key AS file, d.key AS document, c.first_line AS line, c.last_line AS line_end, c.text,
       (SELECT name FROM citation_author WHERE citation_id = c.id AND position = 1)
         AS first_author,
       (SELECT group_concat(a.name, '; ')
          FROM (SELECT name FROM citation_author WHERE citation_id = c.id ORDER BY position) a)
         || CASE WHEN c.et_al THEN '; et al.' ELSE '' END AS authors,
       c.year, c.kind, c.locator, s.key AS source_key,
       (SELECT min(r.id) FROM reference_entry r WHERE r.source_id = c.source_id) AS reference_id,
       c.id, c.passage_id, c.sentence_id, c.group_no, c.inherited
FROM citation c
JOIN passage ps ON ps.id = c.passage_id
JOIN document d ON d.id = ps.document_id
JOIN file f ON f.id = d.file_id
LEFT JOIN source s ON s.id = c.source_id;

CREATE VIEW v_source AS
SELECT s.key AS source_key, s.first_author,
       (SELECT group_concat(a.name, '; ')
          FROM (SELECT name FROM source_author WHERE source_id = s.id ORDER BY position) a)
         || CASE WHEN s.et_al THEN '; et al.' ELSE '' END AS authors,
       s.year, s.title, s.kind,
       coalesce(t.citations, 0) AS citations, coalesce(t.documents, 0) AS documents,
       s.container, s.publisher, s.url, s.title_from,
       (SELECT group_concat(v.authors, ' | ')
          FROM (SELECT authors FROM source_variant WHERE source_id = s.id ORDER BY authors) v)
         AS variants,
       (SELECT min(r.id) FROM reference_entry r WHERE r.source_id = s.id) AS reference_id,
       s.id
FROM source s
LEFT JOIN source_tally t ON t.source_id = s.id;

CREATE VIEW v_reference AS
SELECT r.id, f.key AS file, d.key AS document, r.first_line, r.last_line, r.origin, r.text,
       r.authors, r.year, r.date, r.title, r.container, r.details, r.publisher, r.place, r.url,
       s.key AS source_key
FROM reference_entry r
JOIN document d ON d.id = r.document_id
JOIN file f ON f.id = d.file_id
LEFT JOIN source s ON s.id = r.source_id;

-- Every concept with itself and all concepts below it along `broader` (depth 0 is itself).
CREATE VIEW concept_member AS
WITH RECURSIVE tree(concept_id, member_id, depth) AS (
  SELECT id, id, 0 FROM concept
  UNION
  SELECT t.concept_id, r.from_id, t.depth + 1
    FROM tree t JOIN concept_relation r ON r.to_id = t.member_id AND r.type = 'broader'
   WHERE t.depth < 32
)
SELECT concept_id, member_id, min(depth) AS depth FROM tree GROUP BY concept_id, member_id;

CREATE VIEW v_concept AS
SELECT c.key AS concept_key,
       (SELECT text FROM label WHERE concept_id = c.id AND kind = 'pref' AND language = 'nl')
         AS label,
       (SELECT text FROM label WHERE concept_id = c.id AND kind = 'pref' AND language = 'en')
         AS label_en,
       c.theme, c.definition, c.scope_note,
       coalesce(t.mentions, 0) AS mentions, coalesce(t.documents, 0) AS documents,
       (SELECT group_concat(l.text, '; ')
          FROM (SELECT text FROM label WHERE concept_id = c.id AND kind = 'alt' ORDER BY id) l)
         AS alt_labels,
       (SELECT group_concat(b.key, '; ')
          FROM concept_relation r JOIN concept b ON b.id = r.to_id
         WHERE r.from_id = c.id AND r.type = 'broader') AS broader,
       coalesce(t.mentions_with_narrower, 0) AS mentions_with_narrower,
       c.vocabulary_file, c.vocabulary_line, c.id, c.only_in
FROM concept c
LEFT JOIN concept_tally t ON t.concept_id = c.id;

CREATE VIEW v_concept_tree AS
SELECT a.key AS concept_key, m.key AS member_key, t.depth
FROM concept_member t
JOIN concept a ON a.id = t.concept_id
JOIN concept m ON m.id = t.member_id;

CREATE VIEW v_label AS
SELECT c.key AS concept_key, l.kind, l.language, l.text, l.exact, l.case_sensitive, l.variants,
       (SELECT count(*) FROM mention m WHERE m.label_id = l.id) AS mentions, l.id
FROM label l
JOIN concept c ON c.id = l.concept_id;

CREATE VIEW v_mention AS
SELECT f.key AS file, d.key AS document, m.first_line AS line, c.key AS concept_key,
       l.text AS label, m.rule, m.text, m.last_line AS line_end, l.kind AS label_kind,
       l.language,
       '"' || m.text || '" matches the ' || l.kind || ' label "' || l.text || '" of ' || c.key ||
         CASE m.rule WHEN 'label' THEN ' as written' ELSE ' by the rule ' || m.rule END ||
         CASE WHEN m.nested THEN ', inside a longer match' ELSE '' END AS explanation,
       m.passage_id, m.sentence_id, m.start, m.end, m.nested, m.id
FROM mention m
JOIN concept c ON c.id = m.concept_id
JOIN label l ON l.id = m.label_id
JOIN passage ps ON ps.id = m.passage_id
JOIN document d ON d.id = ps.document_id
JOIN file f ON f.id = d.file_id;

CREATE VIEW v_concept_relation AS
SELECT a.key AS "from", r.type, b.key AS "to", r.evidence_file AS file, r.first_line AS line,
       r.last_line AS line_end, r.note, a.vocabulary_file, r.vocabulary_line
FROM concept_relation r
JOIN concept a ON a.id = r.from_id
JOIN concept b ON b.id = r.to_id;

-- Mention and citation pairs that stand in the same sentence, paragraph or section.
-- One SELECT per level, so that a filter on concept_key, source_key or level reaches inside
-- each of them (SQLite pushes WHERE terms into the arms of a UNION ALL view) and the pairs of
-- one concept are found through its mentions, not by pairing the whole corpus first.
CREATE VIEW v_concept_source_evidence AS
SELECT c.key AS concept_key, s.key AS source_key, 'sentence' AS level, f.key AS file,
       d.key AS document, m.first_line AS line, ci.first_line AS citation_line,
       m.text AS mention_text, ci.text AS citation_text, m.id AS mention_id,
       ci.id AS citation_id, m.sentence_id AS unit_id, m.passage_id
  FROM mention m
  JOIN citation ci ON ci.sentence_id = m.sentence_id
  JOIN concept c ON c.id = m.concept_id
  JOIN source s ON s.id = ci.source_id
  JOIN passage ps ON ps.id = m.passage_id
  JOIN document d ON d.id = ps.document_id
  JOIN file f ON f.id = d.file_id
UNION ALL
SELECT c.key, s.key, 'paragraph', f.key, d.key, m.first_line, ci.first_line, m.text, ci.text,
       m.id, ci.id, m.passage_id, m.passage_id
  FROM mention m
  JOIN citation ci ON ci.passage_id = m.passage_id
  JOIN concept c ON c.id = m.concept_id
  JOIN source s ON s.id = ci.source_id
  JOIN passage ps ON ps.id = m.passage_id
  JOIN document d ON d.id = ps.document_id
  JOIN file f ON f.id = d.file_id
UNION ALL
SELECT c.key, s.key, 'section', f.key, d.key, m.first_line, ci.first_line, m.text, ci.text,
       m.id, ci.id, ps.section_id, m.passage_id
  FROM mention m
  JOIN passage ps ON ps.id = m.passage_id
  JOIN passage pc ON pc.section_id = ps.section_id
  JOIN citation ci ON ci.passage_id = pc.id
  JOIN concept c ON c.id = m.concept_id
  JOIN source s ON s.id = ci.source_id
  JOIN document d ON d.id = ps.document_id
  JOIN file f ON f.id = d.file_id;

-- v_concept_source_evidence counted per concept, source and level (stored by the build in
-- concept_source, which says how).
CREATE VIEW v_concept_source AS
SELECT c.key AS concept_key, s.key AS source_key, cs.level, cs.passages, cs.documents,
       cs.weight
  FROM concept_source cs
  JOIN concept c ON c.id = cs.concept_id
  JOIN source s ON s.id = cs.source_id;

CREATE VIEW v_cooccurrence AS
SELECT a.key AS a, b.key AS b, o.level, o.together AS count,
       CAST(o.units AS REAL) * o.together / (CAST(o.a_units AS REAL) * o.b_units)
         AS association_strength,
       CAST(o.together AS REAL) / (o.a_units + o.b_units - o.together) AS jaccard,
       CAST(o.together AS REAL) / min(o.a_units, o.b_units) AS inclusion,
       o.a_units, o.b_units, o.units
FROM cooccurrence o
JOIN concept a ON a.id = o.a_id
JOIN concept b ON b.id = o.b_id;

-- The units in which two concepts occur together, with their lines.
CREATE VIEW v_cooccurrence_evidence AS
SELECT a.key AS a, b.key AS b, oa.level, oa.unit_id, f.key AS file, d.key AS document,
       u.first_line AS line, u.last_line AS line_end
FROM concept_occurrence oa
JOIN concept_occurrence ob
  ON ob.level = oa.level AND ob.unit_id = oa.unit_id AND ob.concept_id <> oa.concept_id
JOIN concept a ON a.id = oa.concept_id
JOIN concept b ON b.id = ob.concept_id
JOIN (
  SELECT 'sentence' AS level, se.id AS unit_id, ps.document_id, se.first_line, se.last_line
    FROM sentence se JOIN passage ps ON ps.id = se.passage_id
  UNION ALL
  SELECT 'paragraph', id, document_id, first_line, last_line FROM passage
  UNION ALL
  SELECT 'section', id, document_id, first_line, last_line FROM section
  UNION ALL
  SELECT 'document', id, id, first_line, last_line FROM document
) u ON u.level = oa.level AND u.unit_id = oa.unit_id
JOIN document d ON d.id = u.document_id
JOIN file f ON f.id = d.file_id;

CREATE VIEW v_cocitation AS
SELECT sa.key AS a, sb.key AS b, count(DISTINCT ca.passage_id) AS count,
       count(DISTINCT ps.document_id) AS documents
FROM citation ca
JOIN citation cb ON cb.passage_id = ca.passage_id AND cb.source_id <> ca.source_id
JOIN source sa ON sa.id = ca.source_id
JOIN source sb ON sb.id = cb.source_id
JOIN passage ps ON ps.id = ca.passage_id
GROUP BY ca.source_id, cb.source_id;

-- ---------------------------------------------------------------- keeping stored counts true
-- concept_tally, source_tally and concept_source are stored by the build; these triggers keep
-- them true when a script run with --write changes mentions, citations, concepts, sources or
-- `broader` relations (each changed row refreshes the rows of its concept or source). A build
-- drops them while it loads and makes them again at the end (ingest/build.cpp).
-- Not covered: moving a passage to another section or document.

CREATE TRIGGER concept_tally_for_new_concept AFTER INSERT ON concept BEGIN
  INSERT INTO concept_tally(concept_id, mentions, documents, mentions_with_narrower)
  VALUES (NEW.id, 0, 0, 0);
END;

CREATE TRIGGER concept_counts_of_removed_concept BEFORE DELETE ON concept BEGIN
  DELETE FROM concept_tally WHERE concept_id = OLD.id;
  DELETE FROM concept_source WHERE concept_id = OLD.id;
END;

CREATE TRIGGER source_tally_for_new_source AFTER INSERT ON source BEGIN
  INSERT INTO source_tally(source_id, citations, documents) VALUES (NEW.id, 0, 0);
END;

CREATE TRIGGER source_counts_of_removed_source BEFORE DELETE ON source BEGIN
  DELETE FROM source_tally WHERE source_id = OLD.id;
  DELETE FROM concept_source WHERE source_id = OLD.id;
END;

CREATE TRIGGER concept_counts_after_mention_insert AFTER INSERT ON mention BEGIN
  UPDATE concept_tally
     SET mentions = (SELECT count(*) FROM mention m WHERE m.concept_id = NEW.concept_id),
         documents = (SELECT count(DISTINCT ps.document_id) FROM mention m
                        JOIN passage ps ON ps.id = m.passage_id
                       WHERE m.concept_id = NEW.concept_id)
   WHERE concept_id = NEW.concept_id;
  UPDATE concept_tally
     SET mentions_with_narrower = mentions_with_narrower + 1
   WHERE concept_id IN (SELECT concept_id FROM concept_member WHERE member_id = NEW.concept_id);
  DELETE FROM concept_source WHERE concept_id = NEW.concept_id;
  INSERT INTO concept_source SELECT * FROM concept_source_computed
   WHERE concept_id = NEW.concept_id;
END;

CREATE TRIGGER concept_counts_after_mention_delete AFTER DELETE ON mention BEGIN
  UPDATE concept_tally
     SET mentions = (SELECT count(*) FROM mention m WHERE m.concept_id = OLD.concept_id),
         documents = (SELECT count(DISTINCT ps.document_id) FROM mention m
                        JOIN passage ps ON ps.id = m.passage_id
                       WHERE m.concept_id = OLD.concept_id)
   WHERE concept_id = OLD.concept_id;
  UPDATE concept_tally
     SET mentions_with_narrower = mentions_with_narrower - 1
   WHERE concept_id IN (SELECT concept_id FROM concept_member WHERE member_id = OLD.concept_id);
  DELETE FROM concept_source WHERE concept_id = OLD.concept_id;
  INSERT INTO concept_source SELECT * FROM concept_source_computed
   WHERE concept_id = OLD.concept_id;
END;

CREATE TRIGGER concept_counts_after_mention_update
AFTER UPDATE OF concept_id, passage_id, sentence_id ON mention BEGIN
  UPDATE concept_tally
     SET mentions = (SELECT count(*) FROM mention m
                      WHERE m.concept_id = concept_tally.concept_id),
         documents = (SELECT count(DISTINCT ps.document_id) FROM mention m
                        JOIN passage ps ON ps.id = m.passage_id
                       WHERE m.concept_id = concept_tally.concept_id)
   WHERE concept_id IN (OLD.concept_id, NEW.concept_id);
  UPDATE concept_tally
     SET mentions_with_narrower = mentions_with_narrower - 1
   WHERE concept_id IN (SELECT concept_id FROM concept_member WHERE member_id = OLD.concept_id);
  UPDATE concept_tally
     SET mentions_with_narrower = mentions_with_narrower + 1
   WHERE concept_id IN (SELECT concept_id FROM concept_member WHERE member_id = NEW.concept_id);
  DELETE FROM concept_source WHERE concept_id IN (OLD.concept_id, NEW.concept_id);
  INSERT INTO concept_source SELECT * FROM concept_source_computed
   WHERE concept_id IN (OLD.concept_id, NEW.concept_id);
END;

CREATE TRIGGER source_counts_after_citation_insert AFTER INSERT ON citation BEGIN
  UPDATE source_tally
     SET citations = (SELECT count(*) FROM citation c WHERE c.source_id = source_tally.source_id),
         documents = (SELECT count(DISTINCT ps.document_id) FROM citation c
                        JOIN passage ps ON ps.id = c.passage_id
                       WHERE c.source_id = source_tally.source_id)
   WHERE source_id IN (NEW.source_id);
  DELETE FROM concept_source WHERE source_id = NEW.source_id;
  INSERT INTO concept_source SELECT * FROM concept_source_computed
   WHERE source_id = NEW.source_id;
END;

CREATE TRIGGER source_counts_after_citation_delete AFTER DELETE ON citation BEGIN
  UPDATE source_tally
     SET citations = (SELECT count(*) FROM citation c WHERE c.source_id = source_tally.source_id),
         documents = (SELECT count(DISTINCT ps.document_id) FROM citation c
                        JOIN passage ps ON ps.id = c.passage_id
                       WHERE c.source_id = source_tally.source_id)
   WHERE source_id IN (OLD.source_id);
  DELETE FROM concept_source WHERE source_id = OLD.source_id;
  INSERT INTO concept_source SELECT * FROM concept_source_computed
   WHERE source_id = OLD.source_id;
END;

CREATE TRIGGER source_counts_after_citation_update
AFTER UPDATE OF source_id, passage_id, sentence_id ON citation BEGIN
  UPDATE source_tally
     SET citations = (SELECT count(*) FROM citation c WHERE c.source_id = source_tally.source_id),
         documents = (SELECT count(DISTINCT ps.document_id) FROM citation c
                        JOIN passage ps ON ps.id = c.passage_id
                       WHERE c.source_id = source_tally.source_id)
   WHERE source_id IN (OLD.source_id, NEW.source_id);
  DELETE FROM concept_source WHERE source_id IN (OLD.source_id, NEW.source_id);
  INSERT INTO concept_source SELECT * FROM concept_source_computed
   WHERE source_id IN (OLD.source_id, NEW.source_id);
END;

-- A changed `broader` relation moves mentions between the roll-ups of every concept above.
CREATE TRIGGER roll_up_after_relation_insert AFTER INSERT ON concept_relation
WHEN NEW.type = 'broader' BEGIN
  UPDATE concept_tally
     SET mentions_with_narrower =
           (SELECT sum(t.mentions) FROM concept_member cm
              JOIN concept_tally t ON t.concept_id = cm.member_id
             WHERE cm.concept_id = concept_tally.concept_id);
END;

CREATE TRIGGER roll_up_after_relation_delete AFTER DELETE ON concept_relation
WHEN OLD.type = 'broader' BEGIN
  UPDATE concept_tally
     SET mentions_with_narrower =
           (SELECT sum(t.mentions) FROM concept_member cm
              JOIN concept_tally t ON t.concept_id = cm.member_id
             WHERE cm.concept_id = concept_tally.concept_id);
END;

CREATE TRIGGER roll_up_after_relation_update AFTER UPDATE ON concept_relation
WHEN OLD.type = 'broader' OR NEW.type = 'broader' BEGIN
  UPDATE concept_tally
     SET mentions_with_narrower =
           (SELECT sum(t.mentions) FROM concept_member cm
              JOIN concept_tally t ON t.concept_id = cm.member_id
             WHERE cm.concept_id = concept_tally.concept_id);
END;
