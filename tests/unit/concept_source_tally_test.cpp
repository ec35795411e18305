// Tests ingest::ConceptSourceTally: concept–source links counted unit by unit, on small
// hand-made places (document, section, passage, sentence) whose counts are worked out here.
#include "ingest/concept_source_tally.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ingest::ConceptSourceTally;
using Item = ConceptSourceTally::Item;

Item at(std::int64_t document, std::int64_t section, std::int64_t passage, std::int64_t sentence,
        std::int64_t id) {
  return {{document, section, passage, sentence}, id};
}

// Every link as "level concept source passages documents weight", in output order.
std::vector<std::string> links(std::vector<Item> mentions, std::vector<Item> citations) {
  ConceptSourceTally::sort_places(mentions);
  ConceptSourceTally::sort_places(citations);
  std::vector<std::string> out;
  ConceptSourceTally::tally(mentions, citations, [&](const ConceptSourceTally::Link& link) {
    out.push_back(std::string(ConceptSourceTally::level_name(link.level)) + " " +
                  std::to_string(link.concept_id) + " " + std::to_string(link.source_id) + " " +
                  std::to_string(link.passages) + " " + std::to_string(link.documents) + " " +
                  std::to_string(link.weight));
  });
  return out;
}

TEST(ConceptSourceTallyTest, OneSentenceLinksAtEveryLevel) {
  EXPECT_EQ(
      links({at(1, 1, 1, 1, 7)}, {at(1, 1, 1, 1, 3)}),
      (std::vector<std::string>{"sentence 7 3 1 1 1", "paragraph 7 3 1 1 1", "section 7 3 1 1 1"}));
}

TEST(ConceptSourceTallyTest, SentencesApartLinkAtParagraphButNotAtSentenceLevel) {
  EXPECT_EQ(links({at(1, 1, 1, 1, 7)}, {at(1, 1, 1, 2, 3)}),
            (std::vector<std::string>{"paragraph 7 3 1 1 1", "section 7 3 1 1 1"}));
}

TEST(ConceptSourceTallyTest, PassagesApartLinkOnlyInTheSameSection) {
  EXPECT_EQ(links({at(1, 1, 1, 1, 7), at(1, 2, 3, 5, 7)}, {at(1, 1, 2, 3, 3)}),
            (std::vector<std::string>{"section 7 3 1 1 1"}));
}

TEST(ConceptSourceTallyTest, RepeatsInOneUnitCountOnce) {
  // Two mentions and two citations of the same pair in one sentence: one of everything.
  EXPECT_EQ(
      links({at(1, 1, 1, 1, 7), at(1, 1, 1, 1, 7)}, {at(1, 1, 1, 1, 3), at(1, 1, 1, 1, 3)}),
      (std::vector<std::string>{"sentence 7 3 1 1 1", "paragraph 7 3 1 1 1", "section 7 3 1 1 1"}));
}

TEST(ConceptSourceTallyTest, DistinctSentencesPassagesAndDocumentsAreCountedApart) {
  // Document 1: section 1 has passage 1 (sentences 1, 2 both with the pair) and passage 2
  // (the concept alone); document 2: section 2, passage 3, sentence 9 with the pair.
  const std::vector<Item> mentions = {at(1, 1, 1, 1, 7), at(1, 1, 1, 2, 7), at(1, 1, 2, 4, 7),
                                      at(2, 2, 3, 9, 7)};
  const std::vector<Item> citations = {at(1, 1, 1, 1, 3), at(1, 1, 1, 2, 3), at(2, 2, 3, 9, 3)};
  EXPECT_EQ(links(mentions, citations),
            (std::vector<std::string>{
                "sentence 7 3 2 2 3",    // sentences 1, 2, 9 in passages 1, 3 of both documents
                "paragraph 7 3 2 2 2",   // passages 1 and 3
                "section 7 3 3 2 2"}));  // passages 1, 2 (section 1 cites) and 3; sections 1, 2
}

TEST(ConceptSourceTallyTest, EveryConceptOfAUnitPairsWithEverySourceOfIt) {
  EXPECT_EQ(
      links({at(1, 1, 1, 1, 8), at(1, 1, 1, 1, 7)}, {at(1, 1, 1, 1, 4), at(1, 1, 1, 1, 3)}),
      (std::vector<std::string>{"sentence 7 3 1 1 1", "sentence 7 4 1 1 1", "sentence 8 3 1 1 1",
                                "sentence 8 4 1 1 1", "paragraph 7 3 1 1 1", "paragraph 7 4 1 1 1",
                                "paragraph 8 3 1 1 1", "paragraph 8 4 1 1 1", "section 7 3 1 1 1",
                                "section 7 4 1 1 1", "section 8 3 1 1 1", "section 8 4 1 1 1"}));
}

TEST(ConceptSourceTallyTest, OutsideASentenceCountsForParagraphAndSectionOnly) {
  // sentence 0: a mention and a citation that no sentence holds (a heading, say).
  EXPECT_EQ(links({at(1, 1, 1, 0, 7)}, {at(1, 1, 1, 0, 3)}),
            (std::vector<std::string>{"paragraph 7 3 1 1 1", "section 7 3 1 1 1"}));
}

TEST(ConceptSourceTallyTest, NoCitationsOrNoMentionsGiveNoLinks) {
  EXPECT_TRUE(links({at(1, 1, 1, 1, 7)}, {}).empty());
  EXPECT_TRUE(links({}, {at(1, 1, 1, 1, 3)}).empty());
  // A section with citations only, then one with mentions only.
  EXPECT_TRUE(links({at(1, 2, 2, 2, 7)}, {at(1, 1, 1, 1, 3)}).empty());
}

}  // namespace
