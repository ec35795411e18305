// ingest/concept_source_tally.cpp — counting concept–source links unit by unit.
#include "ingest/concept_source_tally.hpp"

#include <algorithm>
#include <span>
#include <tuple>
#include <utility>

namespace ingest {

namespace {

using Item = ConceptSourceTally::Item;
using Level = ConceptSourceTally::Level;

constexpr int kLevels = 3;

struct PairKey {
  std::int64_t concept_id;
  std::int64_t source_id;
  bool operator==(const PairKey&) const = default;
};

struct PairKeyHash {
  std::size_t operator()(const PairKey& key) const {
    return std::hash<std::int64_t>()(key.concept_id * 1'000'003 + key.source_id);
  }
};

// One link's counts, with the last passage, document and unit counted: units arrive in
// reading order, so "not the last one counted" means "not counted yet".
struct Counter {
  std::int64_t passages = 0;
  std::int64_t documents = 0;
  std::int64_t weight = 0;
  std::int64_t last_passage = 0;
  std::int64_t last_document = 0;
  std::int64_t last_unit = 0;

  void count(std::int64_t passage, std::int64_t document, std::int64_t unit) {
    if (last_unit != unit) ++weight, last_unit = unit;
    if (last_passage != passage) ++passages, last_passage = passage;
    if (last_document != document) ++documents, last_document = document;
  }
};

using Counters = std::unordered_map<PairKey, Counter, PairKeyHash>;

// The distinct ids of a run of items.
std::vector<std::int64_t> distinct_ids(std::span<const Item> items) {
  std::vector<std::int64_t> ids;
  ids.reserve(items.size());
  for (const Item& item : items)
    ids.push_back(item.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// Every concept of one unit with every source of it, counted as `unit` of `passage`.
void pair_unit(std::span<const Item> mentions, std::span<const Item> citations,
               std::int64_t passage, std::int64_t document, std::int64_t unit, Counters& counters) {
  if (mentions.empty() || citations.empty()) return;
  const auto concepts = distinct_ids(mentions);
  const auto sources = distinct_ids(citations);
  for (const std::int64_t concept_id : concepts) {
    for (const std::int64_t source_id : sources)
      counters[{concept_id, source_id}].count(passage, document, unit);
  }
}

// The end of the run of items from `begin` whose key (given by `key_of`) is the same.
template <typename KeyOf>
std::size_t run_end(const std::vector<Item>& items, std::size_t begin, KeyOf key_of) {
  std::size_t end = begin;
  while (end < items.size() && key_of(items[end]) == key_of(items[begin]))
    ++end;
  return end;
}

// A run of items as a span.
std::span<const Item> slice(const std::vector<Item>& items, std::size_t begin, std::size_t end) {
  return std::span<const Item>(items).subspan(begin, end - begin);
}

auto section_of(const Item& item) {
  return std::make_pair(item.place.document_id, item.place.section_id);
}

// Both sides of one section: the paragraph and sentence levels inside it, then the section
// level (each of the concept's passages in the section, once per source cited there).
void pair_section(std::span<const Item> mentions, std::span<const Item> citations,
                  Counters (&counters)[kLevels]) {
  const std::int64_t document = mentions.front().place.document_id;
  const std::int64_t section = mentions.front().place.section_id;

  std::size_t c = 0;
  for (std::size_t m = 0; m < mentions.size();) {
    const std::int64_t passage = mentions[m].place.passage_id;
    std::size_t m_end = m;
    while (m_end < mentions.size() && mentions[m_end].place.passage_id == passage)
      ++m_end;
    while (c < citations.size() && citations[c].place.passage_id < passage)
      ++c;
    std::size_t c_end = c;
    while (c_end < citations.size() && citations[c_end].place.passage_id == passage)
      ++c_end;
    const auto passage_mentions = mentions.subspan(m, m_end - m);
    const auto passage_citations = citations.subspan(c, c_end - c);
    pair_unit(passage_mentions, passage_citations, passage, document, passage,
              counters[static_cast<int>(Level::kParagraph)]);
    // Sentences of the passage; both sides are sorted by sentence within it.
    std::size_t cs = 0;
    for (std::size_t ms = 0; ms < passage_mentions.size();) {
      const std::int64_t sentence = passage_mentions[ms].place.sentence_id;
      std::size_t ms_end = ms;
      while (ms_end < passage_mentions.size() &&
             passage_mentions[ms_end].place.sentence_id == sentence)
        ++ms_end;
      while (cs < passage_citations.size() && passage_citations[cs].place.sentence_id < sentence)
        ++cs;
      std::size_t cs_end = cs;
      while (cs_end < passage_citations.size() &&
             passage_citations[cs_end].place.sentence_id == sentence)
        ++cs_end;
      if (sentence != 0) {
        pair_unit(passage_mentions.subspan(ms, ms_end - ms),
                  passage_citations.subspan(cs, cs_end - cs), passage, document, sentence,
                  counters[static_cast<int>(Level::kSentence)]);
      }
      ms = ms_end;
      cs = cs_end;
    }
    m = m_end;
    c = c_end;
  }

  // Section level: every (concept, passage) of the section's mentions with every source.
  std::vector<std::pair<std::int64_t, std::int64_t>> concept_passages;
  concept_passages.reserve(mentions.size());
  for (const Item& item : mentions)
    concept_passages.emplace_back(item.id, item.place.passage_id);
  std::sort(concept_passages.begin(), concept_passages.end());
  concept_passages.erase(std::unique(concept_passages.begin(), concept_passages.end()),
                         concept_passages.end());
  auto& at_section = counters[static_cast<int>(Level::kSection)];
  for (const std::int64_t source_id : distinct_ids(citations)) {
    for (const auto& [concept_id, passage] : concept_passages)
      at_section[{concept_id, source_id}].count(passage, document, section);
  }
}

}  // namespace

const char* ConceptSourceTally::level_name(Level level) {
  switch (level) {
    case Level::kSentence:
      return "sentence";
    case Level::kParagraph:
      return "paragraph";
    case Level::kSection:
      return "section";
  }
  return "?";
}

void ConceptSourceTally::sort_places(std::vector<Item>& items) {
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.place.document_id, a.place.section_id, a.place.passage_id,
                    a.place.sentence_id, a.id) < std::tie(b.place.document_id, b.place.section_id,
                                                          b.place.passage_id, b.place.sentence_id,
                                                          b.id);
  });
}

void ConceptSourceTally::tally(const std::vector<Item>& mentions,
                               const std::vector<Item>& citations,
                               const std::function<void(const Link&)>& out) {
  Counters counters[kLevels];
  std::size_t c = 0;
  for (std::size_t m = 0; m < mentions.size();) {
    const std::size_t m_end = run_end(mentions, m, section_of);
    while (c < citations.size() && section_of(citations[c]) < section_of(mentions[m]))
      ++c;
    const std::size_t c_end = run_end(citations, c, section_of);
    if (c < citations.size() && section_of(citations[c]) == section_of(mentions[m]))
      pair_section(slice(mentions, m, m_end), slice(citations, c, c_end), counters);
    m = m_end;
  }
  for (int level = 0; level < kLevels; ++level) {
    std::vector<std::pair<PairKey, const Counter*>> links;
    links.reserve(counters[level].size());
    for (const auto& [key, counter] : counters[level])
      links.emplace_back(key, &counter);
    std::sort(links.begin(), links.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first.concept_id, a.first.source_id) <
             std::tie(b.first.concept_id, b.first.source_id);
    });
    for (const auto& [key, counter] : links) {
      out({key.concept_id, key.source_id, static_cast<Level>(level), counter->passages,
           counter->documents, counter->weight});
    }
  }
}

}  // namespace ingest
