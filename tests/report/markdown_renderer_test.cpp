// Tests render_markdown and render_markdown_with_figures: escaping per block, pipe tables,
// quotations with their lines, charts and maps as tables and lists, SVG files beside.
#include "report/markdown_renderer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "report/error.hpp"
#include "svg_probe.hpp"

namespace {

using report::Report;
using store::Value;

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(MarkdownRenderer, WritesTitleSubtitleDateAndHeadings) {
  Report r("Rapport *één*");
  r.set_subtitle("onder");
  r.set_date("juni 2025");
  r.add(report::Heading{2, "Bronnen"});
  r.add(report::Heading{3, "Detail"});
  EXPECT_EQ(report::render_markdown(r),
            "# Rapport \\*één\\*\n\n*onder*\n\njuni 2025\n\n## Bronnen\n\n### Detail\n");
}

TEST(MarkdownRenderer, EscapesTheTextOfEveryBlock) {
  const std::string hostile = "*a* _b_ [c](d) <e> `f` | # 1.";
  const std::string inline_escaped = "\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` | \\# 1.";
  Report r(hostile);
  r.add(report::Paragraph{hostile});
  r.add(report::BulletList{{hostile}});
  r.add(report::Note{hostile, hostile});
  r.add(report::KeyFigures{{{hostile, Value{std::int64_t{1}}}}});
  r.add(report::Quotation{hostile, "a_b.txt", 1, 2, hostile});
  const std::string md = report::render_markdown(r);
  // Title, paragraph, item, note title and text, key figure, quotation text and source.
  EXPECT_EQ(svg_probe::count(md, inline_escaped), 8u) << md;
  EXPECT_TRUE(contains(md,
                       "(a\\_b.txt, regels 1\xE2\x80\x93"
                       "2)"));
}

TEST(MarkdownRenderer, EscapesFigureTitlesAndLabels) {
  Report r("R");
  r.add(report::BarChart{"*kop*", {{"<b>", 1}}, "_eenheid_", 2});
  r.add(report::ConceptMap{"[kaart]", {{"a", "*A*", 1, ""}, {"b", "`B`", 1, ""}}, {{"a", "b", 1}}});
  const auto md = report::render_markdown_with_figures(r, "f").markdown;
  EXPECT_TRUE(contains(md, "**Figuur 1.** \\*kop\\*\n")) << md;
  EXPECT_TRUE(contains(md, "![Figuur 1. \\*kop\\*](f-figure-1.svg)")) << md;
  EXPECT_TRUE(contains(md, "| Waarde (\\_eenheid\\_) |")) << md;
  EXPECT_TRUE(contains(md, "| \\<b\\> | 1 |")) << md;
  EXPECT_TRUE(contains(md, "**Figuur 2.** \\[kaart\\]\n")) << md;
  EXPECT_TRUE(contains(md, "- \\*A\\* \xE2\x80\x93 \\`B\\`: 1\n")) << md;
}

TEST(MarkdownRenderer, WritesPipeTablesWithNumbersRightAligned) {
  Report r("R");
  r.add(
      report::Table{{"begrip", "n|m", "sterkte"},
                    {{Value{std::string("kennis | kunde")}, Value{std::int64_t{3}}, Value{0.4167}},
                     {Value{std::string("b\nc")}, Value{store::Null{}}, Value{0.00042}}},
                    "Telling",
                    2});
  EXPECT_EQ(report::render_markdown(r),
            "# R\n\n**Tabel 1.** Telling\n\n"
            "| begrip | n\\|m | sterkte |\n"
            "| --- | ---: | ---: |\n"
            "| kennis \\| kunde | 3 | 0,42 |\n"
            "| b c |  | 0,00042 |\n");
}

TEST(MarkdownRenderer, WritesNotesAsBlockquotesWithABoldTitle) {
  Report r("R");
  r.add(report::Note{"Tekst.", "Werkwijze"});
  r.add(report::Note{"Tekst.", "Let op!"});
  r.add(report::Note{"Tekst.", ""});
  EXPECT_EQ(report::render_markdown(r),
            "# R\n\n> **Werkwijze.** Tekst.\n\n> **Let op!** Tekst.\n\n> **Opmerking.** Tekst.\n");
}

TEST(MarkdownRenderer, WritesKeyFiguresAndQuotations) {
  Report r("R");
  r.add(report::KeyFigures{{{"documenten", Value{std::int64_t{5}}}, {"sterkte", Value{0.375}}}});
  r.add(report::Quotation{"Leren is werk.", "essay.txt", 12, 14, "Iemand (2020)"});
  r.add(report::Quotation{"Kort.", "essay.txt", 3, 3, ""});
  EXPECT_EQ(report::render_markdown(r),
            "# R\n\n- documenten: **5**\n- sterkte: **0,38**\n\n"
            "> Leren is werk.\n>\n> \xE2\x80\x94 Iemand (2020) (essay.txt, regels 12\xE2\x80\x93"
            "14)\n\n"
            "> Kort.\n>\n> \xE2\x80\x94 (essay.txt, regel 3)\n");
}

TEST(MarkdownRenderer, WritesABarChartAsATable) {
  Report r("R");
  r.add(report::BarChart{"Telling", {{"a|b", 87}, {"c", 6}}, "vermeldingen", 2});
  r.add(report::BarChart{"Sterkte", {{"x", 0.5}, {"y", 0.125}}, "", 3});
  EXPECT_EQ(report::render_markdown(r),
            "# R\n\n**Figuur 1.** Telling\n\n"
            "| Label | Waarde (vermeldingen) |\n| --- | ---: |\n| a\\|b | 87 |\n| c | 6 |\n\n"
            "**Figuur 2.** Sterkte\n\n"
            "| Label | Waarde |\n| --- | ---: |\n| x | 0,500 |\n| y | 0,125 |\n");
}

TEST(MarkdownRenderer, ListsTheStrongestLinksOfAConceptMap) {
  report::ConceptMap map{"Kaart", {}, {}};
  for (int i = 0; i < 20; ++i)
    map.nodes.push_back({"n" + std::to_string(i), "N" + std::to_string(i), 1, ""});
  for (int i = 1; i < 20; ++i)  // n0 with every other node; weight i/100, so n19 is strongest
    map.edges.push_back({"n0", "n" + std::to_string(i), i / 100.0});
  Report r("R");
  r.add(map);
  const std::string md = report::render_markdown(r);
  EXPECT_TRUE(contains(md,
                       "**Figuur 1.** Kaart\n\nSterkste verbanden (15/19):\n\n"
                       "- N0 \xE2\x80\x93 N19: 0,19\n- N0 \xE2\x80\x93 N18: 0,18\n"))
      << md;
  EXPECT_TRUE(contains(md, "- N0 \xE2\x80\x93 N5: 0,05\n"));
  EXPECT_FALSE(contains(md, "N4:"));  // the 16th strongest is left out
  EXPECT_EQ(svg_probe::count(md, "\n- N0"), 15u);
}

TEST(MarkdownRenderer, EmptyInputsGiveShortNotes) {
  Report r("R");
  r.add(report::Table{{"a", "b"}, {}, "Leeg", 2});
  r.add(report::BarChart{"Staven", {}, "", 2});
  r.add(report::ConceptMap{"Paren", {}, {}});
  EXPECT_EQ(report::render_markdown(r),
            "# R\n\n**Tabel 1.** Leeg\n\n| a | b |\n| --- | --- |\n\n*Geen rijen.*\n\n"
            "Staven: *Geen gegevens om te tonen.*\n\nParen: *Geen paren om te tonen.*\n");
}

TEST(MarkdownRenderer, WritesFiguresBesideTheMarkdown) {
  Report r("R");
  r.add(report::BarChart{"Telling", {{"a", 2}}, "", 2});
  r.add(report::BarChart{"Leeg", {}, "", 2});
  r.add(report::ConceptMap{"Kaart", {{"a", "A", 1, ""}, {"b", "B", 1, ""}}, {{"a", "b", 1}}});
  const auto result = report::render_markdown_with_figures(r, "verslag");
  ASSERT_EQ(result.figures.size(), 2u);
  EXPECT_EQ(result.figures[0].name, "verslag-figure-1.svg");
  EXPECT_EQ(result.figures[1].name, "verslag-figure-2.svg");
  EXPECT_TRUE(contains(result.figures[0].svg, "<title>Telling</title>"));
  EXPECT_TRUE(contains(result.figures[1].svg, "<title>Kaart</title>"));
  EXPECT_TRUE(contains(result.markdown,
                       "**Figuur 1.** Telling\n\n![Figuur 1. Telling](verslag-figure-1.svg)\n\n|"));
  EXPECT_TRUE(contains(result.markdown, "![Figuur 2. Kaart](verslag-figure-2.svg)\n\n"));
  // Without figures the same text minus the image lines.
  std::string without = result.markdown;
  for (const char* line : {"![Figuur 1. Telling](verslag-figure-1.svg)\n\n",
                           "![Figuur 2. Kaart](verslag-figure-2.svg)\n\n"})
    without.erase(without.find(line), std::string(line).size());
  EXPECT_EQ(without, report::render_markdown(r));
}

TEST(MarkdownRenderer, RefusesFigureStemsThatBreakALink) {
  Report r("R");
  for (const char* stem : {"", "a b", "map/x", "a)b", "\xC3\xA9"})
    EXPECT_THROW(report::render_markdown_with_figures(r, stem), report::ReportError) << stem;
  EXPECT_NO_THROW(report::render_markdown_with_figures(r, "rapport_2025-06.v2"));
}

TEST(MarkdownRenderer, GivesTheSameTextEveryTime) {
  Report r("R");
  r.add(report::ConceptMap{"K", {{"a", "A", 1, ""}, {"b", "B", 1, ""}}, {{"a", "b", 1}}});
  const auto once = report::render_markdown_with_figures(r, "x");
  const auto twice = report::render_markdown_with_figures(r, "x");
  EXPECT_EQ(once.markdown, twice.markdown);
  EXPECT_EQ(once.figures[0].svg, twice.figures[0].svg);
}

}  // namespace
