// Tests ingest::decode_source / read_source / store::utf8_sequence_length: bytes to checked lines.
#include "ingest/source_text.hpp"
#include "store/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace {

using ingest::decode_source;
using ingest::SourceError;
using store::utf8_sequence_length;
using Lines = std::vector<std::string>;

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(SourceTextTest, LfCrlfAndLoneCrGiveTheSameLines) {
  const Lines expected = {"one", "two", "three"};
  EXPECT_EQ(decode_source("one\ntwo\nthree\n", "f").lines, expected);
  EXPECT_EQ(decode_source("one\r\ntwo\r\nthree\r\n", "f").lines, expected);
  EXPECT_EQ(decode_source("one\rtwo\rthree\r", "f").lines, expected);
  EXPECT_EQ(decode_source("one\r\ntwo\rthree\n", "f").lines, expected);
}

TEST(SourceTextTest, BlankLinesAreKeptWithEveryLineEnding) {
  const Lines expected = {"a", "", "b"};
  EXPECT_EQ(decode_source("a\n\nb\n", "f").lines, expected);
  EXPECT_EQ(decode_source("a\r\n\r\nb\r\n", "f").lines, expected);
  EXPECT_EQ(decode_source("a\r\rb\r", "f").lines, expected);
  // "\n\r" is LF followed by a lone CR: two line ends, not one.
  EXPECT_EQ(decode_source("a\n\rb", "f").lines, expected);
}

TEST(SourceTextTest, KeepsTheBytesExactlyAsRead) {
  const std::string bytes = "\xEF\xBB\xBFx\r\ny";
  const auto text = decode_source(bytes, "f.txt");
  EXPECT_EQ(text.bytes, bytes);
  EXPECT_EQ(text.name, "f.txt");
}

TEST(SourceTextTest, Utf8ByteOrderMarkIsDropped) {
  const auto text = decode_source("\xEF\xBB\xBFhello\nworld\n", "f");
  EXPECT_EQ(text.lines, (Lines{"hello", "world"}));
  EXPECT_TRUE(text.warnings.empty());
}

TEST(SourceTextTest, OnlyALeadingByteOrderMarkIsDropped) {
  // U+FEFF inside a line is text, not a byte order mark.
  const auto text = decode_source(
      "a\xEF\xBB\xBF"
      "b\n",
      "f");
  EXPECT_EQ(text.lines, (Lines{"a\xEF\xBB\xBF"
                               "b"}));
}

TEST(SourceTextTest, LastLineWithoutNewlineIsALine) {
  EXPECT_EQ(decode_source("first\nsecond", "f").lines, (Lines{"first", "second"}));
  EXPECT_EQ(decode_source("only", "f").lines, (Lines{"only"}));
}

TEST(SourceTextTest, FinalNewlineDoesNotStartAnotherLine) {
  EXPECT_EQ(decode_source("a\n", "f").lines, (Lines{"a"}));
  EXPECT_EQ(decode_source("a\n ", "f").lines, (Lines{"a", " "}));
  EXPECT_EQ(decode_source("a\n\n", "f").lines, (Lines{"a", ""}));
  EXPECT_EQ(decode_source("\n", "f").lines, (Lines{""}));
}

TEST(SourceTextTest, ValidUtf8IsKeptWithoutWarnings) {
  const std::string line = "caf\xC3\xA9 \xE2\x80\x98q\xE2\x80\x99 \xF0\x9F\x98\x80 \xC2\xA0x";
  const auto text = decode_source(line + "\n", "f");
  EXPECT_EQ(text.lines, (Lines{line}));
  EXPECT_TRUE(text.warnings.empty());
}

TEST(SourceTextTest, InvalidUtf8IsReplacedAndTheLineNamed) {
  const auto text = decode_source("fine\nbad \xC3\x28 here\nfine\n", "doc.txt");
  ASSERT_EQ(text.lines.size(), 3u);
  EXPECT_EQ(text.lines[1], "bad " + kReplacement + "( here");
  ASSERT_EQ(text.warnings.size(), 1u);
  EXPECT_EQ(text.warnings[0].file, "doc.txt");
  EXPECT_EQ(text.warnings[0].line, 2);
  EXPECT_TRUE(contains(text.warnings[0].to_string(), "doc.txt:2:")) << text.warnings[0].to_string();
}

TEST(SourceTextTest, LoneContinuationByteIsReplaced) {
  const auto text = decode_source("a\n\nx\x80y", "f");
  EXPECT_EQ(text.lines[2], "x" + kReplacement + "y");
  ASSERT_EQ(text.warnings.size(), 1u);
  EXPECT_EQ(text.warnings[0].line, 3);
}

TEST(SourceTextTest, OverlongEncodingIsReplaced) {
  const auto text = decode_source("\xC0\xAF\n", "f");  // '/' encoded in two bytes
  ASSERT_EQ(text.lines.size(), 1u);
  EXPECT_EQ(text.lines[0], kReplacement);
  ASSERT_EQ(text.warnings.size(), 1u);
  EXPECT_EQ(text.warnings[0].line, 1);
}

TEST(SourceTextTest, ThreeByteOverlongEncodingIsReplaced) {
  const auto text = decode_source(
      "a\xE0\x80\xAF"
      "b",
      "f");  // '/' in three bytes
  ASSERT_EQ(text.lines.size(), 1u);
  EXPECT_EQ(text.lines[0], "a" + kReplacement + "b");
}

TEST(SourceTextTest, SurrogateIsReplaced) {
  const auto text = decode_source("ok\r\nx\xED\xA0\x80y\r\n", "f");  // U+D800
  ASSERT_EQ(text.lines.size(), 2u);
  EXPECT_EQ(text.lines[1], "x" + kReplacement + "y");
  ASSERT_EQ(text.warnings.size(), 1u);
  EXPECT_EQ(text.warnings[0].line, 2);
}

TEST(SourceTextTest, TruncatedSequenceAtEndOfLineIsReplaced) {
  const auto text = decode_source("ab\xE2\x80\nnext\n", "f");  // '…' cut after two bytes
  ASSERT_EQ(text.lines.size(), 2u);
  EXPECT_EQ(text.lines[0], "ab" + kReplacement);
  EXPECT_EQ(text.lines[1], "next");
  ASSERT_EQ(text.warnings.size(), 1u);
  EXPECT_EQ(text.warnings[0].line, 1);
}

TEST(SourceTextTest, Latin1TextGivesOneWarningPerBadLine) {
  // "café" and "naïve" saved as Latin-1.
  const auto text = decode_source("caf\xE9\nok\nna\xEFve\n", "f");
  EXPECT_EQ(text.lines, (Lines{"caf" + kReplacement, "ok", "na" + kReplacement + "ve"}));
  ASSERT_EQ(text.warnings.size(), 2u);
  EXPECT_EQ(text.warnings[0].line, 1);
  EXPECT_EQ(text.warnings[1].line, 3);
}

TEST(SourceTextTest, ResultIsAlwaysValidUtf8) {
  const auto text = decode_source("\xFF\xFE x \xF5\x80\x80\x80 \xF4\x90\x80\x80 \xC1\xBF\n", "f");
  ASSERT_EQ(text.lines.size(), 1u);
  const std::string& line = text.lines[0];
  std::size_t i = 0;
  while (i < line.size()) {
    const std::size_t n = utf8_sequence_length(std::string_view(line).substr(i));
    ASSERT_GT(n, 0u) << "invalid UTF-8 left at byte " << i;
    i += n;
  }
  EXPECT_TRUE(contains(line, " x "));
  EXPECT_EQ(text.warnings.size(), 1u);
}

TEST(SourceTextTest, NulByteIsRefusedNamingTheLine) {
  try {
    decode_source(std::string("one\ntwo\nth\0ree\n", 15), "bin.dat");
    FAIL() << "no exception";
  } catch (const SourceError& e) {
    EXPECT_TRUE(contains(e.what(), "bin.dat:3:")) << e.what();
  }
}

TEST(SourceTextTest, NulByteOnTheFirstLineIsRefused) {
  try {
    decode_source(std::string("\0", 1), "x");
    FAIL() << "no exception";
  } catch (const SourceError& e) {
    EXPECT_TRUE(contains(e.what(), "x:1:")) << e.what();
  }
}

TEST(SourceTextTest, EmptyFileGivesNoLinesAndAWarning) {
  const auto text = decode_source("", "empty.txt");
  EXPECT_TRUE(text.lines.empty());
  ASSERT_EQ(text.warnings.size(), 1u);
  EXPECT_EQ(text.warnings[0].file, "empty.txt");
  EXPECT_TRUE(contains(text.warnings[0].message, "empty")) << text.warnings[0].message;
}

TEST(SourceTextTest, FileWithOnlyAByteOrderMarkIsEmpty) {
  const auto text = decode_source("\xEF\xBB\xBF", "f");
  EXPECT_TRUE(text.lines.empty());
  EXPECT_EQ(text.warnings.size(), 1u);
}

TEST(SourceTextTest, Utf8SequenceLengthOfValidSequences) {
  EXPECT_EQ(utf8_sequence_length("a"), 1u);
  EXPECT_EQ(utf8_sequence_length(std::string_view("\0", 1)), 1u);
  EXPECT_EQ(utf8_sequence_length("\x7F"), 1u);
  EXPECT_EQ(utf8_sequence_length("\xC2\x80"), 2u);          // U+0080, smallest 2-byte
  EXPECT_EQ(utf8_sequence_length("\xC3\xA9rest"), 2u);      // é, followed by more text
  EXPECT_EQ(utf8_sequence_length("\xDF\xBF"), 2u);          // U+07FF
  EXPECT_EQ(utf8_sequence_length("\xE0\xA0\x80"), 3u);      // U+0800, smallest 3-byte
  EXPECT_EQ(utf8_sequence_length("\xE2\x80\x98"), 3u);      // ‘
  EXPECT_EQ(utf8_sequence_length("\xED\x9F\xBF"), 3u);      // U+D7FF, just below surrogates
  EXPECT_EQ(utf8_sequence_length("\xEF\xBF\xBD"), 3u);      // U+FFFD
  EXPECT_EQ(utf8_sequence_length("\xF0\x90\x80\x80"), 4u);  // U+10000, smallest 4-byte
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x80"), 4u);  // 😀
  EXPECT_EQ(utf8_sequence_length("\xF4\x8F\xBF\xBF"), 4u);  // U+10FFFF, the largest
}

TEST(SourceTextTest, Utf8SequenceLengthOfInvalidSequences) {
  EXPECT_EQ(utf8_sequence_length(""), 0u);
  EXPECT_EQ(utf8_sequence_length("\x80"), 0u);  // continuation byte first
  EXPECT_EQ(utf8_sequence_length("\xBF"), 0u);
  EXPECT_EQ(utf8_sequence_length("\xC0\xAF"), 0u);      // overlong
  EXPECT_EQ(utf8_sequence_length("\xC1\xBF"), 0u);      // overlong
  EXPECT_EQ(utf8_sequence_length("\xC3\x28"), 0u);      // second byte not continuation
  EXPECT_EQ(utf8_sequence_length("\xC3"), 0u);          // cut short
  EXPECT_EQ(utf8_sequence_length("\xE0\x80\xAF"), 0u);  // overlong
  EXPECT_EQ(utf8_sequence_length("\xE0\x9F\xBF"), 0u);  // overlong (U+07FF)
  EXPECT_EQ(utf8_sequence_length("\xED\xA0\x80"), 0u);  // surrogate U+D800
  EXPECT_EQ(utf8_sequence_length("\xED\xBF\xBF"), 0u);  // surrogate U+DFFF
  EXPECT_EQ(utf8_sequence_length("\xE2\x80"), 0u);      // cut short
  EXPECT_EQ(utf8_sequence_length("\xE2\x28\xA1"), 0u);
  EXPECT_EQ(utf8_sequence_length("\xE2\x82\x28"), 0u);      // third byte not continuation
  EXPECT_EQ(utf8_sequence_length("\xF0\x8F\xBF\xBF"), 0u);  // overlong
  EXPECT_EQ(utf8_sequence_length("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(utf8_sequence_length("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98"), 0u);      // cut short
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x28"), 0u);  // fourth byte not continuation
  EXPECT_EQ(utf8_sequence_length("\xFE"), 0u);
  EXPECT_EQ(utf8_sequence_length("\xFF"), 0u);
}

TEST(SourceTextTest, ReadSourceReadsAFile) {
  testing_support::TempDir dir;
  testing_support::write_file(dir / "a.txt", "x\r\ny");
  const auto text = ingest::read_source(dir / "a.txt", "a.txt");
  EXPECT_EQ(text.lines, (Lines{"x", "y"}));
  EXPECT_EQ(text.bytes, "x\r\ny");
  EXPECT_EQ(text.name, "a.txt");
}

TEST(SourceTextTest, ReadSourceOfAnEmptyFileWarns) {
  testing_support::TempDir dir;
  testing_support::write_file(dir / "e.txt", "");
  const auto text = ingest::read_source(dir / "e.txt", "e.txt");
  EXPECT_TRUE(text.lines.empty());
  EXPECT_EQ(text.warnings.size(), 1u);
}

TEST(SourceTextTest, ReadSourceOfAMissingFileThrows) {
  testing_support::TempDir dir;
  try {
    ingest::read_source(dir / "missing.txt", "missing.txt");
    FAIL() << "no exception";
  } catch (const SourceError& e) {
    EXPECT_TRUE(contains(e.what(), "missing.txt")) << e.what();
  }
}

TEST(SourceTextTest, ReadSourceOfAFolderThrows) {
  testing_support::TempDir dir;
  EXPECT_THROW(ingest::read_source(dir.path(), "folder"), SourceError);
}

}  // namespace

namespace {

TEST(SourceTextDamageTest, RecordsTheFirstInvalidByteAndCountsTheDamagedLines) {
  const auto text = decode_source("goed\nfout \xE9 hier\nook \xC3\x28 fout\ngoed\n", "f.txt");
  EXPECT_TRUE(text.damage.any());
  EXPECT_FALSE(text.damage.empty);
  EXPECT_EQ(text.damage.invalid_utf8_lines, 2);
  EXPECT_EQ(text.damage.first_invalid_line, 2);
  EXPECT_EQ(text.damage.first_invalid_column, 6u);
  EXPECT_EQ(text.damage.first_invalid_byte, 0xE9);
  const std::string message = ingest::damage_message(text);
  EXPECT_TRUE(contains(message,
                       "f.txt:2: invalid UTF-8: byte 0xE9 at byte 6 of the line "
                       "(and on 1 more line)"))
      << message;
  EXPECT_TRUE(contains(message, "--lenient")) << message;
}

TEST(SourceTextDamageTest, AnEmptyFileIsDamageAndAByteOrderMarkAloneIsEmpty) {
  EXPECT_TRUE(decode_source("", "e.txt").damage.empty);
  EXPECT_TRUE(decode_source("\xEF\xBB\xBF", "e.txt").damage.empty);
  EXPECT_TRUE(
      contains(ingest::damage_message(decode_source("", "e.txt")), "e.txt: the file is empty"));
}

TEST(SourceTextDamageTest, CleanTextHasNoDamageAndNoMessage) {
  const auto text = decode_source("één\ntwee\n", "ok.txt");
  EXPECT_FALSE(text.damage.any());
  EXPECT_EQ(ingest::damage_message(text), "");
}

}  // namespace
