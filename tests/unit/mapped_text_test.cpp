// Tests ingest::MappedText: every byte of built text maps back to its line and column.
#include <gtest/gtest.h>

#include "ingest/mapped_text.hpp"

namespace {

using ingest::MappedText;

TEST(MappedTextTest, VerbatimPiecesMapByteForByte) {
  MappedText t;
  t.append_verbatim("Hallo", 3, 4);
  t.append_replacement(" ", 3, 9);
  t.append_verbatim("wereld", 4, 0);
  EXPECT_EQ(t.text(), "Hallo wereld");
  EXPECT_EQ(t.origin(0).line, 3);
  EXPECT_EQ(t.origin(0).column, 4);
  EXPECT_EQ(t.origin(4).column, 8);  // the 'o' of Hallo
  EXPECT_EQ(t.origin(5).line, 3);    // the inserted space stands for the line end
  EXPECT_EQ(t.origin(5).column, 9);
  EXPECT_EQ(t.origin(6).line, 4);
  EXPECT_EQ(t.origin(11).column, 5);  // the 'd'
}

TEST(MappedTextTest, AdjacentVerbatimPiecesShareOneAnchor) {
  MappedText t;
  t.append_verbatim("ab", 1, 0);
  t.append_verbatim("cd", 1, 2);
  EXPECT_EQ(t.anchors().size(), 1u);
  t.append_verbatim("ef", 1, 10);  // not adjacent in the line: a new anchor
  EXPECT_EQ(t.anchors().size(), 2u);
  EXPECT_EQ(t.origin(4).column, 10);
}

TEST(MappedTextTest, ReplacementsMapToWhatTheyReplaced) {
  MappedText t;
  t.append_verbatim("b", 2, 0);
  t.append_replacement("ij", 2, 1);  // "ĳ" was two bytes at column 1
  t.append_verbatim("na", 2, 3);
  EXPECT_EQ(t.text(), "bijna");
  EXPECT_EQ(t.origin(1).column, 1);
  EXPECT_EQ(t.origin(2).column, 1);  // both letters of "ij" point at the ligature
  EXPECT_EQ(t.origin(3).column, 3);
}

TEST(MappedTextTest, AppendShiftsTheOtherMap) {
  MappedText a;
  a.append_verbatim("een", 1, 0);
  MappedText b;
  b.append_verbatim("twee", 7, 2);
  a.append_replacement(" ", 1, 3);
  a.append(b);
  EXPECT_EQ(a.text(), "een twee");
  EXPECT_EQ(a.origin(4).line, 7);
  EXPECT_EQ(a.origin(7).column, 5);
}

TEST(MappedTextTest, LineRangeCoversEveryLineOfTheBytes) {
  MappedText t;
  t.append_verbatim("een", 10, 0);
  t.append_replacement(" ", 10, 3);
  t.append_verbatim("twee", 30, 0);  // a rejoined paragraph skips lines 11-29
  t.append_replacement(" ", 30, 4);
  t.append_verbatim("drie", 31, 0);
  EXPECT_EQ(t.line_range(0, 3), std::make_pair(10, 10));
  EXPECT_EQ(t.line_range(4, 8), std::make_pair(30, 30));
  EXPECT_EQ(t.line_range(0, t.text().size()), std::make_pair(10, 31));
}

TEST(MappedTextTest, RemoveLastByteDropsAHyphenAndItsAnchor) {
  MappedText t;
  t.append_verbatim("Boon", 5, 0);
  t.append_replacement("-", 5, 4);
  t.remove_last_byte();
  EXPECT_EQ(t.text(), "Boon");
  EXPECT_EQ(t.anchors().size(), 1u);
  t.append_verbatim("stra", 6, 0);
  EXPECT_EQ(t.text(), "Boonstra");
  EXPECT_EQ(t.origin(4).line, 6);
}

TEST(MappedTextTest, EmptyTextMapsToNothing) {
  MappedText t;
  EXPECT_EQ(t.origin(0).line, 0);
  t.append_verbatim("", 1, 0);
  EXPECT_TRUE(t.anchors().empty());
}

}  // namespace
