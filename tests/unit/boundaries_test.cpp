// Tests ingest::propose_boundaries on invented magazine and book lines: each kind of hint,
// and the prose, tables and glued words that look like one.
#include "ingest/boundaries.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ingest::boundary_kind_name;
using ingest::BoundaryHint;
using ingest::BoundaryKind;
using ingest::propose_boundaries;

// Hints as "line kind text", for readable comparisons.
std::vector<std::string> hints_of(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const BoundaryHint& hint : propose_boundaries(lines)) {
    out.push_back(std::to_string(hint.line) + " " + boundary_kind_name(hint.kind) +
                  (hint.text.empty() ? "" : " " + hint.text));
  }
  return out;
}

void add_body(std::vector<std::string>& lines, int count) {
  for (int k = 0; k < count; ++k)
    lines.push_back("het team werkt aan een plan en");
}

TEST(BoundaryTest, KindNames) {
  EXPECT_STREQ(boundary_kind_name(BoundaryKind::kEndMark), "end-mark");
  EXPECT_STREQ(boundary_kind_name(BoundaryKind::kByline), "byline");
  EXPECT_STREQ(boundary_kind_name(BoundaryKind::kChapter), "chapter");
  EXPECT_STREQ(boundary_kind_name(BoundaryKind::kInterview), "interview");
}

TEST(BoundaryTest, EndMarkClosesALine) {
  EXPECT_EQ(
      hints_of({"Zo werkt leren. \xE2\x97\x86", "", "dat was het.\xE2\x80\x9D \xE2\x97\x86  \t",
                "\xE2\x97\x86 begint hier", "een \xE2\x97\x86 in de zin"}),
      (std::vector<std::string>{"1 end-mark", "3 end-mark"}));
}

TEST(BoundaryTest, BylinesAtTheStartOrGluedToARubric) {
  EXPECT_EQ(hints_of({"Auteur: Corrie de Boer", " Auteurs:  Els de Vries & Piet  Bos ",
                      "COLUMNAuteur: Karel Appelboom", "Auteur:", "", "Mia Jansen",
                      "Auteurs:", "de tekst gaat hier verder."}),
            (std::vector<std::string>{"1 byline Corrie de Boer", "2 byline Els de Vries & Piet Bos",
                                      "3 byline Karel Appelboom", "4 byline Mia Jansen"}));
}

TEST(BoundaryTest, AuthorsMentionedInProseAreNoBylines) {
  EXPECT_TRUE(hints_of({"zoals de auteur: iemand die schrijft", "De vraag aan de Auteur: waarom?",
                        "Auteurschap is een thema."})
                  .empty());
}

TEST(BoundaryTest, ChapterLabelsAloneOrWithTheirTitle) {
  EXPECT_EQ(hints_of({"Hoofdstuk 3", "Hoofdstuk 4 De wijkteamaanpak", "HOOFDSTUK 5: Leren",
                      "Hoofdstuk 2 beschrijft de aanpak.", "zie hoofdstuk 6 voor meer",
                      "Hoofdstukken 1 tot 3"}),
            (std::vector<std::string>{"1 chapter 3", "2 chapter 4", "3 chapter 5"}));
}

TEST(BoundaryTest, NumberedChapterHeadingsRunThroughTheFile) {
  std::vector<std::string> lines = {"1", "Inleiding", ""};
  add_body(lines, 30);
  lines.insert(lines.end(), {" 2", "Lerende teams", ""});
  add_body(lines, 30);
  lines.insert(lines.end(), {"4", "Een innoverende, onderzoekende", "cultuur"});  // 3 was lost
  add_body(lines, 30);
  EXPECT_EQ(hints_of(lines),
            (std::vector<std::string>{"1 chapter 1", "34 chapter 2", "67 chapter 4"}));
}

TEST(BoundaryTest, TableRowNumbersAreNoChapters) {
  std::vector<std::string> lines = {"1", "Analyseer wat deelnemers kunnen", "",
                                    "Begin zonder analyse."};
  add_body(lines, 25);
  lines.insert(lines.end(), {"11", "Laat deelnemers blijven oefenen", ""});
  add_body(lines, 25);
  lines.insert(lines.end(), {"12", "Train ook de leidinggevenden", ""});
  EXPECT_TRUE(hints_of(lines).empty());
}

TEST(BoundaryTest, PageNumbersAreNoChapters) {
  std::vector<std::string> lines;
  for (int page = 5; page <= 8; ++page) {
    add_body(lines, 30);
    lines.insert(lines.end(), {"", std::to_string(page), "", "Nieuwe alinea op de pagina."});
  }
  EXPECT_TRUE(hints_of(lines).empty());
}

TEST(BoundaryTest, InterviewOpenersNameWhoIsInterviewed) {
  EXPECT_EQ(
      hints_of({"In gesprek met  Anna de Wit", "In gesprek met ", "", "Kees Bos en Mia  Peters",
                "In gesprek met  Roek L ips", "In gesprek met collega\xE2\x80\x99s merkte ik dat",
                "ga in gesprek met je team", "In gesprekken met ouders",
                "In gesprek meteen Kees Bos"}),
      (std::vector<std::string>{"1 interview Anna de Wit", "2 interview Kees Bos en Mia Peters",
                                "5 interview Roek Lips"}));
}

TEST(BoundaryTest, HintsComeInLineOrder) {
  std::vector<std::string> lines = {
      "Auteur: Jan Smit",         "", "In gesprek met Lies Bakker", "", "Hoofdstuk 1",
      "Zo ging het. \xE2\x97\x86"};
  EXPECT_EQ(hints_of(lines),
            (std::vector<std::string>{"1 byline Jan Smit", "3 interview Lies Bakker", "5 chapter 1",
                                      "6 end-mark"}));
}

}  // namespace
