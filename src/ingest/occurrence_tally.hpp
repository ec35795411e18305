// ingest/occurrence_tally.hpp — which concepts occur in which unit (sentence, paragraph,
// section, document), and how many units of a level hold two concepts together.
//
// The tally reads the mentions as the build stores them, unit after unit, and keeps only
// the open unit of each level and the pair counts: memory grows with the vocabulary, not
// with the corpus. Units arrive in the order of their row ids, and a unit once left never
// comes back (the document writer stores sentences, passages, sections and documents in
// that order); a mention of an older unit is a logic error and throws. For up to
// kDenseConcepts concepts the pairs are counted in a dense matrix per level; above that in
// a hash map.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace ingest {

class OccurrenceTally {
 public:
  // In the order of their names, which is the order of the co-occurrence table's key.
  enum Level : std::size_t { kDocument, kParagraph, kSection, kSentence, kLevels };
  static const char* level_name(Level level) {
    static constexpr const char* kNames[] = {"document", "paragraph", "section", "sentence"};
    return kNames[level];
  }

  // Called for every concept of a closed unit, in concept order, with its mentions there.
  using OccurrenceOut =
      std::function<void(Level, std::int64_t unit, std::size_t concept_index, std::size_t)>;
  // Called for every ordered pair (a ≠ b) that shares a unit: units holding both, holding a,
  // holding b, and units of the level holding any concept.
  using PairOut = std::function<void(Level, std::size_t a, std::size_t b, std::size_t together,
                                     std::size_t a_units, std::size_t b_units, std::size_t units)>;

  static constexpr std::size_t kDenseConcepts = 2048;

  OccurrenceTally(std::size_t concepts, OccurrenceOut on_occurrence)
      : concepts_(concepts), on_occurrence_(std::move(on_occurrence)) {
    for (LevelState& level : levels_) {
      level.units_of.assign(concepts, 0);
      if (dense()) level.dense.assign(concepts * concepts, 0);
    }
  }

  // One mention of `concept_index` in `unit` (a row id) of `level`.
  void add(Level level, std::int64_t unit, std::size_t concept_index) {
    LevelState& state = levels_[level];
    if (unit != state.open_unit) {
      if (unit < state.open_unit) {
        throw std::logic_error(std::string("occurrence tally: a ") + level_name(level) +
                               " unit came back after it was closed");
      }
      close(level);
      state.open_unit = unit;
    }
    state.open.push_back(concept_index);
  }

  // Closes every open unit, then reports every pair; call once, after the last mention.
  void finish(const PairOut& on_pair) {
    for (std::size_t l = 0; l < kLevels; ++l)
      close(static_cast<Level>(l));
    for (std::size_t l = 0; l < kLevels; ++l) {
      const LevelState& state = levels_[l];
      for (const auto& [a, b, together] : ordered_pairs(state)) {
        on_pair(static_cast<Level>(l), a, b, together, state.units_of[a], state.units_of[b],
                state.units);
      }
    }
  }

 private:
  struct LevelState {
    std::int64_t open_unit = -1;
    std::vector<std::size_t> open;      // concept indexes mentioned in the open unit
    std::vector<std::size_t> units_of;  // per concept: units holding it
    std::size_t units = 0;              // units holding any concept
    std::vector<std::uint32_t> dense;   // [a * concepts + b], a < b
    std::unordered_map<std::uint64_t, std::uint32_t> sparse;  // (a << 32 | b), a < b
  };
  struct Pair {
    std::size_t a;
    std::size_t b;
    std::size_t together;
  };

  bool dense() const { return concepts_ <= kDenseConcepts; }

  void close(Level level) {
    LevelState& state = levels_[level];
    if (state.open.empty()) return;
    std::sort(state.open.begin(), state.open.end());
    distinct_.clear();
    for (std::size_t i = 0; i < state.open.size();) {
      std::size_t j = i;
      while (j < state.open.size() && state.open[j] == state.open[i])
        ++j;
      on_occurrence_(level, state.open_unit, state.open[i], j - i);
      distinct_.push_back(state.open[i]);
      ++state.units_of[state.open[i]];
      i = j;
    }
    ++state.units;
    for (std::size_t i = 0; i < distinct_.size(); ++i) {
      for (std::size_t j = i + 1; j < distinct_.size(); ++j) {
        if (dense()) {
          ++state.dense[distinct_[i] * concepts_ + distinct_[j]];
        } else {
          ++state.sparse[(static_cast<std::uint64_t>(distinct_[i]) << 32) | distinct_[j]];
        }
      }
    }
    state.open.clear();
  }

  // Every pair both ways round, ordered by (a, b).
  std::vector<Pair> ordered_pairs(const LevelState& state) const {
    std::vector<Pair> pairs;
    if (dense()) {
      for (std::size_t a = 0; a < concepts_; ++a) {
        for (std::size_t b = 0; b < concepts_; ++b) {
          const std::uint32_t n =
              a < b ? state.dense[a * concepts_ + b] : state.dense[b * concepts_ + a];
          if (a != b && n > 0) pairs.push_back({a, b, n});
        }
      }
      return pairs;
    }
    for (const auto& [key, n] : state.sparse) {
      const std::size_t a = key >> 32;
      const std::size_t b = key & 0xffffffffu;
      pairs.push_back({a, b, n});
      pairs.push_back({b, a, n});
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& x, const Pair& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    return pairs;
  }

  std::size_t concepts_;
  OccurrenceOut on_occurrence_;
  std::array<LevelState, kLevels> levels_;
  std::vector<std::size_t> distinct_;
};

}  // namespace ingest
