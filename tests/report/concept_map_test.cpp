// Tests the Graphviz concept map: an SVG fit to inline (no prolog, prefixed ids), the same
// every time, sizes and widths by weight, colours by group, escaped labels.
#include "report/concept_map_svg.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>

#include "report/error.hpp"
#include "report/svg_fragment.hpp"
#include "svg_probe.hpp"

namespace {

using report::ConceptMap;
using report::render_concept_map_svg;

ConceptMap small_map() {
  return ConceptMap{
      "Kaart",
      {{"big", "groot", 100, "een"}, {"small", "klein", 1, "twee"}, {"mid", "midden", 30, "een"}},
      {{"big", "small", 0.9}, {"big", "mid", 0.1}}};
}

// The font size of the node text `label`.
double font_size_of(const std::string& svg, const std::string& label) {
  std::smatch match;
  const std::regex text("font-size=\"([0-9.]+)\"[^>]*>" + label + "</text>");
  if (!std::regex_search(svg, match, text)) return -1;
  return std::stod(match[1]);
}

// The stroke width of the edge whose tooltip is `tooltip` ("groot – klein").
double edge_width_of(const std::string& svg, const std::string& tooltip) {
  const auto at = svg.find("xlink:title=\"" + tooltip + "\"");
  if (at == std::string::npos) return -1;
  std::smatch match;
  const std::string rest = svg.substr(at);
  if (!std::regex_search(rest, match, std::regex("stroke-width=\"([0-9.]+)\""))) return -1;
  return std::stod(match[1]);
}

TEST(ConceptMap, IsAnSvgFragmentWithPrefixedIds) {
  const std::string svg = render_concept_map_svg(small_map(), "map-1-");
  EXPECT_EQ(svg.rfind("<svg", 0), 0u);
  EXPECT_EQ(svg.find("<?xml"), std::string::npos);
  EXPECT_EQ(svg.find("<!DOCTYPE"), std::string::npos);
  EXPECT_EQ(svg.find("<!--"), std::string::npos);
  const auto ids = svg_probe::ids(svg);
  EXPECT_GE(ids.size(), 6u);  // the graph, three nodes, two edges
  for (const auto& id : ids)
    EXPECT_EQ(id.rfind("map-1-", 0), 0u) << id;
}

TEST(ConceptMap, TwoMapsHaveNoIdInCommon) {
  const auto first = svg_probe::ids(render_concept_map_svg(small_map(), "figure-1-"));
  const auto second = svg_probe::ids(render_concept_map_svg(small_map(), "figure-2-"));
  std::set<std::string> all(first.begin(), first.end());
  for (const auto& id : second)
    EXPECT_TRUE(all.insert(id).second) << id;
}

TEST(ConceptMap, IsTheSameEveryTime) {
  const std::string svg = render_concept_map_svg(small_map(), "m-");
  EXPECT_EQ(svg, render_concept_map_svg(small_map(), "m-"));
}

TEST(ConceptMap, HeavierNodesAreLargerAndStrongerEdgesWider) {
  const std::string svg = render_concept_map_svg(small_map(), "m-");
  EXPECT_GT(font_size_of(svg, "groot"), font_size_of(svg, "midden"));
  EXPECT_GT(font_size_of(svg, "midden"), font_size_of(svg, "klein"));
  EXPECT_GE(font_size_of(svg, "klein"), 10);  // still readable
  const double strong = edge_width_of(svg, "groot \xE2\x80\x93 klein");
  const double weak = edge_width_of(svg, "groot \xE2\x80\x93 midden");
  EXPECT_GT(weak, 0);
  EXPECT_GT(strong, weak);
}

TEST(ConceptMap, GroupsShareAColour) {
  const auto colours = report::group_colours(small_map());
  ASSERT_EQ(colours.size(), 2u);
  EXPECT_EQ(colours[0].group, "een");  // in order of first appearance
  EXPECT_EQ(colours[1].group, "twee");
  EXPECT_NE(colours[0].fill, colours[1].fill);
  const std::string svg = render_concept_map_svg(small_map(), "m-");
  EXPECT_EQ(svg_probe::count(svg, "fill=\"" + colours[0].fill + "\""), 2u);  // groot, midden
  EXPECT_EQ(svg_probe::count(svg, "fill=\"" + colours[1].fill + "\""), 1u);  // klein
  EXPECT_TRUE(report::group_colours(ConceptMap{"", {{"a", "", 1, ""}}, {}}).empty());
}

TEST(ConceptMap, ShowsLabelsAsTyped) {
  const ConceptMap map{
      "<Kaart & co>",
      {{"a", "A & B", 1, ""}, {"b", "<x> \"q\"", 1, ""}, {"c", "C:\\N", 1, ""}, {"d", "", 1, ""}},
      {{"a", "b", 1}, {"b", "c", 1}, {"c", "d", 1}}};
  const std::string svg = render_concept_map_svg(map, "m-");
  EXPECT_NE(svg.find(">A &amp; B</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">&lt;x&gt; &quot;q&quot;</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">C:\\N</text>"), std::string::npos) << svg;  // not Graphviz's \N
  EXPECT_NE(svg.find(">d</text>"), std::string::npos) << svg;      // no label: the id
  EXPECT_NE(svg.find("<title>&lt;Kaart &amp; co&gt;</title>"), std::string::npos);
}

TEST(ConceptMap, PutsLongLabelsOnTwoLines) {
  const ConceptMap map{
      "", {{"p", "professionele leergemeenschap", 1, ""}, {"q", "kort", 1, ""}}, {{"p", "q", 1}}};
  const std::string svg = render_concept_map_svg(map, "m-");
  EXPECT_NE(svg.find(">professionele</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">leergemeenschap</text>"), std::string::npos) << svg;
}

TEST(ConceptMap, RefusesAMapWithoutEdges) {
  EXPECT_THROW(render_concept_map_svg(ConceptMap{"", {{"a", "A", 1, ""}}, {}}, "m-"),
               report::ReportError);
}

TEST(SvgFragment, DropsPrologAndCommentsAndPrefixesIdsAndReferences) {
  const std::string svg =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- made by hand -->\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<!-- a -->\n"
      "<g id=\"g1\"><use href=\"#g1\"/><rect fill=\"url(#grad)\"/></g></svg>\n";
  EXPECT_EQ(report::svg_fragment(svg, "f2-"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
            "<g id=\"f2-g1\"><use href=\"#f2-g1\"/><rect fill=\"url(#f2-grad)\"/></g></svg>\n");
  EXPECT_THROW(report::svg_fragment("<html/>", "x"), report::ReportError);
}

TEST(SvgFragment, ReadsTheWidthInPixels) {
  EXPECT_EQ(report::svg_width_in_pixels("<svg xmlns=\"x\" width=\"640\" height=\"9\">"), 640);
  EXPECT_EQ(report::svg_width_in_pixels("<svg width=\"12px\">"), 12);
  EXPECT_EQ(report::svg_width_in_pixels("<?xml?>\n<svg\nwidth=\"300pt\" height=\"1pt\">"), 400);
  EXPECT_EQ(report::svg_width_in_pixels("<svg width=\"100%\">"), 0);
  EXPECT_EQ(report::svg_width_in_pixels("<svg height=\"5\"><rect width=\"9\"/></svg>"), 0);
}

}  // namespace
