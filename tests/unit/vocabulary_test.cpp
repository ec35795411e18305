// Tests of the vocabulary loader: the format, the SKOS rules and errors that name the file,
// the line and the concept.
#include <gtest/gtest.h>

#include "ingest/vocabulary.hpp"
#include "support/test_support.hpp"

namespace {

using ingest::parse_vocabulary;

// A corpus of one file "000" with 100 lines, for evidence checks.
std::optional<int> corpus_files(const std::string& key) {
  if (key == "000") return 100;
  return std::nullopt;
}

std::vector<std::string> errors_of(const std::string& text) {
  try {
    parse_vocabulary(text, "v.toml", corpus_files);
  } catch (const ingest::VocabularyError& e) {
    return e.errors();
  }
  return {};
}

bool any_contains(const std::vector<std::string>& errors, const std::string& part) {
  for (const auto& e : errors) {
    if (e.find(part) != std::string::npos) return true;
  }
  return false;
}

const char* const kGood = R"(theme = "leiderschap"

[[concept]]
key = "gespreid-leiderschap"
pref = { nl = "gespreid leiderschap", en = "distributed leadership" }
alt = { nl = ["gedeeld leiderschap"], en = ["shared leadership"] }
hidden = ["gespreid leiderchap"]
definition = "Leiderschap dat bij wisselende mensen ligt."
scope = "Niet positioneel."
relations = [
  { type = "contrasts_with", to = "positioneel-leiderschap", evidence = "000:12" },
  { type = "broader", to = "leiderschap", evidence = "000:20-22", note = "zie ook" },
]

[[concept]]
key = "positioneel-leiderschap"
pref = { nl = "positioneel leiderschap" }
exact = ["Positioneel Leiderschap"]
definition = "Leiderschap dat aan een positie hangt."

[[concept]]
key = "leiderschap"
pref = { nl = "empowerment", en = "empowerment" }
alt = { nl = ["PLG"] }
definition = "Richting geven."
nested = true
compounds = false
)";

TEST(VocabularyTest, ReadsConceptsLabelsAndRelations) {
  const auto v = parse_vocabulary(kGood, "v.toml", corpus_files);
  ASSERT_EQ(v.concepts.size(), 3u);
  const auto& c = v.concepts[0];
  EXPECT_EQ(c.key, "gespreid-leiderschap");
  EXPECT_EQ(c.theme, "leiderschap");
  EXPECT_EQ(c.line, 3);
  ASSERT_EQ(c.labels.size(), 5u);
  EXPECT_EQ(c.labels[0].text, "gespreid leiderschap");
  EXPECT_EQ(c.labels[0].kind, ingest::LabelKind::kPreferred);
  EXPECT_EQ(c.labels[4].kind, ingest::LabelKind::kHidden);
  ASSERT_EQ(c.relations.size(), 2u);
  EXPECT_EQ(c.relations[1].type, "broader");
  EXPECT_EQ(c.relations[1].first_line, 20);
  EXPECT_EQ(c.relations[1].last_line, 22);
  EXPECT_EQ(c.relations[1].note, "zie ook");
  EXPECT_TRUE(v.concepts[1].labels[1].exact);
  EXPECT_TRUE(v.concepts[1].labels[1].case_sensitive);
  EXPECT_TRUE(v.concepts[2].labels[2].case_sensitive);  // PLG: an abbreviation
  EXPECT_TRUE(v.concepts[2].nested);
  EXPECT_FALSE(v.concepts[2].compounds);
  EXPECT_EQ(v.hash.size(), 64u);
}

TEST(VocabularyTest, EveryErrorNamesFileLineAndKey) {
  const auto errors = errors_of(R"(theme = "t"
[[concept]]
key = "a"
pref = { nl = "alfa" }
definition = "d"
relations = [ { type = "broader", to = "onbekend", evidence = "000:1" } ]

[[concept]]
key = "a"
pref = { en = "alpha" }
definition = "d"

[[concept]]
key = "b"
pref = { nl = "alfa" }
definition = "d"
)");
  EXPECT_TRUE(any_contains(errors,
                           "v.toml:6: concept 'a': the relation broader points to "
                           "'onbekend'"));
  EXPECT_TRUE(any_contains(errors, "v.toml:8: concept 'a': duplicate key"));
  EXPECT_TRUE(any_contains(errors, "concept 'a': the Dutch preferred label pref.nl is missing"));
  EXPECT_TRUE(any_contains(errors,
                           "v.toml:15: concept 'b': the label 'alfa' is also claimed "
                           "by concept 'a'"));
  EXPECT_EQ(errors.size(), 4u);
}

TEST(VocabularyTest, LabelsOfOneConceptAreDisjointWithinALanguage) {
  const auto errors = errors_of(R"(theme = "t"
[[concept]]
key = "a"
pref = { nl = "Alfa" }
alt = { nl = ["alfa"] }
hidden = ["beta"]
definition = "d"
[[concept]]
key = "b"
pref = { nl = "beta" }
definition = "d"
)");
  EXPECT_TRUE(any_contains(errors, "v.toml:5: concept 'a': the label 'alfa' is given twice"));
  EXPECT_TRUE(any_contains(errors, "the label 'beta' is also claimed"));
}

TEST(VocabularyTest, RelationsNeedAKnownTypeAndRealEvidence) {
  const auto errors = errors_of(R"(theme = "t"
[[concept]]
key = "a"
pref = { nl = "alfa" }
definition = "d"
relations = [
  { type = "narrower", to = "b", evidence = "000:1" },
  { type = "related", to = "b", evidence = "regel 4" },
  { type = "related", to = "b", evidence = "000:101" },
  { type = "related", to = "b", evidence = "999:1" },
  { type = "related", to = "b" },
  { type = "related", to = "a", evidence = "000:1" },
]
[[concept]]
key = "b"
pref = { nl = "beta" }
definition = "d"
)");
  EXPECT_TRUE(any_contains(errors, "v.toml:7: concept 'a': unknown relation type 'narrower'"));
  EXPECT_TRUE(any_contains(errors, "v.toml:8: concept 'a': evidence 'regel 4' must be FILE:LINE"));
  EXPECT_TRUE(any_contains(errors,
                           "v.toml:9: concept 'a': evidence '000:101' points past the "
                           "end of file 000 (100 lines)"));
  EXPECT_TRUE(any_contains(errors, "evidence '999:1' names no corpus file"));
  EXPECT_TRUE(any_contains(errors, "needs evidence"));
  EXPECT_TRUE(any_contains(errors, "cannot be related to itself"));
}

TEST(VocabularyTest, UnknownFieldsAndMissingPartsAreErrors) {
  const auto errors = errors_of(R"(theme = "t"
[[concept]]
key = "A b"
pref = { nl = ["twee", "labels"] }
defintion = "typo"
)");
  EXPECT_TRUE(any_contains(errors, "the key must be lower-case"));
  EXPECT_TRUE(any_contains(errors, "at most one preferred label per language"));
  EXPECT_TRUE(any_contains(errors, "unknown field 'defintion'"));
  EXPECT_TRUE(any_contains(errors, "needs a definition"));
}

TEST(VocabularyTest, TomlSyntaxErrorsNameTheLine) {
  const auto errors = errors_of("theme = \"t\"\n[[concept]]\nkey = \n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("v.toml:3:", 0), 0u) << errors[0];
}

TEST(VocabularyTest, FolderLoadingReadsEveryFileInNameOrder) {
  testing_support::TempDir dir;
  testing_support::write_file(dir / "b.toml",
                              "theme = \"b\"\n[[concept]]\nkey = \"b\"\npref = { nl = \"beta\" }\n"
                              "definition = \"d\"\n");
  testing_support::write_file(dir / "a.toml",
                              "theme = \"a\"\n[[concept]]\nkey = \"a\"\npref = { nl = \"alfa\" }\n"
                              "definition = \"d\"\nrelations = [{ type = \"related\", to = \"b\", "
                              "evidence = \"000:2\" }]\n");
  testing_support::write_file(dir / "notes.md", "not a vocabulary file");
  const auto v = ingest::load_vocabulary(dir.path(), corpus_files, true);
  ASSERT_EQ(v.concepts.size(), 2u);
  EXPECT_EQ(v.concepts[0].key, "a");
  EXPECT_EQ(v.concepts[1].theme, "b");
  EXPECT_EQ(v.files.size(), 2u);
  // A folder that is not there is an error only when it was asked for.
  EXPECT_TRUE(ingest::load_vocabulary(dir / "missing", corpus_files, false).concepts.empty());
  EXPECT_THROW(ingest::load_vocabulary(dir / "missing", corpus_files, true),
               ingest::VocabularyError);
}

}  // namespace
