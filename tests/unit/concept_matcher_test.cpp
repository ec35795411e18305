// Tests of the concept matcher on sentences written for the purpose: longest match, every
// variant rule in running text, compounds, elliptic compounds, case rules and nesting.
#include <gtest/gtest.h>

#include "ingest/concept_matcher.hpp"

namespace {

const char* const kVocabulary = R"(
theme = "test"

[[concept]]
key = "leiderschap"
pref = { nl = "leiderschap", en = "leadership" }
definition = "Richting geven."

[[concept]]
key = "gespreid-leiderschap"
pref = { nl = "gespreid leiderschap", en = "distributed leadership" }
definition = "Leiderschap dat rondgaat."

[[concept]]
key = "plg"
pref = { nl = "professionele leergemeenschap" }
alt = { nl = ["PLG", "leergemeenschap"], en = ["professional learning community"] }
definition = "Een groep die samen leert."

[[concept]]
key = "leraar"
pref = { nl = "leraar" }
definition = "Iemand die les geeft."

[[concept]]
key = "cocreatie"
pref = { nl = "co-creatie" }
definition = "Samen maken."

[[concept]]
key = "toekenning"
pref = { nl = "toekenningsproces" }
alt = { nl = ["verwervingsproces"] }
definition = "Leiderschap krijgen en geven."

[[concept]]
key = "kanteling-programma"
pref = { nl = "programma De Kanteling" }
exact = ["De Kanteling"]
definition = "Het programma."

[[concept]]
key = "kanteling"
pref = { nl = "kanteling" }
definition = "De omslag."

[[concept]]
key = "leren"
pref = { nl = "teamleren" }
definition = "Leren als team."

[[concept]]
key = "visie"
pref = { nl = "visie" }
definition = "Een beeld van de toekomst."
)";

struct Found {
  std::string key;
  std::string text;
  std::string rule;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << f.key << ":" << f.text << ":" << f.rule;
}

class ConceptMatcherTest : public ::testing::Test {
 protected:
  ConceptMatcherTest()
      : vocabulary_(ingest::parse_vocabulary(kVocabulary, "test.toml", {})),
        matcher_(vocabulary_, [](std::string_view w) {
          return w == "school" || w == "team" || w == "leren" || w == "schoolleider";
        }) {}

  std::vector<Found> find(const std::string& text) const {
    std::vector<Found> out;
    for (const auto& m : matcher_.match(text)) {
      out.push_back({vocabulary_.concepts[m.concept_index].key,
                     text.substr(m.begin, m.end - m.begin), m.rule});
    }
    return out;
  }

  ingest::Vocabulary vocabulary_;
  ingest::ConceptMatcher matcher_;
};

TEST_F(ConceptMatcherTest, LongestMatchWinsAndTheInnerLabelDoesNotCountAgain) {
  EXPECT_EQ(find("Gespreid leiderschap is ook leiderschap."),
            (std::vector<Found>{{"gespreid-leiderschap", "Gespreid leiderschap", "label"},
                                {"leiderschap", "leiderschap", "label"}}));
}

TEST_F(ConceptMatcherTest, ALabelDoesNotRunOverPunctuation) {
  EXPECT_EQ(find("Het is gespreid. Leiderschap volgt."),
            (std::vector<Found>{{"leiderschap", "Leiderschap", "label"}}));
  EXPECT_EQ(find("gespreid, leiderschap"),
            (std::vector<Found>{{"leiderschap", "leiderschap", "label"}}));
}

TEST_F(ConceptMatcherTest, InflectedMembersAndPlurals) {
  EXPECT_EQ(find("Gespreide leiderschap en professionele leergemeenschappen."),
            (std::vector<Found>{{"gespreid-leiderschap", "Gespreide leiderschap", "adjective"},
                                {"plg", "professionele leergemeenschappen", "plural"}}));
  EXPECT_EQ(find("Twee leraren."), (std::vector<Found>{{"leraar", "leraren", "plural"}}));
}

TEST_F(ConceptMatcherTest, AbbreviationsMatchCaseSensitively) {
  EXPECT_EQ(find("De PLG’s en een plg."), (std::vector<Found>{{"plg", "PLG’s", "plural"}}));
}

TEST_F(ConceptMatcherTest, EnglishLabelsInDutchText) {
  EXPECT_EQ(find("een professional learning communities aanpak"),
            (std::vector<Found>{{"plg", "professional learning communities", "plural"}}));
}

TEST_F(ConceptMatcherTest, HyphenSpaceAndClosedSpellings) {
  EXPECT_EQ(find("co-creatie, cocreatie en co creatie"),
            (std::vector<Found>{{"cocreatie", "co-creatie", "label"},
                                {"cocreatie", "cocreatie", "spelling"},
                                {"cocreatie", "co creatie", "label"}}));
  EXPECT_EQ(find("Team-leren en team leren."),
            (std::vector<Found>{{"leren", "Team-leren", "spelling"},
                                {"leren", "team leren", "spelling"}}));
}

TEST_F(ConceptMatcherTest, RightHeadedCompoundsAreFlagged) {
  EXPECT_EQ(find("De schoolleergemeenschap groeit."),
            (std::vector<Found>{{"plg", "schoolleergemeenschap", "compound"}}));
  EXPECT_EQ(find("De schoolleergemeenschappen groeien."),
            (std::vector<Found>{{"plg", "schoolleergemeenschappen", "compound+plural"}}));
  // The label as the first member is not a mention; nor is a modifier that is not a word.
  EXPECT_TRUE(find("leergemeenschapsvorming").empty());
  EXPECT_TRUE(find("televisie").empty());
}

TEST_F(ConceptMatcherTest, HyphenatedCompoundsCountOnlyTheirHead) {
  EXPECT_EQ(find("school-leergemeenschap"),
            (std::vector<Found>{{"plg", "leergemeenschap", "compound"}}));
  EXPECT_TRUE(find("leiderschap-stijl").empty());
  // An abbreviation before a hyphen is a modifier too: PLG-leden are members, not a PLG.
  EXPECT_TRUE(find("PLG-leden").empty());
}

TEST_F(ConceptMatcherTest, EllipticCompoundsMentionBothMembers) {
  EXPECT_EQ(find("verwervings- en toekenningsprocessen"),
            (std::vector<Found>{{"toekenning", "verwervings", "elliptic+plural"},
                                {"toekenning", "toekenningsprocessen", "plural"}}));
  EXPECT_EQ(find("toekenningsprocessen en -proces"),
            (std::vector<Found>{{"toekenning", "toekenningsprocessen", "plural"},
                                {"toekenning", "proces", "elliptic"}}));
  EXPECT_EQ(find("verwervingsprocessen en toekennings-"),
            (std::vector<Found>{{"toekenning", "verwervingsprocessen", "plural"}}));
}

TEST_F(ConceptMatcherTest, EllipticCompoundsAfterACommaOrWithAHyphenatedHead) {
  EXPECT_EQ(find("verwervings-, toekennings- en andere processen"), (std::vector<Found>{}));
  EXPECT_EQ(find("school-, team- en leergemeenschappen"),
            (std::vector<Found>{{"plg", "school", "elliptic+compound+plural"},
                                {"plg", "team", "elliptic+compound+plural"},
                                {"plg", "leergemeenschappen", "plural"}}));
  EXPECT_EQ(find("positioneel- en gespreid-leiderschap"),
            (std::vector<Found>{{"gespreid-leiderschap", "gespreid-leiderschap", "label"}}));
  // The first member of an elliptic compound is not a mention of its own word.
  EXPECT_EQ(find("leiderschap- en teamcultuur"), (std::vector<Found>{}));
}

TEST_F(ConceptMatcherTest, AClosedLabelWrittenWithAHyphen) {
  EXPECT_EQ(find("een co-creatie en een team-leren"),
            (std::vector<Found>{{"cocreatie", "co-creatie", "label"},
                                {"leren", "team-leren", "spelling"}}));
}

TEST_F(ConceptMatcherTest, ExactLabelsSeparateTheProgrammeFromTheMetaphor) {
  EXPECT_EQ(find("De Kanteling begon; de kanteling van het denken."),
            (std::vector<Found>{{"kanteling-programma", "De Kanteling", "label"},
                                {"kanteling", "kanteling", "label"}}));
}

TEST(ConceptMatcherNestedTest, NestedConceptsAlsoCountInsideLongerLabels) {
  const auto vocabulary = ingest::parse_vocabulary(R"(
theme = "t"
[[concept]]
key = "leiderschap"
pref = { nl = "leiderschap" }
definition = "d"
nested = true
[[concept]]
key = "gespreid-leiderschap"
pref = { nl = "gespreid leiderschap" }
definition = "d"
)",
                                                   "t.toml", {});
  const ingest::ConceptMatcher matcher(vocabulary, {});
  const auto found = matcher.match("gespreid leiderschap");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(vocabulary.concepts[found[0].concept_index].key, "gespreid-leiderschap");
  EXPECT_FALSE(found[0].nested);
  EXPECT_EQ(vocabulary.concepts[found[1].concept_index].key, "leiderschap");
  EXPECT_TRUE(found[1].nested);
}

}  // namespace
