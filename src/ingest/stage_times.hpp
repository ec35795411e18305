// ingest/stage_times.hpp — wall time per stage of a build, for `conceptdb build --timings`.
//
// Stages interleave (every passage goes through layout, sentences, citations and concepts in
// turn), so each stage's time is the sum of many short intervals. Measuring costs two clock
// reads per interval; a disabled StageTimes reads no clock at all, so that a build without
// --timings pays nothing but a branch. Not thread-safe: one build, one thread.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>

namespace ingest {

enum class Stage : std::size_t {
  kRead,          // reading the files, UTF-8 checks, sha256 against the manifest
  kVocabulary,    // loading the vocabulary and compiling the matcher
  kLexicon,       // counting the corpus's words (evidence for hyphens and drop caps)
  kLayout,        // page furniture, blocks and passage plans, boundary hints
  kPassages,      // hyphen decisions, normalising, offset maps, sentence splitting
  kRows,          // inserting files, documents, sections, passages, spans, sentences
  kCitations,     // finding and storing citations and reference entries
  kConcepts,      // matching and storing mentions, candidate phrases
  kSources,       // resolving cited works into sources
  kCooccurrence,  // occurrence and co-occurrence tables
  kLinks,         // concept–source links and per-concept counts
  kIndexes,       // secondary indexes and the full-text index
  kCommit,        // commit, checkpoint, fsync and rename
  kCount
};

// The stage names `--timings` prints, in Stage order.
inline const char* stage_name(Stage stage) {
  static constexpr const char* kNames[] = {
      "read + checksums", "vocabulary + matcher", "word lexicon",
      "layout + blocks",  "passages + sentences", "rows (documents, passages, sentences)",
      "citations",        "concept mentions",     "sources",
      "co-occurrence",    "concept-source links", "indexes + FTS",
      "commit + replace"};
  static_assert(sizeof kNames / sizeof kNames[0] == static_cast<std::size_t>(Stage::kCount));
  return kNames[static_cast<std::size_t>(stage)];
}

class StageTimes {
 public:
  using Clock = std::chrono::steady_clock;

  explicit StageTimes(bool enabled = false) : enabled_(enabled) {}

  bool enabled() const { return enabled_; }
  double seconds(Stage stage) const { return seconds_[static_cast<std::size_t>(stage)]; }
  void add(Stage stage, double seconds) { seconds_[static_cast<std::size_t>(stage)] += seconds; }

  // Adds the time from its construction to its destruction to one stage (when enabled).
  class Scope {
   public:
    Scope(StageTimes* times, Stage stage)
        : times_(times != nullptr && times->enabled_ ? times : nullptr), stage_(stage) {
      if (times_ != nullptr) start_ = Clock::now();
    }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    ~Scope() {
      if (times_ != nullptr) {
        times_->add(stage_, std::chrono::duration<double>(Clock::now() - start_).count());
      }
    }

   private:
    StageTimes* times_;
    Stage stage_;
    Clock::time_point start_{};
  };

  Scope scope(Stage stage) { return Scope(this, stage); }

 private:
  bool enabled_;
  std::array<double, static_cast<std::size_t>(Stage::kCount)> seconds_{};
};

}  // namespace ingest
