// Tests ingest::split_paragraphs / is_blank_line / append_folded: lines into paragraphs.
#include "ingest/paragraphs.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ingest::Paragraph;
using ingest::split_paragraphs;
using Lines = std::vector<std::string>;

const std::string kNbsp = "\xC2\xA0";  // U+00A0 NO-BREAK SPACE

// Paragraphs as "first-last:text" strings, so one comparison shows everything.
std::vector<std::string> describe(const std::vector<Paragraph>& paragraphs) {
  std::vector<std::string> out;
  for (const auto& p : paragraphs) {
    out.push_back(std::to_string(p.first_line) + "-" + std::to_string(p.last_line) + ":" + p.text);
  }
  return out;
}

std::vector<std::string> split_all(const Lines& lines) {
  return describe(split_paragraphs(lines, 1, static_cast<int>(lines.size())));
}

TEST(ParagraphsTest, BlankLinesSeparateParagraphs) {
  const Lines lines = {"First line", "goes on.", "", "Second one.", "", "", "Third", "part."};
  EXPECT_EQ(split_all(lines), (std::vector<std::string>{"1-2:First line goes on.",
                                                        "4-4:Second one.", "7-8:Third part."}));
}

TEST(ParagraphsTest, WhiteSpaceOnlyLinesAreBlank) {
  const Lines lines = {"a", "   ", "b", "\t\t", "c", " \t " + kNbsp + " ", "d", kNbsp, "e"};
  EXPECT_EQ(split_all(lines),
            (std::vector<std::string>{"1-1:a", "3-3:b", "5-5:c", "7-7:d", "9-9:e"}));
}

TEST(ParagraphsTest, LeadingAndTrailingBlankLinesMakeNoParagraph) {
  const Lines lines = {"", "  ", "text", "", "\t"};
  EXPECT_EQ(split_all(lines), (std::vector<std::string>{"3-3:text"}));
}

TEST(ParagraphsTest, NoParagraphsInBlankOrEmptyInput) {
  EXPECT_TRUE(split_paragraphs({}, 1, 0).empty());
  const Lines blank = {"", " ", "\t", kNbsp};
  EXPECT_TRUE(split_paragraphs(blank, 1, 4).empty());
}

TEST(ParagraphsTest, TabsAndSpaceRunsFoldToOneSpace) {
  const Lines lines = {"one\ttwo   three \t four"};
  EXPECT_EQ(split_all(lines), (std::vector<std::string>{"1-1:one two three four"}));
}

TEST(ParagraphsTest, NoBreakSpacesFoldLikeSpaces) {
  const Lines lines = {"a" + kNbsp + "b " + kNbsp + " c"};
  EXPECT_EQ(split_all(lines), (std::vector<std::string>{"1-1:a b c"}));
}

TEST(ParagraphsTest, LeadingAndTrailingWhiteSpaceIsDropped) {
  const Lines lines = {"   indented start", "\tmiddle\t", "end   "};
  EXPECT_EQ(split_all(lines), (std::vector<std::string>{"1-3:indented start middle end"}));
}

TEST(ParagraphsTest, LinesAreJoinedWithOneSpace) {
  // No space at either line end: the join still puts one space between the words.
  const Lines lines = {"word", "next"};
  EXPECT_EQ(split_all(lines), (std::vector<std::string>{"1-2:word next"}));
}

TEST(ParagraphsTest, OtherTextIsKeptAsItIs) {
  const Lines lines = {"caf\xC3\xA9 \xE2\x80\x98quoted\xE2\x80\x99 \xE2\x80\x94 done."};
  EXPECT_EQ(split_all(lines),
            (std::vector<std::string>{"1-1:caf\xC3\xA9 \xE2\x80\x98quoted\xE2\x80\x99 "
                                      "\xE2\x80\x94 done."}));
}

TEST(ParagraphsTest, LineNumbersAreThoseOfTheWholeFileWithinBounds) {
  const Lines lines = {"before", "", "p1 a", "p1 b", "", "p2", "", "after"};
  // Lines 3..6 only: "before" and "after" are outside the range.
  EXPECT_EQ(describe(split_paragraphs(lines, 3, 6)),
            (std::vector<std::string>{"3-4:p1 a p1 b", "6-6:p2"}));
}

TEST(ParagraphsTest, BoundsCutAParagraphInTheMiddle) {
  const Lines lines = {"a1", "a2", "a3", "", "b1", "b2"};
  EXPECT_EQ(describe(split_paragraphs(lines, 2, 5)),
            (std::vector<std::string>{"2-3:a2 a3", "5-5:b1"}));
}

TEST(ParagraphsTest, SingleLineRange) {
  const Lines lines = {"x", "y", "z"};
  EXPECT_EQ(describe(split_paragraphs(lines, 2, 2)), (std::vector<std::string>{"2-2:y"}));
}

TEST(ParagraphsTest, LastLineBeyondTheFileStopsAtItsEnd) {
  const Lines lines = {"x", "", "y"};
  EXPECT_EQ(describe(split_paragraphs(lines, 1, 99)), (std::vector<std::string>{"1-1:x", "3-3:y"}));
}

TEST(ParagraphsTest, IsBlankLine) {
  EXPECT_TRUE(ingest::is_blank_line(""));
  EXPECT_TRUE(ingest::is_blank_line(" "));
  EXPECT_TRUE(ingest::is_blank_line("\t \t"));
  EXPECT_TRUE(ingest::is_blank_line(kNbsp));
  EXPECT_TRUE(ingest::is_blank_line(" " + kNbsp + "\t" + kNbsp));
  EXPECT_FALSE(ingest::is_blank_line("."));
  EXPECT_FALSE(ingest::is_blank_line("  x  "));
  EXPECT_FALSE(ingest::is_blank_line("\xC2\xA9"));  // © shares the lead byte of U+00A0
  EXPECT_FALSE(ingest::is_blank_line("\xC2"));      // half of a no-break space
}

TEST(ParagraphsTest, AppendFoldedJoinsWithOneSpace) {
  std::string text;
  ingest::append_folded(text, "  Hello \t world ");
  EXPECT_EQ(text, "Hello world");
  ingest::append_folded(text, "again");
  EXPECT_EQ(text, "Hello world again");
  ingest::append_folded(text, "   ");
  EXPECT_EQ(text, "Hello world again");
  ingest::append_folded(text, "\tend.");
  EXPECT_EQ(text, "Hello world again end.");
}

TEST(ParagraphsTest, AppendFoldedToEmptyTextAddsNoLeadingSpace) {
  std::string text;
  ingest::append_folded(text, " \t ");
  EXPECT_EQ(text, "");
  ingest::append_folded(text, kNbsp + "x");
  EXPECT_EQ(text, "x");
}

}  // namespace
