// Tests ingest::parse_manifest / load_manifest: the corpus manifest and its strict checks.
#include "ingest/manifest.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace {

using ingest::Manifest;
using ingest::ManifestError;
using ingest::parse_manifest;

const std::string kSha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

// The message of the ManifestError that parsing `text` (named "m.toml") throws.
std::string error_of(const std::string& text) {
  try {
    parse_manifest(text, "m.toml");
  } catch (const ManifestError& e) {
    return e.what();
  }
  ADD_FAILURE() << "the manifest was accepted:\n" << text;
  return {};
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

bool starts_with(const std::string& text, const std::string& prefix) {
  return text.rfind(prefix, 0) == 0;
}

// One whole file with the given extra lines in its [[file]] table (starting on line 3).
std::string one_file(const std::string& extra = "", const std::string& kind = "essay") {
  return "schema = 1\n"        // 1
         "[[file]]\n"          // 2
         "name = \"a.txt\"\n"  // 3
         "sha256 = \"" +
         kSha +
         "\"\n"             // 4
         "key = \"000\"\n"  // 5
         "kind = \"" +
         kind +
         "\"\n"                 // 6
         "language = \"nl\"\n"  // 7
         + extra;
}

// A compound file whose two parts have the given line ranges.
std::string two_parts(int first1, int last1, int first2, int last2) {
  return "[[file]]\n"          // 1
         "name = \"b.txt\"\n"  // 2
         "sha256 = \"" +
         kSha +
         "\"\n"                   // 3
         "key = \"001\"\n"        // 4
         "kind = \"magazine\"\n"  // 5
         "language = \"nl\"\n"    // 6
         "[[file.part]]\n"        // 7
         "key = \"001-p01\"\n"    // 8
         "kind = \"article\"\n"   // 9
         "first_line = " +
         std::to_string(first1) +
         "\n"  // 10
         "last_line = " +
         std::to_string(last1) +
         "\n"                    // 11
         "[[file.part]]\n"       // 12
         "key = \"001-p02\"\n"   // 13
         "kind = \"article\"\n"  // 14
         "first_line = " +
         std::to_string(first2) +
         "\n"  // 15
         "last_line = " +
         std::to_string(last2) + "\n";  // 16
}

TEST(ManifestTest, ValidManifestGivesEveryField) {
  const std::string text =
      "# a test manifest\n"  // 1
      "schema = 1\n"         // 2
      "\n"                   // 3
      "[[file]]\n"           // 4
      "name = \"a.txt\"\n"   // 5
      "sha256 = \"" +
      kSha +
      "\"\n"                                                                             // 6
      "key = \"000\"\n"                                                                  // 7
      "title = \"Alpha\"\n"                                                              // 8
      "subtitle = \"On alpha\"\n"                                                        // 9
      "authors = [\"Ann One\", \"Bob Two\"]\n"                                           // 10
      "year = 2020\n"                                                                    // 11
      "kind = \"essay\"\n"                                                               // 12
      "language = \"nl\"\n"                                                              // 13
      "\n"                                                                               // 14
      "[[file]]\n"                                                                       // 15
      "name = \"b.txt\"\n"                                                               // 16
      "sha256 = \"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\"\n"  // 17
      "key = \"001\"\n"                                                                  // 18
      "title = \"Issue 1\"\n"                                                            // 19
      "authors = []\n"                                                                   // 20
      "year = 2021\n"                                                                    // 21
      "year_end = 2022\n"                                                                // 22
      "kind = \"magazine\"\n"                                                            // 23
      "language = \"en\"\n"                                                              // 24
      "note = \"two volumes\"\n"                                                         // 25
      "\n"                                                                               // 26
      "  [[file.part]]\n"                                                                // 27
      "  key = \"001-p01\"\n"                                                            // 28
      "  title = \"Hello\"\n"                                                            // 29
      "  authors = [\"Cee Three\"]\n"                                                    // 30
      "  kind = \"editorial\"\n"                                                         // 31
      "  first_line = 1\n"                                                               // 32
      "  last_line = 10\n"                                                               // 33
      "  inferred = [\"authors\", \"year\"]\n"                                           // 34
      "\n"                                                                               // 35
      "  [[file.part]]\n"                                                                // 36
      "  key = \"001-p02\"\n"                                                            // 37
      "  kind = \"ad\"\n"                                                                // 38
      "  first_line = 11\n"                                                              // 39
      "  last_line = 12\n";                                                              // 40
  const Manifest m = parse_manifest(text, "corpus.toml");
  EXPECT_EQ(m.source, "corpus.toml");
  ASSERT_EQ(m.files.size(), 2u);

  const auto& a = m.files[0];
  EXPECT_EQ(a.name, "a.txt");
  EXPECT_EQ(a.sha256, kSha);
  EXPECT_EQ(a.key, "000");
  EXPECT_EQ(a.title, "Alpha");
  EXPECT_EQ(a.subtitle, "On alpha");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann One", "Bob Two"}));
  EXPECT_EQ(a.year, 2020);
  EXPECT_FALSE(a.year_end.has_value());
  EXPECT_EQ(a.kind, "essay");
  EXPECT_EQ(a.language, "nl");
  EXPECT_TRUE(a.inferred.empty());
  EXPECT_EQ(a.note, "");
  EXPECT_TRUE(a.parts.empty());
  EXPECT_EQ(a.manifest_line, 4);

  const auto& b = m.files[1];
  EXPECT_EQ(b.name, "b.txt");
  EXPECT_EQ(b.sha256, "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
  EXPECT_EQ(b.key, "001");
  EXPECT_EQ(b.title, "Issue 1");
  EXPECT_EQ(b.subtitle, "");
  EXPECT_TRUE(b.authors.empty());
  EXPECT_EQ(b.year, 2021);
  EXPECT_EQ(b.year_end, 2022);
  EXPECT_EQ(b.kind, "magazine");
  EXPECT_EQ(b.language, "en");
  EXPECT_EQ(b.note, "two volumes");
  EXPECT_EQ(b.manifest_line, 15);
  ASSERT_EQ(b.parts.size(), 2u);

  const auto& p1 = b.parts[0];
  EXPECT_EQ(p1.key, "001-p01");
  EXPECT_EQ(p1.title, "Hello");
  EXPECT_EQ(p1.authors, (std::vector<std::string>{"Cee Three"}));
  EXPECT_FALSE(p1.year.has_value());
  EXPECT_EQ(p1.kind, "editorial");
  EXPECT_EQ(p1.first_line, 1);
  EXPECT_EQ(p1.last_line, 10);
  EXPECT_EQ(p1.inferred, (std::vector<std::string>{"authors", "year"}));
  EXPECT_EQ(p1.manifest_line, 27);

  const auto& p2 = b.parts[1];
  EXPECT_EQ(p2.key, "001-p02");
  EXPECT_EQ(p2.title, "");
  EXPECT_EQ(p2.kind, "ad");
  EXPECT_EQ(p2.first_line, 11);
  EXPECT_EQ(p2.last_line, 12);
  EXPECT_EQ(p2.manifest_line, 36);
}

TEST(ManifestTest, SchemaLineIsOptional) {
  const Manifest m = parse_manifest(two_parts(1, 5, 6, 9), "m.toml");
  ASSERT_EQ(m.files.size(), 1u);
  EXPECT_EQ(m.files[0].parts.size(), 2u);
}

TEST(ManifestTest, AdjacentPartsAndSingleLinePartsAreAccepted) {
  const Manifest m = parse_manifest(two_parts(3, 3, 4, 4), "m.toml");
  ASSERT_EQ(m.files[0].parts.size(), 2u);
  EXPECT_EQ(m.files[0].parts[1].first_line, 4);
  EXPECT_EQ(m.files[0].parts[1].last_line, 4);
}

TEST(ManifestTest, EveryDocumentedKindIsAccepted) {
  for (const char* kind :
       {"essay", "article", "magazine", "book", "report", "chapter", "editorial", "interview",
        "column", "practice", "ad", "front_matter", "back_matter"}) {
    EXPECT_NO_THROW(parse_manifest(one_file("", kind), "m.toml")) << kind;
  }
}

TEST(ManifestTest, TomlSyntaxErrorNamesSourceAndLine) {
  const std::string text =
      "schema = 1\n"      // 1
      "[[file]]\n"        // 2
      "name = \"a.txt\n"  // 3: the string is not closed
      "key = \"000\"\n";  // 4
  const std::string message = error_of(text);
  EXPECT_TRUE(starts_with(message, "m.toml:3:")) << message;
}

TEST(ManifestTest, TomlSyntaxErrorLaterInTheFile) {
  const std::string text = one_file() + "\n\ntitle = = \"x\"\n";  // line 10
  const std::string message = error_of(text);
  EXPECT_TRUE(starts_with(message, "m.toml:10:")) << message;
}

TEST(ManifestTest, RedefinedTomlKeyIsRefused) {
  const std::string message = error_of(one_file("key = \"again\"\n"));  // line 8
  EXPECT_TRUE(starts_with(message, "m.toml:8:")) << message;
}

TEST(ManifestTest, UnknownKeyIsNamedWithItsLine) {
  const std::string message = error_of(one_file("titel = \"Typo\"\n"));  // line 8
  EXPECT_TRUE(starts_with(message, "m.toml:8:")) << message;
  EXPECT_TRUE(contains(message, "'titel'")) << message;
}

TEST(ManifestTest, UnknownKeyInAPartIsNamedWithItsLine) {
  std::string text = two_parts(1, 5, 6, 9);
  text.insert(text.find("first_line = 6"), "pages = 3\n");  // becomes line 15
  const std::string message = error_of(text);
  EXPECT_TRUE(starts_with(message, "m.toml:15:")) << message;
  EXPECT_TRUE(contains(message, "'pages'")) << message;
}

TEST(ManifestTest, UnknownTopLevelKeyIsNamed) {
  const std::string message = error_of("version = 3\n" + one_file());
  EXPECT_TRUE(starts_with(message, "m.toml:1:")) << message;
  EXPECT_TRUE(contains(message, "'version'")) << message;
}

TEST(ManifestTest, MissingRequiredKeysAreNamed) {
  const std::string base = one_file();
  for (const std::string key : {"name", "sha256", "key", "kind", "language"}) {
    const auto start = base.find("\n" + key + " = ") + 1;
    const auto end = base.find('\n', start) + 1;
    std::string text = base;
    text.erase(start, end - start);
    const std::string message = error_of(text);
    EXPECT_TRUE(starts_with(message, "m.toml:2:")) << key << ": " << message;
    EXPECT_TRUE(contains(message, "'" + key + "'")) << key << ": " << message;
  }
}

TEST(ManifestTest, MissingPartLinesAreNamed) {
  std::string text = two_parts(1, 5, 6, 9);
  text.erase(text.find("last_line = 9\n"));
  const std::string message = error_of(text);
  EXPECT_TRUE(contains(message, "'last_line'")) << message;
  EXPECT_TRUE(starts_with(message, "m.toml:12:")) << message;
}

TEST(ManifestTest, EmptyRequiredStringIsRefused) {
  std::string text = one_file();
  text.replace(text.find("language = \"nl\""), 15, "language = \"\"");
  const std::string message = error_of(text);
  EXPECT_TRUE(contains(message, "'language'")) << message;
}

TEST(ManifestTest, UppercaseSha256IsRefused) {
  std::string text = one_file();
  text.replace(text.find(kSha), 64,
               "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF");
  const std::string message = error_of(text);
  EXPECT_TRUE(starts_with(message, "m.toml:2:")) << message;
  EXPECT_TRUE(contains(message, "sha256")) << message;
}

TEST(ManifestTest, ShortOrNonHexSha256IsRefused) {
  std::string shorter = one_file();
  shorter.replace(shorter.find(kSha), 64, kSha.substr(0, 63));
  EXPECT_TRUE(contains(error_of(shorter), "sha256"));

  std::string longer = one_file();
  longer.replace(longer.find(kSha), 64, kSha + "0");
  EXPECT_TRUE(contains(error_of(longer), "sha256"));

  std::string not_hex = one_file();
  not_hex.replace(not_hex.find(kSha), 64, std::string(64, 'g'));
  EXPECT_TRUE(contains(error_of(not_hex), "sha256"));
}

TEST(ManifestTest, UnknownKindIsRefusedAndKnownKindsListed) {
  const std::string message = error_of(one_file("", "novel"));
  EXPECT_TRUE(starts_with(message, "m.toml:2:")) << message;
  EXPECT_TRUE(contains(message, "'novel'")) << message;
  EXPECT_TRUE(contains(message, "essay")) << message;
  EXPECT_TRUE(contains(message, "magazine")) << message;
  EXPECT_TRUE(contains(message, "back_matter")) << message;
}

TEST(ManifestTest, UnknownKindOfAPartIsRefused) {
  std::string text = two_parts(1, 5, 6, 9);
  text.replace(text.find("kind = \"article\""), 16, "kind = \"poem\"");
  const std::string message = error_of(text);
  EXPECT_TRUE(starts_with(message, "m.toml:7:")) << message;
  EXPECT_TRUE(contains(message, "'poem'")) << message;
}

TEST(ManifestTest, OverlappingPartsAreRefusedNamingThePart) {
  const std::string message = error_of(two_parts(1, 10, 10, 20));
  EXPECT_TRUE(starts_with(message, "m.toml:12:")) << message;
  EXPECT_TRUE(contains(message, "'001-p02'")) << message;
}

TEST(ManifestTest, OutOfOrderPartsAreRefusedNamingThePart) {
  const std::string message = error_of(two_parts(20, 30, 1, 5));
  EXPECT_TRUE(starts_with(message, "m.toml:12:")) << message;
  EXPECT_TRUE(contains(message, "'001-p02'")) << message;
}

TEST(ManifestTest, FirstLineAfterLastLineIsRefused) {
  const std::string message = error_of(two_parts(8, 5, 9, 12));
  EXPECT_TRUE(starts_with(message, "m.toml:7:")) << message;
  EXPECT_TRUE(contains(message, "'001-p01'")) << message;
}

TEST(ManifestTest, FirstLineZeroIsRefused) {
  const std::string message = error_of(two_parts(0, 5, 6, 9));
  EXPECT_TRUE(contains(message, "'001-p01'")) << message;
}

TEST(ManifestTest, NegativeLineIsRefused) {
  const std::string message = error_of(two_parts(-3, 5, 6, 9));
  EXPECT_TRUE(starts_with(message, "m.toml:10:")) << message;
  EXPECT_TRUE(contains(message, "first_line")) << message;
}

TEST(ManifestTest, DuplicateDocumentKeysAreRefused) {
  // A part with the same key as another file.
  std::string text = one_file() + two_parts(1, 5, 6, 9);
  text.replace(text.find("key = \"001-p02\""), 15, "key = \"000\"");
  const std::string message = error_of(text);
  EXPECT_TRUE(contains(message, "'000'")) << message;
  EXPECT_TRUE(contains(message, "twice")) << message;
  EXPECT_TRUE(starts_with(message, "m.toml:19:")) << message;  // the second use: 7 + 12
}

TEST(ManifestTest, DuplicateFileNamesAreRefused) {
  std::string second = one_file();
  second.erase(0, second.find("[[file]]"));
  second.replace(second.find("key = \"000\""), 11, "key = \"009\"");
  const std::string message = error_of(one_file() + second);
  EXPECT_TRUE(contains(message, "'a.txt'")) << message;
  EXPECT_TRUE(contains(message, "twice")) << message;
  EXPECT_TRUE(starts_with(message, "m.toml:8:")) << message;
}

TEST(ManifestTest, InferredMayListOnlyTitleAuthorsAndYear) {
  EXPECT_NO_THROW(
      parse_manifest(one_file("inferred = [\"title\", \"authors\", \"year\"]\n"), "m.toml"));
  const std::string message = error_of(one_file("inferred = [\"kind\"]\n"));
  EXPECT_TRUE(contains(message, "'kind'")) << message;
  EXPECT_TRUE(contains(message, "inferred")) << message;
}

TEST(ManifestTest, YearAsStringIsRefusedNamingTheKey) {
  const std::string message = error_of(one_file("year = \"2020\"\n"));  // line 8
  EXPECT_TRUE(starts_with(message, "m.toml:8:")) << message;
  EXPECT_TRUE(contains(message, "'year'")) << message;
}

TEST(ManifestTest, AuthorsAsStringIsRefusedNamingTheKey) {
  const std::string message = error_of(one_file("authors = \"Ann One\"\n"));
  EXPECT_TRUE(starts_with(message, "m.toml:8:")) << message;
  EXPECT_TRUE(contains(message, "'authors'")) << message;
}

TEST(ManifestTest, AuthorsListWithANumberIsRefused) {
  const std::string message = error_of(one_file("authors = [\"Ann\", 7]\n"));
  EXPECT_TRUE(contains(message, "'authors'")) << message;
}

TEST(ManifestTest, TitleAsNumberAndLinesAsStringsAreRefused) {
  EXPECT_TRUE(contains(error_of(one_file("title = 12\n")), "'title'"));
  std::string text = two_parts(1, 5, 6, 9);
  text.replace(text.find("first_line = 1\n"), 15, "first_line = \"1\"\n");
  EXPECT_TRUE(contains(error_of(text), "'first_line'"));
}

TEST(ManifestTest, YearEndBeforeYearIsRefused) {
  EXPECT_TRUE(contains(error_of(one_file("year = 2020\nyear_end = 2019\n")), "year_end"));
  EXPECT_TRUE(contains(error_of(one_file("year_end = 2019\n")), "year_end"));
}

TEST(ManifestTest, FileNameWithAFolderIsRefused) {
  std::string text = one_file();
  text.replace(text.find("\"a.txt\""), 7, "\"../a.txt\"");
  EXPECT_TRUE(contains(error_of(text), "name"));
}

TEST(ManifestTest, OtherSchemaVersionIsRefused) {
  std::string text = one_file();
  text.replace(0, 10, "schema = 2");
  const std::string message = error_of(text);
  EXPECT_TRUE(starts_with(message, "m.toml:1:")) << message;
  EXPECT_TRUE(contains(message, "schema")) << message;
}

TEST(ManifestTest, ManifestWithoutFilesIsRefused) {
  EXPECT_TRUE(starts_with(error_of("schema = 1\n"), "m.toml:"));
  EXPECT_TRUE(contains(error_of(""), "[[file]]"));
}

TEST(ManifestTest, FileAsPlainTableIsRefused) {
  const std::string message = error_of("[file]\nname = \"a.txt\"\n");
  EXPECT_TRUE(contains(message, "'file'")) << message;
}

TEST(ManifestTest, LoadManifestReadsAFile) {
  testing_support::TempDir dir;
  const auto path = dir / "corpus.toml";
  testing_support::write_file(path, one_file());
  const Manifest m = ingest::load_manifest(path);
  EXPECT_EQ(m.source, path.string());
  ASSERT_EQ(m.files.size(), 1u);
  EXPECT_EQ(m.files[0].name, "a.txt");
}

TEST(ManifestTest, LoadManifestErrorsNameThePath) {
  testing_support::TempDir dir;
  const auto path = dir / "corpus.toml";
  testing_support::write_file(path, one_file("bogus = 1\n"));
  try {
    ingest::load_manifest(path);
    FAIL() << "no exception";
  } catch (const ManifestError& e) {
    EXPECT_TRUE(starts_with(e.what(), path.string() + ":8:")) << e.what();
  }
}

TEST(ManifestTest, LoadManifestOfAMissingFileThrowsNamingThePath) {
  testing_support::TempDir dir;
  const auto path = dir / "nowhere.toml";
  try {
    ingest::load_manifest(path);
    FAIL() << "no exception";
  } catch (const ManifestError& e) {
    EXPECT_TRUE(contains(e.what(), path.string())) << e.what();
  }
}

}  // namespace
