// Tests of ingest::OccurrenceTally: which concepts occur in which unit (with their mentions),
// and the co-occurrence counts behind v_cooccurrence, on small mention streams written here.
#include "ingest/occurrence_tally.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <tuple>
#include <utility>
#include <vector>

namespace {

using ingest::OccurrenceTally;
using Level = OccurrenceTally::Level;

struct Occurrence {
  Level level;
  std::int64_t unit;
  std::size_t concept_index;
  std::size_t mentions;
  friend bool operator==(const Occurrence&, const Occurrence&) = default;
};

struct Pair {
  Level level;
  std::size_t a;
  std::size_t b;
  std::size_t together;
  std::size_t a_units;
  std::size_t b_units;
  std::size_t units;
  friend bool operator==(const Pair&, const Pair&) = default;
};

void PrintTo(const Occurrence& o, std::ostream* os) {
  *os << OccurrenceTally::level_name(o.level) << " unit " << o.unit << " concept "
      << o.concept_index << " mentions " << o.mentions;
}

void PrintTo(const Pair& p, std::ostream* os) {
  *os << OccurrenceTally::level_name(p.level) << " (" << p.a << ", " << p.b << ") together "
      << p.together << " a_units " << p.a_units << " b_units " << p.b_units << " units " << p.units;
}

// A tally over `concepts` concepts that records what it reports.
class Recorder {
 public:
  explicit Recorder(std::size_t concepts)
      : tally_(concepts, [this](Level level, std::int64_t unit, std::size_t c, std::size_t n) {
          occurrences_.push_back({level, unit, c, n});
        }) {}

  OccurrenceTally& tally() { return tally_; }
  const std::vector<Occurrence>& occurrences() const { return occurrences_; }

  std::vector<Pair> finish() {
    std::vector<Pair> pairs;
    tally_.finish([&](Level level, std::size_t a, std::size_t b, std::size_t together,
                      std::size_t a_units, std::size_t b_units, std::size_t units) {
      pairs.push_back({level, a, b, together, a_units, b_units, units});
    });
    return pairs;
  }

 private:
  std::vector<Occurrence> occurrences_;
  OccurrenceTally tally_;
};

TEST(OccurrenceTallyTest, ReportsEachConceptOfAUnitOnceWithItsMentionsInConceptOrder) {
  Recorder r(5);
  r.tally().add(OccurrenceTally::kSentence, 10, 3);
  r.tally().add(OccurrenceTally::kSentence, 10, 1);
  r.tally().add(OccurrenceTally::kSentence, 10, 3);
  r.tally().add(OccurrenceTally::kSentence, 11, 4);  // closes unit 10
  const std::vector<Occurrence> after_first_unit = {
      {OccurrenceTally::kSentence, 10, 1, 1},
      {OccurrenceTally::kSentence, 10, 3, 2},
  };
  EXPECT_EQ(r.occurrences(), after_first_unit);
  r.finish();  // closes unit 11
  ASSERT_EQ(r.occurrences().size(), 3u);
  EXPECT_EQ(r.occurrences().back(), (Occurrence{OccurrenceTally::kSentence, 11, 4, 1}));
}

TEST(OccurrenceTallyTest, CountsUnitsHoldingBothEachAndAnyBothWaysRound) {
  // Sentences: 1 {A, B}, 2 {A, C}, 3 {B}, 4 {A, B, C, A}. A = 0, B = 1, C = 2.
  Recorder r(3);
  auto& t = r.tally();
  t.add(OccurrenceTally::kSentence, 1, 0);
  t.add(OccurrenceTally::kSentence, 1, 1);
  t.add(OccurrenceTally::kSentence, 2, 2);
  t.add(OccurrenceTally::kSentence, 2, 0);
  t.add(OccurrenceTally::kSentence, 3, 1);
  t.add(OccurrenceTally::kSentence, 4, 0);
  t.add(OccurrenceTally::kSentence, 4, 1);
  t.add(OccurrenceTally::kSentence, 4, 2);
  t.add(OccurrenceTally::kSentence, 4, 0);
  // A in 1, 2, 4 (3 units); B in 1, 3, 4 (3); C in 2, 4 (2); 4 units hold a concept.
  // A+B together in 1 and 4; A+C in 2 and 4; B+C in 4 only.
  const std::vector<Pair> expected = {
      {OccurrenceTally::kSentence, 0, 1, 2, 3, 3, 4},
      {OccurrenceTally::kSentence, 0, 2, 2, 3, 2, 4},
      {OccurrenceTally::kSentence, 1, 0, 2, 3, 3, 4},
      {OccurrenceTally::kSentence, 1, 2, 1, 3, 2, 4},
      {OccurrenceTally::kSentence, 2, 0, 2, 2, 3, 4},
      {OccurrenceTally::kSentence, 2, 1, 1, 2, 3, 4},
  };
  EXPECT_EQ(r.finish(), expected);
}

TEST(OccurrenceTallyTest, ARepeatedMentionCountsOnceForThePairs) {
  Recorder r(2);
  for (int i = 0; i < 5; ++i)
    r.tally().add(OccurrenceTally::kParagraph, 7, 0);
  r.tally().add(OccurrenceTally::kParagraph, 7, 1);
  const std::vector<Pair> expected = {
      {OccurrenceTally::kParagraph, 0, 1, 1, 1, 1, 1},
      {OccurrenceTally::kParagraph, 1, 0, 1, 1, 1, 1},
  };
  EXPECT_EQ(r.finish(), expected);
  const std::vector<Occurrence> occurrences = {
      {OccurrenceTally::kParagraph, 7, 0, 5},
      {OccurrenceTally::kParagraph, 7, 1, 1},
  };
  EXPECT_EQ(r.occurrences(), occurrences);
}

TEST(OccurrenceTallyTest, AConceptAloneInItsUnitsMakesNoPairButCountsItsUnits) {
  // Sections: 1 {A}, 2 {A, B}, 3 {C}. C is never with another concept: no pair names it,
  // but its section counts among the units holding any concept.
  Recorder r(3);
  r.tally().add(OccurrenceTally::kSection, 1, 0);
  r.tally().add(OccurrenceTally::kSection, 2, 0);
  r.tally().add(OccurrenceTally::kSection, 2, 1);
  r.tally().add(OccurrenceTally::kSection, 3, 2);
  const std::vector<Pair> expected = {
      {OccurrenceTally::kSection, 0, 1, 1, 2, 1, 3},
      {OccurrenceTally::kSection, 1, 0, 1, 1, 2, 3},
  };
  EXPECT_EQ(r.finish(), expected);
}

TEST(OccurrenceTallyTest, KeepsTheLevelsApartAndReportsThemInLevelOrder) {
  // One document holding two sentences: A with B in sentence 1, C alone in sentence 2. At
  // the document level all three are together; at the sentence level only A and B.
  Recorder r(3);
  auto& t = r.tally();
  const std::pair<int, int> mentions[] = {{1, 0}, {1, 1}, {2, 2}};  // (sentence, concept)
  for (const auto& [sentence, concept_index] : mentions) {
    t.add(OccurrenceTally::kSentence, sentence, static_cast<std::size_t>(concept_index));
    t.add(OccurrenceTally::kDocument, 1, static_cast<std::size_t>(concept_index));
  }
  const std::vector<Pair> pairs = r.finish();
  std::vector<Pair> document;
  std::vector<Pair> sentence;
  for (const Pair& p : pairs)
    (p.level == OccurrenceTally::kDocument ? document : sentence).push_back(p);
  EXPECT_EQ(document.size(), 6u);  // three concepts, every ordered pair
  for (const Pair& p : document)
    EXPECT_EQ(std::tie(p.together, p.a_units, p.b_units, p.units), std::make_tuple(1u, 1u, 1u, 1u));
  const std::vector<Pair> expected_sentence = {
      {OccurrenceTally::kSentence, 0, 1, 1, 1, 1, 2},
      {OccurrenceTally::kSentence, 1, 0, 1, 1, 1, 2},
  };
  EXPECT_EQ(sentence, expected_sentence);
  // Document pairs come first: the levels are reported in the order of their names.
  ASSERT_FALSE(pairs.empty());
  EXPECT_EQ(pairs.front().level, OccurrenceTally::kDocument);
  EXPECT_EQ(pairs.back().level, OccurrenceTally::kSentence);
}

TEST(OccurrenceTallyTest, ManyConceptsCountTheSameAsFew) {
  // Above kDenseConcepts the pairs are kept in a hash map instead of a matrix; the counts and
  // their order must not change. The same stream over concept indexes 0, 1 and 2 of a small
  // vocabulary and 0, 1000 and the last of a large one.
  const std::size_t large = OccurrenceTally::kDenseConcepts + 100;
  auto run = [](std::size_t concepts, std::size_t a, std::size_t b, std::size_t c) {
    Recorder r(concepts);
    r.tally().add(OccurrenceTally::kSentence, 1, c);
    r.tally().add(OccurrenceTally::kSentence, 1, a);
    r.tally().add(OccurrenceTally::kSentence, 2, b);
    r.tally().add(OccurrenceTally::kSentence, 2, a);
    r.tally().add(OccurrenceTally::kSentence, 3, c);
    r.tally().add(OccurrenceTally::kSentence, 3, b);
    r.tally().add(OccurrenceTally::kSentence, 3, a);
    return r.finish();
  };
  const std::vector<Pair> few = run(3, 0, 1, 2);
  const std::vector<Pair> many = run(large, 0, 1000, large - 1);
  ASSERT_EQ(few.size(), 6u);
  ASSERT_EQ(many.size(), few.size());
  const std::size_t index_in_many[] = {0, 1000, large - 1};
  for (std::size_t i = 0; i < few.size(); ++i) {
    EXPECT_EQ(many[i].a, index_in_many[few[i].a]) << i;
    EXPECT_EQ(many[i].b, index_in_many[few[i].b]) << i;
    EXPECT_EQ(std::tie(many[i].together, many[i].a_units, many[i].b_units, many[i].units),
              std::tie(few[i].together, few[i].a_units, few[i].b_units, few[i].units))
        << i;
  }
  // a = concept 0 is in all three sentences, with each of the others in two.
  EXPECT_EQ(few[0], (Pair{OccurrenceTally::kSentence, 0, 1, 2, 3, 2, 3}));
}

TEST(OccurrenceTallyTest, AUnitThatComesBackAfterItClosedIsABug) {
  Recorder r(2);
  r.tally().add(OccurrenceTally::kParagraph, 5, 0);
  r.tally().add(OccurrenceTally::kParagraph, 6, 1);
  EXPECT_THROW(r.tally().add(OccurrenceTally::kParagraph, 5, 1), std::logic_error);
}

TEST(OccurrenceTallyTest, NoMentionsNoRows) {
  Recorder r(4);
  EXPECT_TRUE(r.finish().empty());
  EXPECT_TRUE(r.occurrences().empty());
}

}  // namespace
