// tests/reliability/bad_corpus_test.cpp — bad corpus files and hostile TOML in the manifest,
// the source decisions and the vocabulary: one message naming file and line, exit 1, and the
// previous database untouched. CRLF line ends and a byte order mark just work.
#include <gtest/gtest.h>

#include "reliability/bad_input_fixture.hpp"
#include "support/db_rows.hpp"

namespace reliability {
namespace {

using testing_support::write_file;

class BadCorpusTest : public BadInputTest {
 protected:
  // Replaces a.txt (the essay) by `text` and the manifest's checksum by the new one, as a
  // user who reviewed the new text would.
  void replace_essay(const std::string& text) {
    write_file(dir_ / "corpus" / "a.txt", text);
    write_file(dir_ / "corpus.toml",
               testing_support::fixture_manifest(ingest::sha256_hex(text), 9));
  }

  testing_support::CommandResult build_lenient() {
    return conceptdb({"build", "--lenient", "--corpus", "corpus", "--manifest", "corpus.toml",
                      "--sources", "sources.toml", "--vocabulary", "vocabulary", "--db",
                      "conceptdb.sqlite"});
  }

  std::vector<std::string> passages() const {
    return testing_support::db_rows(
        dir_ / "conceptdb.sqlite",
        "SELECT d.key, p.seq, p.kind, p.first_line, p.last_line, p.text FROM passage p "
        "JOIN document d ON d.id = p.document_id ORDER BY d.key, p.seq");
  }
};

TEST_F(BadCorpusTest, InvalidUtf8StopsTheBuildNamingFileLineAndByte) {
  replace_essay("Titel\n\nGoed begin \xff en een slot.\nNog \xe9\xe9n regel.\n");
  remember_files();
  expect_refused(build(), {"a.txt:3: invalid UTF-8: byte 0xFF at byte 12 of the line",
                           "and on 1 more line", "iconv", "--lenient"});
}

TEST_F(BadCorpusTest, InvalidUtf8WithLenientIsRepairedWithAWarningNamingFileAndLine) {
  replace_essay("Titel\n\nGoed begin \xff en een slot.\n");
  const auto r = build_lenient();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err,
                       "warning: a.txt:3: 1 invalid UTF-8 sequence was replaced by "
                       "U+FFFD"))
      << r.err;
  EXPECT_EQ(testing_support::db_rows(dir_ / "conceptdb.sqlite",
                                     "SELECT text FROM passage WHERE replacement_characters > 0"),
            std::vector<std::string>{"Goed begin \xEF\xBF\xBD en een slot."});
}

TEST_F(BadCorpusTest, BinaryFileIsRefused) {
  using namespace std::string_literals;  // the text holds a NUL byte
  replace_essay("Titel\n\x01\x02\x00\x03 binair\n"s);
  remember_files();
  expect_refused(build(), {"a.txt:2:", "binary file"});
}

TEST_F(BadCorpusTest, EmptyFileStopsTheBuildNamingTheFile) {
  replace_essay("");
  remember_files();
  expect_refused(build(), {"a.txt: the file is empty", "remove it from the manifest", "--lenient"});
}

TEST_F(BadCorpusTest, EmptyFileWithLenientIsAnEmptyDocumentWithAWarning) {
  replace_essay("");
  const auto r = build_lenient();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.err, "warning: a.txt: the file is empty")) << r.err;
  EXPECT_EQ(testing_support::db_rows(dir_ / "conceptdb.sqlite",
                                     "SELECT count(*) FROM passage p JOIN document d ON "
                                     "d.id = p.document_id WHERE d.key = 'a'"),
            std::vector<std::string>{"0"});
}

TEST_F(BadCorpusTest, TenMegabyteSingleLineIsRefusedAtOnce) {
  replace_essay("Titel\n" + std::string(10 * 1024 * 1024, 'w') + "\n");
  remember_files();
  const auto start = std::chrono::steady_clock::now();
  expect_refused(build(), {"a.txt:2:", "10485760 bytes long", "line ends"});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20))
      << "refused when read, not after minutes of work";
}

TEST_F(BadCorpusTest, CrlfLineEndsGiveTheSamePassagesAsLf) {
  const auto lf = passages();
  std::string crlf;
  for (const char c : testing_support::kEssayText)
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  replace_essay(crlf);
  const auto r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(passages(), lf);
}

TEST_F(BadCorpusTest, ByteOrderMarkGivesTheSamePassagesAsWithout) {
  const auto plain = passages();
  replace_essay("\xEF\xBB\xBF" + testing_support::kEssayText);
  const auto r = build();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(passages(), plain);
}

TEST_F(BadCorpusTest, FileChangedUnderItsChecksumIsRefused) {
  write_file(dir_ / "corpus" / "b.txt", testing_support::kMagazineText + "\nnieuwe regel\n");
  remember_files();
  // b.txt's [[file]] opens on line 13 of the manifest.
  expect_refused(build(), {"b.txt: the file has changed", "corpus.toml:13", "sha256"});
}

// ---------------------------------------------------------------- hostile TOML

enum class Target { kManifest, kSources, kVocabulary };

struct TomlCase {
  std::string name;
  Target target;
  // The file's new text from its valid text; and what the message must hold besides its path.
  std::string (*make)(const std::string& valid);
  int line;  // the line the message names: > 0 a line, 0 the valid text's line count + 1
  std::string fragment;
};

std::string nested(const std::string& open, const std::string& middle, const std::string& close,
                   int depth) {
  std::string out;
  for (int i = 0; i < depth; ++i)
    out += open;
  out += middle;
  for (int i = 0; i < depth; ++i)
    out += close;
  return out;
}

constexpr int kDeep = 10'000;

std::string syntax_error(const std::string& valid) {
  return valid + "broken = \"no closing quote\n";
}
std::string deep_arrays(const std::string& valid) {
  return valid + "deep = " + nested("[", "1", "]", kDeep) + "\n";
}
std::string deep_inline_tables(const std::string& valid) {
  return valid + "deep = " + nested("{ a = ", "1", " }", kDeep) + "\n";
}
std::string deep_table_header(const std::string& valid) {
  std::string header = "[a";
  for (int i = 1; i < kDeep; ++i)
    header += ".a";
  return valid + header + "]\nb = 1\n";
}
std::string huge_string(const std::string& valid) {
  return valid + "huge = \"" + std::string(50 * 1024 * 1024, 'x') + "\"\n";
}
std::string duplicate_key(const std::string& valid) {
  return valid + "twice = 1\ntwice = 2\n";
}

std::string valid_text(Target target) {
  switch (target) {
    case Target::kManifest:
      return testing_support::fixture_manifest();
    case Target::kSources:
      return kBadInputSources;
    case Target::kVocabulary:
      return kBadInputVocabulary;
  }
  return {};
}

std::string path_of(Target target) {
  switch (target) {
    case Target::kManifest:
      return "corpus.toml";
    case Target::kSources:
      return "sources.toml";
    case Target::kVocabulary:
      return "vocabulary/test.toml";
  }
  return {};
}

std::vector<TomlCase> toml_cases() {
  std::vector<TomlCase> cases;
  const std::pair<const char*, Target> targets[] = {{"Manifest", Target::kManifest},
                                                    {"Sources", Target::kSources},
                                                    {"Vocabulary", Target::kVocabulary}};
  for (const auto& [name, target] : targets) {
    const std::string n = name;
    cases.push_back({n + "SyntaxError", target, syntax_error, 0, "string"});
    cases.push_back({n + "TenThousandNestedArrays", target, deep_arrays, 0, "nested"});
    cases.push_back({n + "TenThousandNestedInlineTables", target, deep_inline_tables, 0, "nested"});
    cases.push_back({n + "TenThousandLevelTableHeader", target, deep_table_header, 0, "'a'"});
    cases.push_back({n + "FiftyMegabyteString", target, huge_string, -1, "50 MB"});
    cases.push_back({n + "DuplicateKey", target, duplicate_key, -2, "twice"});
  }
  // Wrong types, one per file, where the loader's own checks (not the parser) must speak.
  cases.push_back({"ManifestWrongType", Target::kManifest,
                   [](const std::string& valid) {
                     std::string text = valid;
                     text.replace(text.find("year = 2011"), 11, "year = \"2011\"");
                     return text;
                   },
                   9, "'year' in a [[file]] must be an integer"});
  cases.push_back({"SourcesWrongType", Target::kSources,
                   [](const std::string& valid) { return valid + "same = 3\n"; }, 2,
                   "'same' must be written [[same]]"});
  cases.push_back({"VocabularyWrongType", Target::kVocabulary,
                   [](const std::string& valid) {
                     std::string text = valid;
                     text.replace(0, 14, "theme = 3     ");
                     return text;
                   },
                   1, "theme must be a string"});
  return cases;
}

// For ctest's listing: the case's name, not its bytes.
void PrintTo(const TomlCase& c, std::ostream* out) {
  *out << c.name;
}

class HostileTomlTest : public BadInputTest, public ::testing::WithParamInterface<TomlCase> {};

TEST_P(HostileTomlTest, OneMessageWithFileAndLineAndTheDatabaseUntouched) {
  const TomlCase& c = GetParam();
  const std::string valid = valid_text(c.target);
  write_file(dir_ / path_of(c.target), c.make(valid));
  remember_files();
  const auto start = std::chrono::steady_clock::now();
  const auto r = build();
  std::string where = path_of(c.target) + ":";
  if (c.line > 0) where += std::to_string(c.line) + ":";
  if (c.line == 0) where += std::to_string(count_lines(valid) + 1) + ":";
  if (c.line == -2) where += std::to_string(count_lines(valid) + 2) + ":";
  if (c.line == -1) where = path_of(c.target) + ": the ";  // the whole file, no line
  expect_refused(r, {where, c.fragment});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

INSTANTIATE_TEST_SUITE_P(Toml, HostileTomlTest, ::testing::ValuesIn(toml_cases()),
                         [](const ::testing::TestParamInfo<TomlCase>& info) {
                           return info.param.name;
                         });

}  // namespace
}  // namespace reliability
