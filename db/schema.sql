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

-- A passage: one paragraph of a document, with the original lines it was read from.
CREATE TABLE passage (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id),
  seq         INTEGER NOT NULL,          -- order within the document, from 1
  kind        TEXT NOT NULL DEFAULT 'paragraph',
  first_line  INTEGER NOT NULL,
  last_line   INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (document_id, seq),
  CHECK (first_line <= last_line)
) STRICT;

-- Full-text index over passages; diacritics folded so 'creeren' finds 'creëren'.
CREATE VIRTUAL TABLE passage_fts USING fts5(
  text,
  content = 'passage',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- ---------------------------------------------------------------- public views

CREATE VIEW v_file AS
SELECT f.key AS file, f.name, f.sha256, f.bytes, f.lines, f.language,
       (SELECT count(*) FROM document d WHERE d.file_id = f.id) AS documents,
       (SELECT count(*) FROM passage p JOIN document d ON d.id = p.document_id
         WHERE d.file_id = f.id) AS passages
FROM file f;

CREATE VIEW v_document AS
SELECT f.key AS file, d.key, p.key AS parent, d.kind, d.title,
       (SELECT group_concat(a.name, '; ')
          FROM (SELECT name FROM document_author WHERE document_id = d.id ORDER BY position) a)
         AS authors,
       d.year, d.first_line, d.last_line, d.subtitle, d.year_end, d.language, d.inferred,
       (SELECT count(*) FROM passage ps WHERE ps.document_id = d.id) AS passages
FROM document d
JOIN file f ON f.id = d.file_id
LEFT JOIN document p ON p.id = d.parent_id;

CREATE VIEW v_passage AS
SELECT ps.id, f.key AS file, d.key AS document, ps.seq, ps.kind, ps.first_line, ps.last_line,
       ps.text
FROM passage ps
JOIN document d ON d.id = ps.document_id
JOIN file f ON f.id = d.file_id;
