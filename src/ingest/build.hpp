// ingest/build.hpp — `conceptdb build`: corpus + manifest → a new database, atomically.
//
// The build reads and checks the whole corpus first, writes the new database to a temporary
// file beside the target in one transaction, and renames it into place only when all of it
// succeeded. Whatever fails, the database that was there before is left exactly as it was.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ingest/diagnostic.hpp"
#include "ingest/stage_times.hpp"

namespace ingest {

struct BuildOptions {
  std::filesystem::path manifest;    // db/corpus.toml
  std::filesystem::path sources;     // db/sources.toml: curated source decisions; may be absent
  std::filesystem::path vocabulary;  // db/vocabulary: the concept vocabulary folder
  bool vocabulary_required =
      false;  // true: a missing folder is an error (named on the command line)
  std::filesystem::path corpus_dir;
  std::filesystem::path database;  // the file to create or replace
  std::string tool_version;        // recorded in the meta table
  // Progress: (stage, done, total) — stage is "read", "store", "sources" or "concepts".
  std::function<void(const std::string&, std::size_t, std::size_t)> progress;
  bool timings = false;  // true: BuildSummary::times holds the wall time of every stage
  // false: a corpus file with invalid UTF-8 or no text stops the build before anything is
  // written; true: invalid bytes become U+FFFD and an empty file an empty document, each
  // with a warning (for extractions known to carry stray bytes).
  bool lenient = false;
};

struct BuildSummary {
  std::size_t files = 0;
  std::size_t documents = 0;
  std::size_t sections = 0;
  std::size_t passages = 0;
  std::size_t sentences = 0;
  std::size_t excluded_parts = 0;  // ads and other parts kept out of the documents
  std::size_t furniture_lines = 0;
  std::size_t hyphen_joins = 0;
  std::size_t citations = 0;
  std::size_t references = 0;  // reference entries parsed
  std::size_t sources = 0;
  std::size_t concepts = 0;
  std::size_t labels = 0;
  std::size_t relations = 0;
  std::size_t mentions = 0;
  std::vector<Diagnostic> warnings;
  std::uintmax_t bytes = 0;  // the corpus files' bytes, for MB/s
  StageTimes times;          // all zero unless BuildOptions::timings
};

// Throws ManifestError, SourceError, CorpusError, VocabularyError, store::StoreError or
// std::runtime_error;
// in every case the target database is untouched.
BuildSummary build_database(const BuildOptions& options);

}  // namespace ingest
