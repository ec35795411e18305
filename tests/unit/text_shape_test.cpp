// Tests the character and word helpers of ingest/text_shape.hpp on small inputs.
#include <gtest/gtest.h>

#include "ingest/text_shape.hpp"

namespace {

using ingest::Case;
using ingest::FoldedSpace;

std::u32string code_points_of(std::string_view s) {
  return ingest::decode(s);
}

bool never(char32_t) {
  return false;
}

bool is_quote(char32_t c) {
  return c == '"' || c == 0x201C;
}

TEST(TextShapeTest, CodePointsOfOneToFourByteSequences) {
  EXPECT_EQ(code_points_of("a"), U"a");
  EXPECT_EQ(code_points_of("\xC3\xA9"), U"\u00E9");              // é
  EXPECT_EQ(code_points_of("\xE2\x80\x98"), U"\u2018");          // ‘
  EXPECT_EQ(code_points_of("\xF0\x9F\x98\x80"), U"\U0001F600");  // 😀
  EXPECT_EQ(code_points_of("x\xC3\xABy\xE2\x97\x86"), U"x\u00EBy\u25C6");
  EXPECT_EQ(code_points_of(""), U"");
}

TEST(TextShapeTest, NextCodePointAdvancesPastTheSequence) {
  const std::string_view s = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";
  std::size_t i = 0;
  EXPECT_EQ(ingest::next_code_point(s, i), U'a');
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(ingest::next_code_point(s, i), U'\u00E9');
  EXPECT_EQ(i, 3u);
  EXPECT_EQ(ingest::next_code_point(s, i), U'\u2019');
  EXPECT_EQ(i, 6u);
  EXPECT_EQ(ingest::next_code_point(s, i), U'\U0001F600');
  EXPECT_EQ(i, 10u);
}

TEST(TextShapeTest, BrokenSequencesYieldTheirFirstByte) {
  // A lone continuation byte, and lead bytes cut short by the end of the text.
  EXPECT_EQ(code_points_of("\x80"), U"\u0080");
  EXPECT_EQ(code_points_of("a\xC3"), U"a\u00C3");
  EXPECT_EQ(code_points_of("\xE2\x80"), U"\u00E2\u0080");
  std::size_t i = 0;
  EXPECT_EQ(ingest::next_code_point("\xF0\x9F\x98", i), U'\u00F0');
  EXPECT_EQ(i, 1u);
}

// A reader that takes every byte for a code point of its own.
char32_t next_byte(std::string_view s, std::size_t& i) {
  return static_cast<unsigned char>(s[i++]);
}

TEST(TextShapeTest, DecodeReadsWithTheReaderItIsGiven) {
  EXPECT_EQ(ingest::decode("a\xC3\xA9", next_byte), U"a\u00C3\u00A9");
  EXPECT_EQ(ingest::decode("a\xC3\xA9", ingest::next_code_point), U"a\u00E9");
  EXPECT_EQ(ingest::decode("", next_byte), U"");
}

TEST(TextShapeTest, AppendUtf8WritesOneToFourBytes) {
  std::string out;
  ingest::append_utf8(out, U'a');
  ingest::append_utf8(out, U'\u00E9');
  ingest::append_utf8(out, U'\u2018');
  ingest::append_utf8(out, U'\U0001F600');
  EXPECT_EQ(out, "a\xC3\xA9\xE2\x80\x98\xF0\x9F\x98\x80");
  EXPECT_EQ(ingest::decode(out), U"a\u00E9\u2018\U0001F600");
}

TEST(TextShapeTest, LetterCaseOfAsciiLetters) {
  EXPECT_EQ(ingest::letter_case(U'A'), Case::kUpper);
  EXPECT_EQ(ingest::letter_case(U'Z'), Case::kUpper);
  EXPECT_EQ(ingest::letter_case(U'a'), Case::kLower);
  EXPECT_EQ(ingest::letter_case(U'z'), Case::kLower);
  EXPECT_EQ(ingest::letter_case(U'0'), Case::kNone);
  EXPECT_EQ(ingest::letter_case(U' '), Case::kNone);
  EXPECT_EQ(ingest::letter_case(U'@'), Case::kNone);
  EXPECT_EQ(ingest::letter_case(U'['), Case::kNone);
}

TEST(TextShapeTest, LetterCaseOfLatin1AndLatinExtendedALetters) {
  EXPECT_EQ(ingest::letter_case(U'\u00C9'), Case::kUpper);  // É
  EXPECT_EQ(ingest::letter_case(U'\u00E9'), Case::kLower);  // é
  EXPECT_EQ(ingest::letter_case(U'\u00CB'), Case::kUpper);  // Ë
  EXPECT_EQ(ingest::letter_case(U'\u00EB'), Case::kLower);  // ë
  EXPECT_EQ(ingest::letter_case(U'\u00DF'), Case::kLower);  // ß
  EXPECT_EQ(ingest::letter_case(U'\u00FF'), Case::kLower);  // ÿ
  EXPECT_EQ(ingest::letter_case(U'\u00D7'), Case::kNone);   // ×
  EXPECT_EQ(ingest::letter_case(U'\u00F7'), Case::kNone);   // ÷
  EXPECT_EQ(ingest::letter_case(U'\u00AB'), Case::kNone);   // «
  EXPECT_EQ(ingest::letter_case(U'\u0132'), Case::kUpper);  // Ĳ
  EXPECT_EQ(ingest::letter_case(U'\u0133'), Case::kLower);  // ĳ
  EXPECT_EQ(ingest::letter_case(U'\u0139'), Case::kUpper);  // Ĺ: pairs start odd here
  EXPECT_EQ(ingest::letter_case(U'\u013A'), Case::kLower);  // ĺ
  EXPECT_EQ(ingest::letter_case(U'\u0138'), Case::kLower);  // ĸ has no capital
  EXPECT_EQ(ingest::letter_case(U'\u0178'), Case::kUpper);  // Ÿ
  EXPECT_EQ(ingest::letter_case(U'\u017D'), Case::kUpper);  // Ž
  EXPECT_EQ(ingest::letter_case(U'\u017E'), Case::kLower);  // ž
  EXPECT_EQ(ingest::letter_case(U'\u017F'), Case::kLower);  // ſ
  EXPECT_EQ(ingest::letter_case(U'\u0391'), Case::kNone);   // Greek Α: another script
  EXPECT_EQ(ingest::letter_case(U'\u2018'), Case::kNone);
}

TEST(TextShapeTest, IsUpperAndIsLowerFollowLetterCase) {
  EXPECT_TRUE(ingest::is_upper(U'Q'));
  EXPECT_FALSE(ingest::is_upper(U'q'));
  EXPECT_TRUE(ingest::is_lower(U'q'));
  EXPECT_FALSE(ingest::is_lower(U'Q'));
  EXPECT_TRUE(ingest::is_upper(U'\u00C0'));  // À
  EXPECT_TRUE(ingest::is_lower(U'\u00E0'));  // à
  EXPECT_FALSE(ingest::is_upper(U'7'));
  EXPECT_FALSE(ingest::is_lower(U'7'));
}

TEST(TextShapeTest, ToLowerLowersLatinCapitalsOnly) {
  EXPECT_EQ(ingest::to_lower(U'A'), U'a');
  EXPECT_EQ(ingest::to_lower(U'a'), U'a');
  EXPECT_EQ(ingest::to_lower(U'\u00C9'), U'\u00E9');  // É → é
  EXPECT_EQ(ingest::to_lower(U'\u00D7'), U'\u00D7');  // × stays
  EXPECT_EQ(ingest::to_lower(U'\u0132'), U'\u0133');  // Ĳ → ĳ
  EXPECT_EQ(ingest::to_lower(U'\u0139'), U'\u013A');  // Ĺ → ĺ
  EXPECT_EQ(ingest::to_lower(U'\u0178'), U'\u00FF');  // Ÿ → ÿ
  EXPECT_EQ(ingest::to_lower(U'\u0391'), U'\u0391');  // Greek stays
  EXPECT_EQ(ingest::to_lower(U'1'), U'1');
}

TEST(TextShapeTest, IsDigitTakesAsciiDigitsOnly) {
  EXPECT_TRUE(ingest::is_digit(U'0'));
  EXPECT_TRUE(ingest::is_digit(U'9'));
  EXPECT_FALSE(ingest::is_digit(U'a'));
  EXPECT_FALSE(ingest::is_digit(U'\u0660'));  // Arabic-Indic zero
  EXPECT_FALSE(ingest::is_digit(U'\u00B2'));  // ²
}

TEST(TextShapeTest, FirstLetterCaseSkipsSpacesAndTheGivenMarks) {
  EXPECT_EQ(ingest::first_letter_case("Leren", never), Case::kUpper);
  EXPECT_EQ(ingest::first_letter_case("  leren", never), Case::kLower);
  EXPECT_EQ(ingest::first_letter_case("\"Leren\"", never), Case::kNone);
  EXPECT_EQ(ingest::first_letter_case("\"Leren\"", is_quote), Case::kUpper);
  EXPECT_EQ(ingest::first_letter_case("\xE2\x80\x9C\xC3\xA9\xC3\xA9n", is_quote), Case::kLower);
  EXPECT_EQ(ingest::first_letter_case("3 Leren", is_quote), Case::kNone);
  EXPECT_EQ(ingest::first_letter_case(" \"", is_quote), Case::kNone);
  EXPECT_EQ(ingest::first_letter_case("", is_quote), Case::kNone);
}

TEST(TextShapeTest, FoldingTurnsTabsAndNoBreakSpacesIntoOneSpace) {
  EXPECT_EQ(ingest::fold_white_space("een\ttwee", FoldedSpace::kBasic), "een twee");
  EXPECT_EQ(ingest::fold_white_space("een\xC2\xA0twee", FoldedSpace::kBasic), "een twee");
  EXPECT_EQ(ingest::fold_white_space("een \t\xC2\xA0 \r\ftwee", FoldedSpace::kBasic), "een twee");
  EXPECT_EQ(ingest::fold_white_space("  een   twee \t", FoldedSpace::kBasic), "een twee");
  EXPECT_EQ(ingest::fold_white_space(" \t\xC2\xA0 ", FoldedSpace::kBasic), "");
  EXPECT_EQ(ingest::fold_white_space("", FoldedSpace::kBasic), "");
  EXPECT_EQ(ingest::fold_white_space("caf\xC3\xA9", FoldedSpace::kBasic), "caf\xC3\xA9");
}

TEST(TextShapeTest, VerticalTabAndByteOrderMarkFoldOnlyWhenAsked) {
  EXPECT_EQ(ingest::fold_white_space("een\vtwee", FoldedSpace::kBasic), "een\vtwee");
  EXPECT_EQ(ingest::fold_white_space("een\vtwee", FoldedSpace::kBasicVtAndBom), "een twee");
  EXPECT_EQ(ingest::fold_white_space("\xEF\xBB\xBFtitel", FoldedSpace::kBasic),
            "\xEF\xBB\xBFtitel");
  EXPECT_EQ(ingest::fold_white_space("\xEF\xBB\xBFtitel", FoldedSpace::kBasicVtAndBom), "titel");
  EXPECT_EQ(ingest::fold_white_space("a\xEF\xBB\xBF\tb\v", FoldedSpace::kBasicVtAndBom), "a b");
}

TEST(TextShapeTest, WordCountCountsSpacesOfFoldedText) {
  EXPECT_EQ(ingest::word_count(""), 0);
  EXPECT_EQ(ingest::word_count("een"), 1);
  EXPECT_EQ(ingest::word_count("een twee drie"), 3);
  EXPECT_EQ(ingest::word_count("caf\xC3\xA9 au lait"), 3);
}

TEST(TextShapeTest, AsciiLowerLowersOnlyAsciiCapitals) {
  EXPECT_EQ(ingest::ascii_lower("Hoofdstuk 3"), "hoofdstuk 3");
  EXPECT_EQ(ingest::ascii_lower("ABC-xyz_09"), "abc-xyz_09");
  EXPECT_EQ(ingest::ascii_lower("\xC3\x89\xC3\xA9N"), "\xC3\x89\xC3\xA9n");  // É stays
  EXPECT_EQ(ingest::ascii_lower(""), "");
}

TEST(TextShapeTest, AllAsciiDigitsNeedsAtLeastOneDigitAndNothingElse) {
  EXPECT_TRUE(ingest::all_ascii_digits("0"));
  EXPECT_TRUE(ingest::all_ascii_digits("2025"));
  EXPECT_FALSE(ingest::all_ascii_digits(""));
  EXPECT_FALSE(ingest::all_ascii_digits("12a"));
  EXPECT_FALSE(ingest::all_ascii_digits(" 12"));
  EXPECT_FALSE(ingest::all_ascii_digits("\xD9\xA0"));  // Arabic-Indic zero
}

}  // namespace
