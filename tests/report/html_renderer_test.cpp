// Tests render_html: a complete, escaped, self-contained page; contents, tables, figures,
// quotations, empty inputs, language, and the same bytes every time.
#include "report/html_renderer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>

#include "report/svg_fragment.hpp"
#include "svg_probe.hpp"

namespace {

using report::Report;
using store::Value;

// Text that breaks HTML if it is not escaped.
const std::string kHostile = "<script>alert('x')</script> & \"q\"";
const std::string kEscaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;";

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

report::ConceptMap map_of(const std::string& title) {
  return report::ConceptMap{title, {{"a", "A", 2, ""}, {"b", "B", 1, ""}}, {{"a", "b", 1}}};
}

TEST(HtmlRenderer, WritesACompleteSelfContainedPage) {
  Report r("Titel");
  const std::string html = report::render_html(r);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">", 0),
            0u);
  EXPECT_TRUE(contains(html, "<title>Titel</title>"));
  EXPECT_TRUE(contains(html, "<style>"));
  EXPECT_TRUE(contains(html, "@media print"));
  EXPECT_TRUE(html.size() > 7 && html.substr(html.size() - 8) == "</html>\n");
  // Nothing fetched from elsewhere: no scripts, no links to stylesheets or fonts.
  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "<link"));
  EXPECT_FALSE(contains(html, "@import"));
  EXPECT_FALSE(contains(html, "url("));
}

TEST(HtmlRenderer, EscapesTheTextOfEveryBlock) {
  Report r(kHostile);
  r.set_subtitle(kHostile);
  r.set_date(kHostile);
  r.add(report::Heading{2, kHostile});
  r.add(report::Paragraph{kHostile});
  r.add(report::BulletList{{kHostile}});
  r.add(report::Note{kHostile, kHostile});
  r.add(report::Table{{kHostile}, {{Value{kHostile}}}, kHostile, 2});
  r.add(report::KeyFigures{{{kHostile, Value{kHostile}}}});
  r.add(report::Quotation{kHostile, kHostile, 1, 2, kHostile});
  r.add(report::BarChart{kHostile, {{kHostile, 1}}, kHostile, 2});
  r.add(report::ConceptMap{
      kHostile, {{"a", kHostile, 1, kHostile}, {"b", "b", 1, ""}}, {{"a", "b", 1}}});
  r.add(report::Heading{2, "Twee"});  // a contents list, with the hostile heading in it
  for (const bool inline_svg : {false, true}) {
    report::HtmlOptions options;
    options.inline_svg = inline_svg;
    const std::string html = report::render_html(r, options);
    EXPECT_FALSE(contains(html, "<script")) << "inline_svg " << inline_svg;
    EXPECT_FALSE(contains(html, "alert('x')"));
    // Title, subtitle, date, contents, heading, paragraph, list, note title and text,
    // column, cell, caption, key figure value and label, quotation text, source and file,
    // chart alt text, map caption and alt, legend: each shows the text escaped.
    EXPECT_GE(svg_probe::count(html, kEscaped), 20u) << "inline_svg " << inline_svg;
  }
}

TEST(HtmlRenderer, ListsLevelTwoHeadingsInTheContents) {
  Report r("R");
  r.add(report::Heading{2, "Kerncijfers"});
  r.add(report::Heading{3, "Detail"});
  r.add(report::Heading{2, "Bronnen & citaten"});
  r.add(report::Heading{2, "Kerncijfers"});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(contains(html, "<p class=\"toc-title\">Inhoud</p>"));
  EXPECT_TRUE(contains(html, "<a href=\"#kerncijfers\">Kerncijfers</a>"));
  EXPECT_TRUE(contains(html, "<a href=\"#bronnen-citaten\">Bronnen &amp; citaten</a>"));
  EXPECT_TRUE(contains(html, "<a href=\"#kerncijfers-2\">Kerncijfers</a>"));
  EXPECT_FALSE(contains(html, "href=\"#detail\""));  // level 3 is not listed
  EXPECT_TRUE(contains(html, "<h2 id=\"kerncijfers\">Kerncijfers</h2>"));
  EXPECT_TRUE(contains(html, "<h2 id=\"kerncijfers-2\">Kerncijfers</h2>"));
  EXPECT_TRUE(contains(html, "<h3 id=\"detail\">Detail</h3>"));
  const auto ids = svg_probe::ids(html);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
}

TEST(HtmlRenderer, LeavesOutTheContentsForASingleSection) {
  Report r("R");
  r.add(report::Heading{2, "Alleen"});
  EXPECT_FALSE(contains(report::render_html(r), "class=\"toc\""));
}

TEST(HtmlRenderer, HeadingIdsKeepClearOfFigureAndTableIds) {
  Report r("R");
  r.add(report::Heading{2, "Figure 1"});
  r.add(report::Heading{2, "Table"});
  r.add(report::BarChart{"T", {{"a", 1}}, "", 2});
  const auto ids = svg_probe::ids(report::render_html(r));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()),
            (std::set<std::string>{"section-figure-1", "section-table", "figure-1"}));
}

TEST(HtmlRenderer, RightAlignsNumberColumnsAndFormatsNumbers) {
  Report r("R");
  r.add(report::Table{
      {"begrip", "n", "sterkte"},
      {{Value{std::string("a")}, Value{std::int64_t{9007199254740993}}, Value{0.4167}},
       {Value{std::string("b")}, Value{store::Null{}}, Value{2.0}}},
      "Telling",
      3});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(
      contains(html, "<caption><span class=\"caption-label\">Tabel 1.</span> Telling</caption>"));
  EXPECT_TRUE(
      contains(html, "<th scope=\"col\">begrip</th><th scope=\"col\" class=\"num\">n</th>"));
  EXPECT_TRUE(contains(
      html, "<td>a</td><td class=\"num\">9007199254740993</td><td class=\"num\">0,417</td>"));
  EXPECT_TRUE(contains(html, "<td>b</td><td class=\"num\"></td><td class=\"num\">2,000</td>"));
  EXPECT_TRUE(contains(html, "tbody tr:nth-child(even)"));  // zebra rows
}

TEST(HtmlRenderer, EnglishReportsUseEnglishWordsAndTheDecimalPoint) {
  Report r("R");
  r.set_language("en");
  r.add(report::Table{{"x"}, {{Value{0.5}}}, "", 2});
  r.add(report::Quotation{"q", "a.txt", 3, 5, ""});
  r.add(report::Quotation{"q", "a.txt", 7, 7, ""});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(contains(html, "<html lang=\"en\">"));
  EXPECT_TRUE(contains(html, ">0.50</td>"));
  EXPECT_TRUE(contains(html, "Table 1."));
  EXPECT_TRUE(contains(html,
                       "(a.txt, lines 3\xE2\x80\x93"
                       "5)"));
  EXPECT_TRUE(contains(html, "(a.txt, line 7)"));
}

TEST(HtmlRenderer, ShowsWhereAQuotationComesFrom) {
  Report r("R");
  r.add(report::Quotation{"Leren is werk.", "essay.txt", 12, 14, "Iemand (2020)"});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(contains(html, "<blockquote>\n<p>Leren is werk.</p>"));
  EXPECT_TRUE(contains(html,
                       "\xE2\x80\x94 Iemand (2020) <span class=\"locator\">(essay.txt, "
                       "regels 12\xE2\x80\x93"
                       "14)</span>"));
}

TEST(HtmlRenderer, ShowsKeyFiguresAsTiles) {
  Report r("R");
  r.add(report::KeyFigures{{{"documenten", Value{std::int64_t{5}}},
                            {"sterkte", Value{0.375}},
                            {"vermeldingen", Value{12.0}}}});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(contains(html,
                       "<span class=\"keyfigure-value\">5</span><span "
                       "class=\"keyfigure-label\">documenten</span>"));
  EXPECT_TRUE(contains(html, ">0,38</span>"));
  EXPECT_TRUE(contains(html, ">12</span>"));
}

TEST(HtmlRenderer, NumbersFiguresAndEmbedsTheirSvg) {
  Report r("R");
  r.add(report::BarChart{"Telling", {{"a", 2}, {"b", 1}}, "", 2});
  r.add(report::ConceptMap{map_of("Kaart")});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(contains(html, "<div class=\"figure\" id=\"figure-1\">"));
  EXPECT_TRUE(contains(html, "<span class=\"caption-label\">Figuur 1.</span> Telling"));
  EXPECT_TRUE(contains(html, "<span class=\"caption-label\">Figuur 2.</span> Kaart"));
  EXPECT_TRUE(contains(html, "alt=\"Telling: a 2; b 1\""));
  const auto svgs = svg_probe::data_uri_svgs(html);
  ASSERT_EQ(svgs.size(), 2u);
  EXPECT_EQ(svgs[0].rfind("<svg", 0), 0u);
  EXPECT_TRUE(contains(svgs[0], "<title>Telling</title>"));
  EXPECT_TRUE(contains(svgs[1], "<title>Kaart</title>"));
  EXPECT_FALSE(contains(html, "<svg"));  // by default no inline SVG
}

TEST(HtmlRenderer, TwoMapsInOneReportHaveDistinctIds) {
  Report r("R");
  r.add(report::ConceptMap{map_of("Een")});
  r.add(report::ConceptMap{map_of("Twee")});
  report::HtmlOptions inline_svg;
  inline_svg.inline_svg = true;
  const std::string html = report::render_html(r, inline_svg);
  EXPECT_EQ(svg_probe::count(html, "<svg"), 2u);
  const auto ids = svg_probe::ids(html);
  EXPECT_GE(ids.size(), 8u);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
  // Embedded as images, each SVG still carries its figure's own ids.
  const auto svgs = svg_probe::data_uri_svgs(report::render_html(r));
  ASSERT_EQ(svgs.size(), 2u);
  for (const auto& id : svg_probe::ids(svgs[0]))
    EXPECT_EQ(id.rfind("figure-1-", 0), 0u) << id;
  for (const auto& id : svg_probe::ids(svgs[1]))
    EXPECT_EQ(id.rfind("figure-2-", 0), 0u) << id;
}

TEST(HtmlRenderer, LetsALargeMapScrollRatherThanShrinkUnreadably) {
  report::ConceptMap large{"Groot", {}, {}};
  for (int i = 0; i < 30; ++i) {
    large.nodes.push_back({"n" + std::to_string(i), "begrip nummer " + std::to_string(i), 1, ""});
    if (i > 0) large.edges.push_back({"n" + std::to_string(i - 1), "n" + std::to_string(i), 1});
  }
  Report r("R");
  r.add(large);
  r.add(report::ConceptMap{map_of("Klein")});
  r.add(report::BarChart{"Staven", {{"a", 1}}, "", 2});
  const std::string html = report::render_html(r);
  EXPECT_EQ(svg_probe::count(html, "<div class=\"figure-scroll\">"), 1u);
  const auto wrapper = html.find("<div class=\"figure-scroll\"><div style=\"width: ");
  ASSERT_NE(wrapper, std::string::npos);
  EXPECT_LT(wrapper, html.find("id=\"figure-2\""));  // the large map, not the small one
  const double width = std::stod(html.substr(
      wrapper + std::string("<div class=\"figure-scroll\"><div style=\"width: ").size()));
  EXPECT_GT(width, 688);
  const auto svgs = svg_probe::data_uri_svgs(html);
  EXPECT_NEAR(width, report::svg_width_in_pixels(svgs[0]) * 0.7, 1);
}

TEST(HtmlRenderer, ShowsGroupColoursInALegend) {
  Report r("R");
  r.add(
      report::ConceptMap{"K", {{"a", "A", 1, "leren"}, {"b", "B", 1, "leiden"}}, {{"a", "b", 1}}});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(contains(html, "<ul class=\"legend\" aria-label=\"Groepen\">"));
  EXPECT_TRUE(contains(html, "</span>leren</li>"));
  EXPECT_TRUE(contains(html, "</span>leiden</li>"));
}

TEST(HtmlRenderer, EmptyInputsGiveShortNotes) {
  Report r("R");
  r.add(report::Table{{"begrip", "n"}, {}, "Leeg", 2});
  r.add(report::Table{{}, {}, "", 2});
  r.add(report::BarChart{"Geen staven", {}, "", 2});
  r.add(report::ConceptMap{"Geen paren", {{"a", "A", 1, ""}}, {}});
  r.add(report::BulletList{{}});
  r.add(report::KeyFigures{{}});
  r.add(report::BarChart{"Wel", {{"a", 1}}, "", 2});
  const std::string html = report::render_html(r);
  EXPECT_TRUE(contains(html, "<th scope=\"col\">begrip</th><th scope=\"col\">n</th>"));
  EXPECT_TRUE(contains(html, "<td class=\"empty\" colspan=\"2\">Geen rijen.</td>"));
  EXPECT_TRUE(contains(html, "<td class=\"empty\" colspan=\"1\">Geen rijen.</td>"));
  EXPECT_TRUE(contains(html, "<p class=\"empty\">Geen staven: Geen gegevens om te tonen.</p>"));
  EXPECT_TRUE(contains(html, "<p class=\"empty\">Geen paren: Geen paren om te tonen.</p>"));
  EXPECT_FALSE(contains(html, "<ul>"));
  EXPECT_FALSE(contains(html, "class=\"keyfigures\""));
  // Empty charts and maps take no figure number: the first real figure is Figuur 1.
  EXPECT_TRUE(contains(html, "Figuur 1.</span> Wel"));
  EXPECT_EQ(svg_probe::data_uri_svgs(html).size(), 1u);
}

TEST(HtmlRenderer, GivesTheSameBytesEveryTime) {
  Report r("R");
  r.add(report::Heading{2, "A"});
  r.add(report::BarChart{"T", {{"a", 0.3}, {"b", 1.7}}, "u", 2});
  r.add(report::ConceptMap{map_of("K")});
  r.add(report::ConceptMap{map_of("L")});
  EXPECT_EQ(report::render_html(r), report::render_html(r));
  const Report copy = r;
  EXPECT_EQ(report::render_html(copy), report::render_html(r));
}

}  // namespace
