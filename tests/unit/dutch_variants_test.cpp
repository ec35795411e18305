// Tests of the Dutch variant rules: every rule of the vocabulary README on a word of its own.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/dutch_variants.hpp"

namespace {

using ingest::dutch_noun_forms;

bool has_form(const std::vector<ingest::WordForm>& forms, const std::string& text,
              const std::string& rule) {
  return std::any_of(forms.begin(), forms.end(),
                     [&](const ingest::WordForm& f) { return f.text == text && f.rule == rule; });
}

TEST(DutchVariantsTest, PluralsWithEnAndS) {
  EXPECT_TRUE(has_form(dutch_noun_forms("organisatie"), "organisaties", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("ziekte"), "ziekten", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("kracht"), "krachten", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("plg"), "plg's", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("team"), "teams", "plural"));
}

TEST(DutchVariantsTest, ConsonantDoublingAndVowelUndoubling) {
  EXPECT_TRUE(has_form(dutch_noun_forms("gemeenschap"), "gemeenschappen", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("leergemeenschap"), "leergemeenschappen", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("leraar"), "leraren", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("proef"), "proeven", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("huis"), "huizen", "plural"));
  // No doubling after a diphthong or a doubled vowel.
  EXPECT_FALSE(has_form(dutch_noun_forms("beleid"), "beleidden", "plural"));
  EXPECT_FALSE(has_form(dutch_noun_forms("leraar"), "leraarren", "plural"));
}

TEST(DutchVariantsTest, HeidBecomesHedenAndUmBecomesA) {
  EXPECT_TRUE(has_form(dutch_noun_forms("mogelijkheid"), "mogelijkheden", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("curriculum"), "curricula", "plural"));
  EXPECT_TRUE(has_form(dutch_noun_forms("theorie"), "theorieen", "plural"));
}

TEST(DutchVariantsTest, DiminutivesAndTheirPlurals) {
  EXPECT_TRUE(has_form(dutch_noun_forms("team"), "teampje", "diminutive"));
  EXPECT_TRUE(has_form(dutch_noun_forms("visie"), "visietje", "diminutive"));
  EXPECT_TRUE(has_form(dutch_noun_forms("boek"), "boekjes", "diminutive"));
  EXPECT_TRUE(has_form(dutch_noun_forms("woning"), "woninkje", "diminutive"));
  EXPECT_TRUE(has_form(dutch_noun_forms("stap"), "stappetje", "diminutive"));
}

TEST(DutchVariantsTest, AdjectiveEndingBothWays) {
  const auto has = [](const std::string& word, const std::string& form) {
    const auto forms = ingest::dutch_adjective_forms(word);
    return std::find(forms.begin(), forms.end(), form) != forms.end();
  };
  EXPECT_TRUE(has("professioneel", "professionele"));
  EXPECT_TRUE(has("professionele", "professioneel"));
  EXPECT_TRUE(has("lerende", "lerend"));
  EXPECT_TRUE(has("lerend", "lerende"));
  EXPECT_TRUE(has("creatief", "creatieve"));
  EXPECT_TRUE(has("creatieve", "creatief"));
  EXPECT_TRUE(has("gespreid", "gespreide"));
  EXPECT_TRUE(has("snelle", "snel"));
  EXPECT_TRUE(has("snel", "snelle"));
  EXPECT_TRUE(ingest::dutch_adjective_forms("de").empty());  // too short to inflect
}

TEST(DutchVariantsTest, EnglishPlurals) {
  const auto forms = ingest::english_plurals("community");
  EXPECT_NE(std::find(forms.begin(), forms.end(), "communities"), forms.end());
  const auto process = ingest::english_plurals("process");
  EXPECT_NE(std::find(process.begin(), process.end(), "processes"), process.end());
}

std::vector<std::string> variant_texts(const ingest::LabelSpelling& label,
                                       const ingest::WordTest& is_word = {}) {
  std::vector<std::string> out;
  for (const auto& v : ingest::label_variants(label, is_word)) {
    std::string text;
    for (const auto& t : v.tokens)
      text += (text.empty() ? "" : " ") + t;
    out.push_back(text + "=" + v.rule);
  }
  return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(DutchVariantsTest, MultiWordLabelsInflectTheirMembers) {
  ingest::LabelSpelling label;
  label.tokens = {"professionele", "leergemeenschap"};
  label.joined_before = {false, false};
  const auto v = variant_texts(label);
  EXPECT_EQ(v.front(), "professionele leergemeenschap=label");
  EXPECT_TRUE(contains(v, "professionele leergemeenschappen=plural"));
  EXPECT_TRUE(contains(v, "professioneel leergemeenschap=adjective"));
  EXPECT_TRUE(contains(v, "professioneel leergemeenschappen=adjective+plural"));
}

TEST(DutchVariantsTest, TheHeadBeforeAPrepositionTakesThePlural) {
  ingest::LabelSpelling label;
  label.tokens = {"visie", "op", "leren"};
  label.joined_before = {false, false, false};
  const auto v = variant_texts(label);
  EXPECT_TRUE(contains(v, "visies op leren=plural"));
  EXPECT_FALSE(contains(v, "visiee op leren=adjective"));
}

TEST(DutchVariantsTest, HyphenatedLabelsAlsoMatchClosedUp) {
  ingest::LabelSpelling label;
  label.tokens = {"co", "creatie"};
  label.joined_before = {false, true};
  const auto v = variant_texts(label);
  EXPECT_TRUE(contains(v, "cocreatie=spelling"));
  EXPECT_TRUE(contains(v, "cocreaties=spelling+plural"));
}

TEST(DutchVariantsTest, ClosedLabelsSplitIntoCorpusWords) {
  ingest::LabelSpelling label;
  label.tokens = {"teamleren"};
  label.joined_before = {false};
  const auto is_word = [](std::string_view w) { return w == "team" || w == "leren"; };
  const auto v = variant_texts(label, is_word);
  EXPECT_TRUE(contains(v, "team leren=spelling"));
  // Without the corpus words there is no split.
  EXPECT_FALSE(contains(variant_texts(label), "team leren=spelling"));
  // A member of a longer label splits too.
  ingest::LabelSpelling longer;
  longer.tokens = {"leidinggeven", "aan", "leren"};
  longer.joined_before = {false, false, false};
  const auto words = [](std::string_view w) { return w == "leiding" || w == "geven"; };
  EXPECT_TRUE(contains(variant_texts(longer, words), "leiding geven aan leren=spelling"));
}

TEST(DutchVariantsTest, AbbreviationsTakeOnlyAPluralAndExactLabelsNothing) {
  ingest::LabelSpelling label;
  label.tokens = {"plg"};
  label.joined_before = {false};
  label.case_sensitive = true;
  EXPECT_EQ(variant_texts(label),
            (std::vector<std::string>{"plg=label", "plgs=plural", "plg's=plural"}));
  label.exact = true;
  EXPECT_EQ(variant_texts(label), std::vector<std::string>{"plg=label"});
}

TEST(DutchVariantsTest, EnglishLabelsTakeEnglishPluralsOnly) {
  ingest::LabelSpelling label;
  label.tokens = {"learning", "community"};
  label.joined_before = {false, false};
  label.language = "en";
  const auto v = variant_texts(label);
  EXPECT_TRUE(contains(v, "learning communities=plural"));
  EXPECT_FALSE(contains(v, "learninge community=adjective"));
}

}  // namespace
