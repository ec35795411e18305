-- db/schema.sql — the conceptdb database schema (compiled into the binary).
--
-- Core tables are STRICT and private to conceptdb; the views whose names start with v_ are
-- the public contract for scripts and users: they change only by adding columns at the end.
-- Every row that holds text from the corpus carries its original line range in its file.
-- PRAGMA user_version holds the schema version (store/schema.hpp, kSchemaVersion).

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
  choice  TEXT NOT NULL CHECK (choice IN ('keep', 'drop', 'keep-space')),
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
  kind         TEXT NOT NULL CHECK (kind IN ('work', 'organisation', 'legal')),
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
  origin      TEXT NOT NULL CHECK (origin IN ('list', 'note')),
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
  kind        TEXT NOT NULL CHECK (kind IN ('parenthetical', 'narrative', 'legal')),
  year        TEXT,
  locator     TEXT,
  group_no    INTEGER,                   -- unique in the database; NULL when alone
  et_al       INTEGER NOT NULL DEFAULT 0,
  inherited   INTEGER NOT NULL DEFAULT 0,  -- the author was carried over from the work before
  source_id   INTEGER REFERENCES source(id)
) STRICT;
CREATE INDEX citation_passage ON citation(passage_id);
CREATE INDEX citation_source ON citation(source_id);

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
  decision  TEXT NOT NULL CHECK (decision IN ('merged', 'kept apart')),
  reason    TEXT NOT NULL
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
       (SELECT count(*) FROM citation c WHERE c.source_id = s.id) AS citations,
       (SELECT count(DISTINCT ps.document_id) FROM citation c
          JOIN passage ps ON ps.id = c.passage_id WHERE c.source_id = s.id) AS documents,
       s.container, s.publisher, s.url, s.title_from,
       (SELECT group_concat(v.authors, ' | ')
          FROM (SELECT authors FROM source_variant WHERE source_id = s.id ORDER BY authors) v)
         AS variants,
       (SELECT min(r.id) FROM reference_entry r WHERE r.source_id = s.id) AS reference_id,
       s.id
FROM source s;

CREATE VIEW v_reference AS
SELECT r.id, f.key AS file, d.key AS document, r.first_line, r.last_line, r.origin, r.text,
       r.authors, r.year, r.date, r.title, r.container, r.details, r.publisher, r.place, r.url,
       s.key AS source_key
FROM reference_entry r
JOIN document d ON d.id = r.document_id
JOIN file f ON f.id = d.file_id
LEFT JOIN source s ON s.id = r.source_id;
