// Tests report/text.hpp: escaping for HTML/SVG and Markdown, repair of bad input, cutting.
#include "report/text.hpp"

#include <gtest/gtest.h>

namespace {

using report::escape_markdown;
using report::escape_markdown_cell;
using report::escape_xml;

TEST(EscapeXml, EscapesTheFiveMarkupCharacters) {
  EXPECT_EQ(escape_xml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(escape_xml("&amp;"), "&amp;amp;");  // text, not a reference: shown as typed
  EXPECT_EQ(escape_xml("gewoon één ≥ 2"), "gewoon één ≥ 2");
}

TEST(EscapeXml, RepairsInvalidUtf8AndControlCharacters) {
  EXPECT_EQ(escape_xml("a\xFF"
                       "b"),
            "a\xEF\xBF\xBD"
            "b");                                   // a stray byte: U+FFFD
  EXPECT_EQ(escape_xml("a\xC3"), "a\xEF\xBF\xBD");  // cut-off sequence
  EXPECT_EQ(escape_xml(std::string("a\0b\x01"
                                   "c",
                                   5)),
            "a b c");                               // XML forbids them
  EXPECT_EQ(escape_xml("r1\nr2\tx"), "r1\nr2\tx");  // allowed whitespace
}

TEST(EscapeMarkdown, EscapesInlineMarkup) {
  EXPECT_EQ(escape_markdown("*nadruk* en _dit_ en `code`"),
            "\\*nadruk\\* en \\_dit\\_ en \\`code\\`");
  EXPECT_EQ(escape_markdown("[link](x) <b> #3 ~~weg~~ a\\b"),
            "\\[link\\](x) \\<b\\> \\#3 \\~\\~weg\\~\\~ a\\\\b");
  EXPECT_EQ(escape_markdown("A & B"), "A & B");  // no entity: left alone
  EXPECT_EQ(escape_markdown("&amp; en &#38;"), "\\&amp; en \\&\\#38;");
  EXPECT_EQ(escape_markdown("a | b"), "a | b");
}

TEST(EscapeMarkdown, KeepsALineFromStartingABlock) {
  EXPECT_EQ(escape_markdown("- geen lijst"), "\\- geen lijst");
  EXPECT_EQ(escape_markdown("+ ook niet"), "\\+ ook niet");
  EXPECT_EQ(escape_markdown("2025. Een jaar"), "2025\\. Een jaar");
  EXPECT_EQ(escape_markdown("3) derde"), "3\\) derde");
  EXPECT_EQ(escape_markdown("> geen citaat"), "\\> geen citaat");
  EXPECT_EQ(escape_markdown("# geen kop"), "\\# geen kop");
  EXPECT_EQ(escape_markdown("=== "), "\\===");
  EXPECT_EQ(escape_markdown("2025 was goed"), "2025 was goed");
}

TEST(EscapeMarkdown, PutsEverythingOnOneLine) {
  EXPECT_EQ(escape_markdown("  een\n\n- twee\r\n  drie  "), "een - twee drie");
  EXPECT_EQ(escape_markdown("    code?"), "code?");  // no indented code block
}

TEST(EscapeMarkdown, CellsEscapeThePipe) {
  EXPECT_EQ(escape_markdown_cell("kennis | kunde"), "kennis \\| kunde");
  EXPECT_EQ(escape_markdown_cell("a\nb"), "a b");
}

TEST(Shorten, CutsWholeCharactersAndAddsAnEllipsis) {
  EXPECT_EQ(report::shorten("abcdef", 6), "abcdef");
  EXPECT_EQ(report::shorten("abcdef", 4), "abc\xE2\x80\xA6");
  EXPECT_EQ(report::shorten("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3),
            "\xC3\xA9\xC3\xA9\xE2\x80\xA6");                   // "éé…", never half a character
  EXPECT_EQ(report::shorten("ab cdef", 4), "ab\xE2\x80\xA6");  // no space before the '…'
  EXPECT_EQ(report::count_characters("\xC3\xA9t\xE2\x80\xA6"), 3u);
}

}  // namespace
