// ingest/citation_writer.hpp — the citation stage of a build: citations, reference entries
// and canonical sources into the database.
//
// The document writer hands over every stored passage with its sentences. Citations are found
// and stored at once (with their passage, sentence and lines); the passages of a reference
// list are gathered until the list ends and then split into entries and parsed; bibliographic
// entries inside notes are parsed where they stand. When every file is written, `finish`
// decides which citations and entries name the same work, stores one source per work and
// links citations and entries to it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/citation_scanner.hpp"
#include "ingest/hyphenation.hpp"
#include "ingest/mapped_text.hpp"
#include "ingest/passage_sink.hpp"
#include "ingest/source_resolver.hpp"
#include "store/database.hpp"
#include "store/statement.hpp"

namespace ingest {

class CitationWriter : public PassageSink {
 public:
  CitationWriter(store::Database& db, const WordLexicon& lexicon);

  // A passage as stored. Bios are not searched (a birth year is not a citation), repeats
  // (pull quotes) neither; a reference list's passages become entries, not citations.
  void add_passage(std::int64_t document_id, std::int64_t section_id, std::int64_t passage_id,
                   const std::string& kind, bool repeat, const MappedText& text,
                   const std::vector<SentenceRef>& sentences) override;
  // The end of a document: a reference list still open is closed.
  void end_document() override;

  struct Counts {
    std::size_t citations = 0;
    std::size_t references = 0;
    std::size_t sources = 0;
  };
  // Resolves and stores the sources; call once, after the last file.
  Counts finish(const SourceOverrides& overrides);

 private:
  struct ListPiece {
    std::int64_t document_id;
    MappedText text;
  };

  void store_citation(std::int64_t passage_id, const FoundCitation& c, const MappedText& text,
                      const std::vector<SentenceRef>& sentences);
  void store_reference(std::int64_t document_id, const std::string& origin,
                       const std::string& entry_text, int first_line, int last_line);
  void flush_reference_list();

  store::Database& db_;
  CommonWordTest is_common_;
  int groups_ = 0;
  Counts counts_;
  std::vector<ListPiece> list_;
  // Every cited work, in the order stored: a citation or a reference entry, and its row.
  std::vector<CitedWork> works_;
  struct Row {
    bool reference;
    std::int64_t id;
  };
  std::vector<Row> rows_;
  // Titles printed beside a citation: (citation row, title), for sources without an entry.
  std::vector<std::pair<std::int64_t, std::string>> titles_;
  store::Statement insert_citation_;
  store::Statement insert_citation_author_;
  store::Statement insert_reference_;
};

}  // namespace ingest
