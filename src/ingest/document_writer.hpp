// ingest/document_writer.hpp — storing one checked corpus file: the per-file pipeline.
//
// For one file: recognise page furniture, group each document's lines into tagged blocks,
// plan passages (rejoining split sentences), decide the file's line-end hyphens together,
// build normalised passage text with its offset map, split sentences, and store documents,
// sections, passages, sentences and the audit tables (furniture lines, hyphen joins). Each
// stored passage goes on to the citation stage.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "ingest/assembler.hpp"
#include "ingest/corpus.hpp"
#include "ingest/hyphenation.hpp"
#include "ingest/passage_sink.hpp"
#include "ingest/row_batch.hpp"
#include "ingest/stage_times.hpp"
#include "store/database.hpp"
#include "store/statement.hpp"

namespace ingest {

// A stage that reads every stored passage, and the stage its time is counted in.
struct TimedSink {
  PassageSink* sink;
  Stage stage;
};

// Holds the insert statements for a build, prepared once and reused for every row.
class DocumentWriter {
 public:
  // `lexicon` holds the words of the whole corpus (evidence for hyphens and drop caps);
  // every stored passage is handed on to each of `sinks` (citations, concepts), in order.
  // `times` (may be null) collects the time of each stage.
  DocumentWriter(store::Database& db, const WordLexicon& lexicon, std::vector<TimedSink> sinks,
                 StageTimes* times = nullptr);

  struct Counts {
    std::size_t documents = 0;
    std::size_t sections = 0;
    std::size_t passages = 0;
    std::size_t sentences = 0;
    std::size_t excluded_parts = 0;
    std::size_t furniture_lines = 0;
    std::size_t hyphen_joins = 0;
  };

  Counts write(const CorpusFile& file);

 private:
  struct DocumentPlan {
    const DocumentIdentity* identity;  // the file itself or one of its parts
    bool is_root;
    int first_line;
    int last_line;
    std::vector<PassagePlan> plans;
  };

  std::int64_t insert_document(std::int64_t file_id, std::optional<std::int64_t> parent_id,
                               const DocumentIdentity& identity, const std::string& language,
                               int first_line, int last_line);
  void insert_furniture(std::int64_t file_id, const std::vector<std::string>& lines,
                        Counts& counts);
  void insert_boundary_hints(std::int64_t file_id, const std::vector<std::string>& lines);
  std::unordered_map<int, HyphenDecision> decide_file_hyphens(
      std::int64_t file_id, const std::vector<DocumentPlan>& documents,
      const std::vector<std::string>& lines, Counts& counts);
  void insert_passages(std::int64_t document_id, const std::vector<AssembledPassage>& passages,
                       Counts& counts);
  std::int64_t insert_section(std::int64_t document_id, int seq, const std::string* title,
                              int first_line, int last_line);

  store::Database& db_;
  const WordLexicon& lexicon_;
  std::vector<TimedSink> sinks_;
  StageTimes* times_;
  std::vector<LineRole> roles_;
  store::Statement insert_file_;
  store::Statement insert_document_;
  store::Statement insert_author_;
  store::Statement insert_section_;
  store::Statement update_section_lines_;
  store::Statement insert_passage_;
  RowBatch spans_;
  RowBatch sentences_;
  std::int64_t next_sentence_id_;
  store::Statement insert_hyphen_;
  store::Statement insert_layout_line_;
  store::Statement insert_hint_;
};

}  // namespace ingest
