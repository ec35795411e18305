// Tests ingest::plan_passages / collect_hyphen_cases / build_passages on blocks made by hand:
// sentences rejoined across breaks and boxes, boxes marked, lines joined with hyphen choices.
#include <gtest/gtest.h>

#include "ingest/assembler.hpp"

namespace {

using ingest::Block;
using ingest::BlockKind;
using ingest::HyphenChoice;
using ingest::HyphenDecision;

Block block(std::vector<int> lines, BlockKind kind = BlockKind::kBody, int duplicate_of = -1) {
  Block b;
  b.lines = std::move(lines);
  b.kind = kind;
  b.duplicate_of = duplicate_of;
  return b;
}

std::vector<std::string> kinds(const std::vector<ingest::PassagePlan>& plans) {
  std::vector<std::string> out;
  for (const auto& p : plans)
    out.push_back(ingest::passage_kind_name(p.kind));
  return out;
}

TEST(AssemblerTest, SentenceSplitByABoxIsRejoinedAndTheBoxMarked) {
  const std::vector<std::string> lines = {
      "De prikkels komen binnen via zintuigen als",  // 1
      "",                                            // 2
      "Stok of slang?",                              // 3
      "",                                            // 4
      "Een wandelaar ziet iets liggen.",             // 5
      "",                                            // 6
      "zicht, geluid en aanraking.",                 // 7
  };
  const auto plans = ingest::plan_passages(
      {block({1}), block({3}, BlockKind::kHeading), block({5}), block({7})}, lines);
  ASSERT_EQ(plans.size(), 3u);
  EXPECT_EQ(kinds(plans), (std::vector<std::string>{"paragraph", "box", "box"}));
  EXPECT_EQ(plans[0].lines, (std::vector<int>{1, 7}));
  EXPECT_TRUE(plans[0].rejoined);

  const auto passages = ingest::build_passages(plans, lines, {}, ingest::WordLexicon{});
  EXPECT_EQ(passages[0].text.text(),
            "De prikkels komen binnen via zintuigen als zicht, geluid en aanraking.");
  EXPECT_EQ(passages[0].first_line, 1);
  EXPECT_EQ(passages[0].last_line, 7);
}

TEST(AssemblerTest, ColumnBreakInsideASentenceIsRejoined) {
  const std::vector<std::string> lines = {"Dat kan mits", "", "je de juiste data hebt."};
  const auto plans = ingest::plan_passages({block({1}), block({3})}, lines);
  ASSERT_EQ(plans.size(), 1u);
  const auto passages = ingest::build_passages(plans, lines, {}, ingest::WordLexicon{});
  EXPECT_EQ(passages[0].text.text(), "Dat kan mits je de juiste data hebt.");
}

TEST(AssemblerTest, FinishedSentenceOrCapitalStartIsNotRejoined) {
  const std::vector<std::string> lines = {"Dit is af.",     "", "en dit begint klein.", "",
                                          "Dit loopt door", "", "Maar dit niet."};
  const auto plans = ingest::plan_passages({block({1}), block({3}), block({5}), block({7})}, lines);
  EXPECT_EQ(plans.size(), 4u);
  for (const auto& p : plans)
    EXPECT_FALSE(p.rejoined);
}

TEST(AssemblerTest, ABylineOrBioBetweenHalvesStopsTheSearch) {
  const std::vector<std::string> lines = {"Het gaat", "", "Auteur: Anna", "", "om balans."};
  const auto plans =
      ingest::plan_passages({block({1}), block({3}, BlockKind::kByline), block({5})}, lines);
  EXPECT_EQ(plans.size(), 3u);
}

TEST(AssemblerTest, PullQuoteKeepsItsLinkToThePassageItRepeats) {
  const std::vector<std::string> lines = {"Leren doe je samen met anderen in je team.", "",
                                          "Leren doe je samen met anderen"};
  const auto plans =
      ingest::plan_passages({block({1}), block({3}, BlockKind::kPullQuote, 0)}, lines);
  ASSERT_EQ(plans.size(), 2u);
  EXPECT_EQ(plans[1].duplicate_of, 0);
  const auto passages = ingest::build_passages(plans, lines, {}, ingest::WordLexicon{});
  EXPECT_EQ(passages[1].kind, "pull_quote");
  EXPECT_EQ(passages[1].duplicate_of, 0);
}

TEST(AssemblerTest, HyphenCasesComeFromLinesJoinedInAPassage) {
  const std::vector<std::string> lines = {
      "Volgens Boon-", "stra (2011) en het HRD-\t", "thema.", "", "Een streepje -", "los."};
  const auto plans = ingest::plan_passages({block({1, 2, 3}), block({5, 6})}, lines);
  const auto cases = ingest::collect_hyphen_cases(plans, lines);
  ASSERT_EQ(cases.size(), 2u);  // the lone dash on line 5 is not a hyphen
  EXPECT_EQ(cases[0].left, "Boon");
  EXPECT_EQ(cases[0].right, "stra");
  EXPECT_EQ(cases[0].line, 1);
  EXPECT_EQ(cases[1].left, "HRD");
  EXPECT_EQ(cases[1].right, "thema.");
  EXPECT_EQ(cases[1].line, 2);
}

TEST(AssemblerTest, HyphenDecisionsShapeTheJoin) {
  const std::vector<std::string> lines = {"Boon-", "stra en HRD-", "thema en verwervings-",
                                          "en toekenningsprocessen"};
  const auto plans = ingest::plan_passages({block({1, 2, 3, 4})}, lines);
  const std::unordered_map<int, HyphenDecision> hyphens = {
      {1, {HyphenChoice::kDrop, "joined-attested"}},
      {2, {HyphenChoice::kKeep, "abbreviation-before"}},
      {3, {HyphenChoice::kKeepSpace, "elliptic"}},
  };
  const auto passages = ingest::build_passages(plans, lines, hyphens, ingest::WordLexicon{});
  EXPECT_EQ(passages[0].text.text(),
            "Boonstra en HRD-thema en verwervings- en toekenningsprocessen");
  // The joined word maps back to both of its lines.
  EXPECT_EQ(passages[0].text.origin(0).line, 1);
  EXPECT_EQ(passages[0].text.origin(5).line, 2);  // the 't' of "stra"
}

}  // namespace
