// ingest/passage_sink.hpp — the stages that read every stored passage (citations, concepts).
//
// The document writer stores a passage and its sentences, then hands them to each sink in
// turn, so that later stages find passages and sentences with their final ids and lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ingest/mapped_text.hpp"

namespace ingest {

// A stored sentence: its row id and its bytes [begin, end) of the passage's text.
struct SentenceRef {
  std::int64_t id = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

class PassageSink {
 public:
  virtual ~PassageSink() = default;
  // `repeat`: the passage repeats an earlier one (a pull quote) and must not be counted twice.
  virtual void add_passage(std::int64_t document_id, std::int64_t section_id,
                           std::int64_t passage_id, const std::string& kind, bool repeat,
                           const MappedText& text, const std::vector<SentenceRef>& sentences) = 0;
  virtual void end_document() {}
};

}  // namespace ingest
