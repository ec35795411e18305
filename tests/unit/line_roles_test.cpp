// Tests ingest::classify_lines on invented pages: each kind of furniture, and the text that
// looks like it (table rows, list numbers, repeated headings, years, chapter headings).
#include "ingest/line_roles.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace ingest {

// Names the role in failure messages (found by argument-dependent lookup; static, so that
// another test file may name roles too).
static void PrintTo(LineRole role, std::ostream* out) {
  constexpr const char* kNames[] = {"blank",        "text",        "footer",
                                    "running head", "page number", "chapter label"};
  *out << kNames[static_cast<int>(role)];
}

}  // namespace ingest

namespace {

using ingest::classify_lines;
using ingest::is_furniture;
using ingest::LineRole;

// The role of 1-based line `line`.
LineRole role_of(const std::vector<std::string>& lines, int line) {
  return classify_lines(lines).at(static_cast<std::size_t>(line - 1));
}

// A page of body text: lines that run on without ending a sentence.
void add_body(std::vector<std::string>& lines, int count) {
  for (int k = 0; k < count; ++k)
    lines.push_back("de leerlingen werken samen aan een opdracht en");
}

// Where `text` stands (1-based), or 0.
int line_of(const std::vector<std::string>& lines, const std::string& text, int from = 1) {
  for (int i = from; i <= static_cast<int>(lines.size()); ++i) {
    if (lines[static_cast<std::size_t>(i - 1)] == text) return i;
  }
  return 0;
}

TEST(LineRoleTest, FurnitureRolesAreTheFourPageRoles) {
  EXPECT_TRUE(is_furniture(LineRole::kFooter));
  EXPECT_TRUE(is_furniture(LineRole::kRunningHead));
  EXPECT_TRUE(is_furniture(LineRole::kPageNumber));
  EXPECT_TRUE(is_furniture(LineRole::kChapterLabel));
  EXPECT_FALSE(is_furniture(LineRole::kText));
  EXPECT_FALSE(is_furniture(LineRole::kBlank));
}

TEST(LineRoleTest, WhiteSpaceLinesAreBlankAndProseIsText) {
  const std::vector<std::string> lines = {"Een gewone zin.", "", " \t ", "\t\t\t", "nog een regel"};
  EXPECT_EQ(classify_lines(lines),
            (std::vector<LineRole>{LineRole::kText, LineRole::kBlank, LineRole::kBlank,
                                   LineRole::kBlank, LineRole::kText}));
  EXPECT_TRUE(classify_lines({}).empty());
}

TEST(LineRoleTest, FootersWithSpacedOrGluedPageInsideASentence) {
  const std::vector<std::string> lines = {
      "De docent vraagt zich af of",    // 1
      "",                               // 2
      "Blad voor Leren  3 |  2024 17",  // 3: odd page
      "",                               // 4
      "de groep dat al kan.",           // 5
      "Blad voor Leren  3  |  202418",  // 6: even page, glued
      "Blad\tvoor\tLeren\t3\t|\t2024",  // 7: no page, TABs
      "Vakblad 12 | 2023 | 145",        // 8: page in its own field
  };
  const std::vector<LineRole> roles = classify_lines(lines);
  EXPECT_EQ(roles[0], LineRole::kText);
  EXPECT_EQ(roles[2], LineRole::kFooter);
  EXPECT_EQ(roles[4], LineRole::kText);
  EXPECT_EQ(roles[5], LineRole::kFooter);
  EXPECT_EQ(roles[6], LineRole::kFooter);
  EXPECT_EQ(roles[7], LineRole::kFooter);
}

TEST(LineRoleTest, BarsAndYearsInProseAreNotFooters) {
  const std::vector<std::string> lines = {
      "Kies ja | nee",                                        // no year
      "In 2024 | 2025 groeide het aantal deelnemers sterk.",  // a sentence
      "Resultaat | 2024 | winst | verlies | gelijk",          // too many fields
      "",
      "2024",  // a year alone
      "",
      "In 2024 begon de school met teamleren.",
  };
  for (LineRole role : classify_lines(lines))
    EXPECT_FALSE(is_furniture(role));
}

TEST(LineRoleTest, SectionMarkersAreRunningHeads) {
  const std::vector<std::string> lines = {
      "zodat de groep",       "", ">> PRAKTIJK", "", "verder kan.", ">>  Inspiratie",
      ">> zie pagina 12.",     // a pointer, not a rubric
      "\xC2\xBB PRAKTIJK",     // » with a rubric in capitals
      "\xC2\xBB Dat zei hij",  // » opening a quote
  };
  const std::vector<LineRole> roles = classify_lines(lines);
  EXPECT_EQ(roles[2], LineRole::kRunningHead);
  EXPECT_EQ(roles[5], LineRole::kRunningHead);
  EXPECT_EQ(roles[6], LineRole::kText);
  EXPECT_EQ(roles[7], LineRole::kRunningHead);
  EXPECT_EQ(roles[8], LineRole::kText);
}

TEST(LineRoleTest, ChapterLabelThatCutsASentenceIsFurniture) {
  const std::vector<std::string> lines = {
      "Professionals leren van elkaar en overstijgen daarbij hun",
      "",
      "Hoofdstuk 2",
      " eigen vakgebied, zodat de wijk er baat bij heeft.",
  };
  EXPECT_EQ(role_of(lines, 3), LineRole::kChapterLabel);
  EXPECT_EQ(role_of(lines, 4), LineRole::kText);
}

TEST(LineRoleTest, ChapterHeadingWithItsTitleIsText) {
  const std::vector<std::string> one_line = {"Einde van de inleiding.", "",
                                             "Hoofdstuk 3 De wijkteamaanpak", "",
                                             "In dit hoofdstuk beschrijven we de wijk."};
  EXPECT_EQ(role_of(one_line, 3), LineRole::kText);
  const std::vector<std::string> two_lines = {
      "Einde van de inleiding.", "", "Hoofdstuk 3",
      "De wijkteamaanpak",       "", "In dit hoofdstuk beschrijven we de wijk."};
  EXPECT_EQ(role_of(two_lines, 3), LineRole::kText);
  EXPECT_EQ(role_of(two_lines, 4), LineRole::kText);
}

TEST(LineRoleTest, ChapterLabelsBeforeATitleFollowTheFilesOtherLabels) {
  // Two labels cut sentences; the third stands above a heading, but it is the same label
  // printed on a chapter's first page, so it goes too.
  std::vector<std::string> lines = {"Het team ontdekte dat", "", "Hoofdstuk 1", "het anders kon."};
  add_body(lines, 30);
  lines.insert(lines.end(), {"Eind van de casus.", "", "Hoofdstuk 2", "  Inleiding", "",
                             "De wijk kent veel vrijwilligers."});
  add_body(lines, 30);
  lines.insert(lines.end(), {"", "Hoofdstuk 3", " en daarom kozen we voor een pilot."});
  const std::vector<LineRole> roles = classify_lines(lines);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "Hoofdstuk 1") - 1)],
            LineRole::kChapterLabel);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "Hoofdstuk 2") - 1)],
            LineRole::kChapterLabel);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "Hoofdstuk 3") - 1)],
            LineRole::kChapterLabel);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "  Inleiding") - 1)], LineRole::kText);
}

// A book: `pages` pages of 40 lines from page `first_page`, each ending in a running head
// with the page number in front (even) or behind (odd), glued on some pages.
std::vector<std::string> book_with_heads(int first_page, int pages) {
  std::vector<std::string> lines;
  for (int p = first_page; p < first_page + pages; ++p) {
    add_body(lines, 36);
    lines.push_back("");
    if (p % 2 == 0) {
      lines.push_back(std::to_string(p) + (p % 4 == 0 ? "" : " ") + "Werken met Verhalen");
    } else {
      lines.push_back("Werken met Verhalen " + std::to_string(p));
    }
    lines.push_back("");
  }
  return lines;
}

TEST(LineRoleTest, NumberedRunningHeadsAlongThePageSequence) {
  std::vector<std::string> lines = book_with_heads(13, 6);  // pages 13-18
  const std::vector<LineRole> roles = classify_lines(lines);
  for (const char* head : {"Werken met Verhalen 13", "14 Werken met Verhalen",
                           "Werken met Verhalen 15", "16Werken met Verhalen"}) {
    const int line = line_of(lines, head);
    ASSERT_GT(line, 0) << head;
    EXPECT_EQ(roles[static_cast<std::size_t>(line - 1)], LineRole::kRunningHead) << head;
  }
}

TEST(LineRoleTest, AHeadSeenOnceCountsOnlyAfterThePageNumberingIsKnown) {
  // The last section's heading fits the page numbers that follow it, but comes before any of
  // them; the next chapter's running head, seen once, comes after six heads of the book.
  std::vector<std::string> lines = {"12 Conclusies", "de onderzoekers spraken met zes teams en"};
  for (const std::string& line : book_with_heads(13, 6))
    lines.push_back(line);
  add_body(lines, 38);
  lines.insert(lines.end(), {"", "19 Leren in de wijk", "", "nog meer tekst"});
  add_body(lines, 10);
  const std::vector<LineRole> roles = classify_lines(lines);
  EXPECT_EQ(roles[0], LineRole::kText);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "19 Leren in de wijk") - 1)],
            LineRole::kRunningHead);
}

TEST(LineRoleTest, NumberedSectionHeadingsWithoutPageNumbersAreText) {
  std::vector<std::string> lines = {"1 Inleiding"};
  add_body(lines, 40);
  lines.push_back("2 Methode");
  add_body(lines, 40);
  lines.push_back("3 Resultaten");
  add_body(lines, 40);
  for (LineRole role : classify_lines(lines))
    EXPECT_EQ(role, LineRole::kText);
}

TEST(LineRoleTest, NumberedLabelsAreNotPageHeads) {
  // Numbered like pages, but 1, 2, 3 in a row under one word: figures.
  std::vector<std::string> lines;
  for (int k = 1; k <= 4; ++k) {
    add_body(lines, 40);
    lines.insert(lines.end(), {"", "Figuur " + std::to_string(k), ""});
  }
  for (LineRole role : classify_lines(lines))
    EXPECT_FALSE(is_furniture(role));
}

TEST(LineRoleTest, LoneNumberBetweenBlankLinesIsAPageNumber) {
  std::vector<std::string> lines;
  add_body(lines, 30);
  lines.insert(lines.end(), {"", "\t 3\t", ""});
  add_body(lines, 10);
  EXPECT_EQ(role_of(lines, 32), LineRole::kPageNumber);
}

TEST(LineRoleTest, TableRowNumbersAreText) {
  const std::vector<std::string> lines = {
      "Hoe organiseer je dat? Je kunt",
      "",
      "1",  // 3: row number above its cell
      "Bepaal wat de deelnemers al kunnen",
      "",
      "Begin meteen met oefenen.",
      "",
      "2 Stel een leerdoel voor elke sessie",
      "",
      "Werk zonder doel.",
      "",
      "11",  // 12: alone, but inside the table
      "",
      "Laat deelnemers thuis oefenen",
      "",
      "Stop na de training.",
  };
  const std::vector<LineRole> roles = classify_lines(lines);
  EXPECT_EQ(roles[2], LineRole::kText);
  EXPECT_EQ(roles[11], LineRole::kText);
}

TEST(LineRoleTest, ListNumbersOnTheirOwnLinesAreText) {
  std::vector<std::string> lines = {"De stappen zijn:", ""};
  for (int k = 1; k <= 5; ++k) {
    lines.insert(lines.end(), {std::to_string(k), "", "stap", ""});
  }
  for (LineRole role : classify_lines(lines))
    EXPECT_FALSE(is_furniture(role));
}

TEST(LineRoleTest, LongListItemsNumberedOnTheirOwnLinesAreText) {
  // Too far apart for the neighbourhood test, too close together for pages.
  std::vector<std::string> lines;
  for (int k = 1; k <= 3; ++k) {
    lines.insert(lines.end(), {"", std::to_string(k), ""});
    add_body(lines, 18);
  }
  for (LineRole role : classify_lines(lines))
    EXPECT_FALSE(is_furniture(role));
}

TEST(LineRoleTest, ATitleNumberedTwiceIsNotEnoughForPageHeads) {
  std::vector<std::string> lines;
  for (int k = 1; k <= 2; ++k) {
    add_body(lines, 40);
    lines.insert(lines.end(), {"", "Casus van Marieke " + std::to_string(k), ""});
  }
  for (LineRole role : classify_lines(lines))
    EXPECT_FALSE(is_furniture(role));
}

TEST(LineRoleTest, NumberOutOfStepWithTheFootersIsText) {
  std::vector<std::string> lines;
  add_body(lines, 40);
  lines.insert(lines.end(), {"", "Blad voor Leren 3 | 2024 71", ""});
  add_body(lines, 100);
  lines.insert(lines.end(), {"", "27", "", "Bestel nu!", ""});  // an ad's price
  add_body(lines, 20);
  lines.insert(lines.end(), {"", "2750", ""});  // a postcode
  add_body(lines, 80);
  lines.insert(lines.end(), {"", "Blad voor Leren 3 | 2024 75", ""});
  add_body(lines, 100);
  lines.insert(lines.end(), {"", "79", ""});  // a page number in step with the footers
  add_body(lines, 5);
  const std::vector<LineRole> roles = classify_lines(lines);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "27") - 1)], LineRole::kText);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "2750") - 1)], LineRole::kText);
  EXPECT_EQ(roles[static_cast<std::size_t>(line_of(lines, "79") - 1)], LineRole::kPageNumber);
}

// `head` at the top of five pages; the third time it lands inside a sentence.
std::vector<std::string> pages_under(const std::string& head) {
  std::vector<std::string> lines;
  for (int p = 0; p < 5; ++p) {
    lines.insert(lines.end(), {"", head, ""});
    add_body(lines, 30);
    lines.push_back(p == 2 ? "de school koos toen voor" : "Dat werkte goed.");
  }
  return lines;
}

TEST(LineRoleTest, RepeatedTitleThatCutsASentenceIsARunningHead) {
  const std::vector<std::string> lines = pages_under("Samen Leren Werkt");
  const std::vector<LineRole> roles = classify_lines(lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] == "Samen Leren Werkt") {
      EXPECT_EQ(roles[i], LineRole::kRunningHead) << "line " << i + 1;
    }
  }
}

TEST(LineRoleTest, RepeatedHeadingsListMarkersAndBiosAreText) {
  std::vector<std::string> lines;
  for (int p = 0; p < 4; ++p) {
    add_body(lines, 20);
    lines.insert(lines.end(),
                 {"Dat is het resultaat.", "", "Tot slot", "", "Wat leren we hiervan?", "",
                  "Referentie", "\xE2\x80\xA2\t Jansen, J. (2020). Leren. Utrecht: Boom.", "",
                  "\xE2\x80\xA2", "", "Piet Bos is redacteur van Blad voor Leren.", ""});
  }
  for (LineRole role : classify_lines(lines))
    EXPECT_FALSE(is_furniture(role));
}

TEST(LineRoleTest, FigureLabelsRepeatedCloseTogetherAreText) {
  std::vector<std::string> lines;
  add_body(lines, 10);
  lines.push_back("zoals de figuur laat zien");
  for (int k = 0; k < 4; ++k)
    lines.insert(lines.end(), {"", "Impliciete kennis", ""});
  lines.push_back("en daarna");
  for (LineRole role : classify_lines(lines))
    EXPECT_FALSE(is_furniture(role));
}

}  // namespace
