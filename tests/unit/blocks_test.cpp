// Unit tests for ingest/blocks: grouping lines into blocks and tagging each block's kind.
#include "ingest/blocks.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using ingest::Block;
using ingest::BlockKind;
using ingest::LineRole;

// Roles by the line's look only: blank, or text; tests that need furniture pass roles.
std::vector<LineRole> text_roles(const std::vector<std::string>& lines) {
  std::vector<LineRole> roles;
  for (const std::string& line : lines) {
    roles.push_back(line.find_first_not_of(" \t") == std::string::npos ? LineRole::kBlank
                                                                       : LineRole::kText);
  }
  return roles;
}

std::vector<Block> tagged(const std::vector<std::string>& lines) {
  std::vector<Block> blocks =
      ingest::make_blocks(lines, text_roles(lines), 1, static_cast<int>(lines.size()));
  ingest::tag_blocks(blocks, lines);
  return blocks;
}

// "kind first-last" per block, plus "->index" for a duplicate: one string to compare.
std::string summary(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& b : blocks) {
    if (!out.empty()) out += ", ";
    out += std::string(ingest::block_kind_name(b.kind)) + " " + std::to_string(b.first_line());
    if (b.last_line() != b.first_line()) out += "-" + std::to_string(b.last_line());
    if (b.duplicate_of >= 0) out += "->" + std::to_string(b.duplicate_of);
  }
  return out;
}

// A paragraph in a narrow column (about 40 characters a line), ending a sentence.
const std::vector<std::string> kParagraph = {
    "Wie in een team werkt, merkt al snel dat ",  "samenwerken meer vraagt dan afspraken op ",
    "papier. Mensen brengen hun eigen ervaring ", "mee, en die kleurt elk gesprek over doelen ",
    "en over de manier waarop je ze bereikt.",
};

// Other paragraphs, for texts that must not repeat themselves.
const std::vector<std::string> kSecond = {
    "Een leidinggevende die zelf vragen stelt, ",
    "laat zien dat niet weten geen schande is. ",
    "Dat geeft anderen de moed om te oefenen.",
};
const std::vector<std::string> kThird = {
    "Oefenen kost tijd, en die tijd moet ergens ",
    "vandaan komen. Veel teams plannen daarom ",
    "vaste momenten in de week voor reflectie.",
};
const std::vector<std::string> kFourth = {
    "Het effect daarvan is pas na maanden te ",
    "zien, als nieuwe gewoonten zijn ingesleten ",
    "en niemand meer terugdenkt aan het begin.",
};

std::vector<std::string> join(std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const auto& part : parts)
    out.insert(out.end(), part.begin(), part.end());
  return out;
}

// ---------------------------------------------------------------- make_blocks

TEST(BlockMake, GroupsTextLinesBetweenBlankLines) {
  const std::vector<std::string> lines = {"Eerste regel", "tweede regel", "",
                                          "  ",           "Derde regel",  ""};
  const auto blocks = ingest::make_blocks(lines, text_roles(lines), 1, 6);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].lines, (std::vector<int>{1, 2}));
  EXPECT_EQ(blocks[1].lines, (std::vector<int>{5}));
  EXPECT_EQ(blocks[0].kind, BlockKind::kBody);
  EXPECT_EQ(blocks[0].duplicate_of, -1);
}

TEST(BlockMake, FurnitureNeitherJoinsNorSplitsABlock) {
  const std::vector<std::string> lines = {
      "de zin loopt",  "Blad 3 | 2025 14", "gewoon door.", "", "Blad 3 | 2025 15", "",
      "Nieuwe alinea."};
  std::vector<LineRole> roles = text_roles(lines);
  roles[1] = LineRole::kFooter;
  roles[4] = LineRole::kPageNumber;
  const auto blocks = ingest::make_blocks(lines, roles, 1, 7);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].lines, (std::vector<int>{1, 3}));
  EXPECT_EQ(blocks[1].lines, (std::vector<int>{7}));
}

TEST(BlockMake, BlankLineEndsABlockEvenAroundFurniture) {
  const std::vector<std::string> lines = {"boven de voettekst", "", "Blad 3 | 2025 14",
                                          "onder de voettekst"};
  std::vector<LineRole> roles = text_roles(lines);
  roles[2] = LineRole::kRunningHead;
  const auto blocks = ingest::make_blocks(lines, roles, 1, 4);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].lines, (std::vector<int>{1}));
  EXPECT_EQ(blocks[1].lines, (std::vector<int>{4}));
}

TEST(BlockMake, KeepsToTheRequestedLineRange) {
  const std::vector<std::string> lines = {"een", "twee", "", "drie", "vier", "", "vijf"};
  const auto blocks = ingest::make_blocks(lines, text_roles(lines), 2, 4);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].lines, (std::vector<int>{2}));
  EXPECT_EQ(blocks[1].lines, (std::vector<int>{4}));
  EXPECT_TRUE(ingest::make_blocks(lines, text_roles(lines), 5, 4).empty());
  EXPECT_EQ(ingest::make_blocks(lines, text_roles(lines), 1, 99).size(), 3u);
}

TEST(BlockKindNames, NameEveryKind) {
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kBody), "body");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kHeading), "heading");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kCaption), "caption");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kPullQuote), "pull_quote");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kBox), "box");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kBio), "bio");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kReferences), "references");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kByline), "byline");
  EXPECT_STREQ(ingest::block_kind_name(BlockKind::kListItem), "list_item");
}

// ---------------------------------------------------------------- headings

TEST(BlockHeading, ShortLineBeforeAParagraph) {
  const auto lines = join({{"Samen leren in teams", ""}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1, body 3-7");
}

TEST(BlockHeading, NumberedSectionHeading) {
  const auto lines = join({{"2.3 Teamleren", ""}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1, body 3-7");
}

TEST(BlockHeading, OneLineSentenceIsBody) {
  const auto lines = join({{"Dat bleek een goede keuze te zijn.", ""}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "body 1, body 3-7");
}

TEST(BlockHeading, QuestionBeforeAParagraphIsAHeading) {
  const auto lines = join({{"Wie is verantwoordelijk voor leren?", ""}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1, body 3-7");
}

TEST(BlockHeading, QuestionClosingTheTextIsBody) {
  const auto lines = join({kParagraph, {"", "Wie had dat gedacht?"}});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, body 7");
}

TEST(BlockHeading, FragmentBeforeALowerCaseContinuationIsBody) {
  // A column break inside a sentence leaves a short capitalised fragment.
  const auto lines = join({{"Volgens de teamleider gaat het vooral", ""},
                           {"om vertrouwen en om tijd om te oefenen.", ""},
                           kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "body 1, body 3, body 5-9");
}

TEST(BlockHeading, HeadingGluedToTheTopOfAParagraph) {
  const auto lines = join({{"Eigen regie"}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1, body 2-6");
}

TEST(BlockHeading, ShortFirstLineBeforeLowerCaseIsNotSplit) {
  const auto lines =
      join({{"Samen leren"}, {"vraagt meer dan een goed plan: mensen "}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "body 1-7");
}

TEST(BlockHeading, HeadingWithoutABlankLineInsideAParagraph) {
  const auto lines = join({kParagraph, {"Nieuwe rollen"}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, heading 6, body 7-11");
}

TEST(BlockHeading, TwoLineHeadingWithoutBlankIsOneBlock) {
  const auto lines = join({{"Leren van jongere", "medewerkers", ""}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1-2, body 4-8");
}

TEST(BlockHeading, TwoLineHeadingGluedToAParagraph) {
  const auto lines = join({{"Ontwerp en ontwikkeling vanuit de ", "praktijkopgaven"}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1-2, body 3-7");
}

TEST(BlockHeading, TitleWrappedOverABlankLineIsTwoHeadings) {
  const auto lines =
      join({{"De lange lijnen", "bewaken in een", "", "‘druk-druk-cultuur’", ""}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1-2, heading 4, body 6-10");
}

TEST(BlockHeading, TitlePrintedTwiceIsADuplicateHeading) {
  const auto lines = join(
      {{"Leiders maken verschil!", ""}, kParagraph, {"", "Leiders maken verschil!", ""}, kSecond});
  EXPECT_EQ(summary(tagged(lines)), "heading 1, body 3-7, heading 9->0, body 11-13");
}

TEST(BlockHeading, RecurringSectionHeadingIsNoDuplicate) {
  const auto lines = join({{"Teams in beweging", ""},
                           kParagraph,
                           {"", "Tot slot", ""},
                           kSecond,
                           {"", "Nog een ronde", ""},
                           kThird,
                           {"", "Tot slot", ""},
                           kFourth});
  const auto blocks = tagged(lines);
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[2].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[6].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[6].duplicate_of, -1);
}

TEST(BlockHeading, NumberedQuestionRecurringInSectionsIsNoDuplicate) {
  const auto lines = join({{"1.1 Wat betekent dit voor de leidinggevende?", ""},
                           kParagraph,
                           {"", "Tussenstand", ""},
                           kSecond,
                           {"", "Nog een ronde", ""},
                           kThird,
                           {"", "2.4 Wat betekent dit voor de leidinggevende?", ""},
                           kFourth});
  EXPECT_EQ(summary(tagged(lines)),
            "heading 1, body 3-7, heading 9, body 11-13, heading 15, body 17-19, heading 21, "
            "body 23-25");
}

TEST(BlockHeading, QuestionTitleWrappedAboveALead) {
  const auto lines = {std::string("Hoe leer je van"), std::string("je fouten?"),
                      std::string("Fouten maken hoort bij leren, maar wie een fout maakt, voelt "),
                      std::string("zich vaak bekeken. Dit artikel laat zien hoe teams daar "),
                      std::string("anders mee kunnen omgaan.")};
  EXPECT_EQ(summary(tagged(lines)), "heading 1-2, body 3-5");
}

// ---------------------------------------------------------------- captions, bylines, lists

TEST(BlockCaption, FigureTablePhotoAndSourceLines) {
  const auto lines = join({{"Figuur 3. Het model van leren", ""},
                           {"Tabel 1   Twaalf stappen", ""},
                           {"Foto: Jan Jansen", ""},
                           {"(bron: jaarverslag 2024)", ""},
                           kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "caption 1, caption 3, caption 5, caption 7, body 9-13");
}

TEST(BlockCaption, SentenceAboutATableIsBody) {
  const auto lines = join({{"Tabel 1 laat zien hoe vaak teams oefenen.", ""}, kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "body 1, body 3-7");
}

TEST(BlockCaption, CaptionGluedUnderAParagraphIsCutOut) {
  const auto lines =
      join({kParagraph, {"Figuur 2. Modules van het programma (bron: ", "eigen ontwerp 2024)"}});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, caption 6-7");
}

TEST(BlockByline, AuthorLineAlsoGluedToATitle) {
  const auto lines = join({{"Samen sterker", "COLUMNAuteur: Jan de Vries", ""},
                           {"Auteurs: Anna Smit & Piet Bakker", ""},
                           kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "heading 1, byline 2, byline 4, body 6-10");
}

TEST(BlockList, BulletsNumbersAndAHangingIndent) {
  const auto lines = join({{"•\t eerste punt", "", "- tweede punt", "", "1. derde punt met een ",
                            "", "vervolg na een lege regel", "", "2) vierde punt", ""},
                           kParagraph});
  EXPECT_EQ(summary(tagged(lines)),
            "list_item 1, list_item 3, list_item 5, list_item 7, list_item 9, body 11-15");
}

TEST(BlockList, ListGluedUnderItsIntroductionIsSplit) {
  const auto lines = {std::string("Drie dingen vallen op:"), std::string("- de tijd"),
                      std::string("- het geld")};
  EXPECT_EQ(summary(tagged(lines)), "body 1, list_item 2-3");
}

// ---------------------------------------------------------------- pull quotes

// The quoted sentence sits in the middle of a paragraph of full-width lines.
const std::vector<std::string> kSource = {
    "Veel organisaties investeren in trainingen ",
    "zonder te kijken naar wat er daarna gebeurt. ",
    "Wie wil dat mensen blijven leren, moet ruimte ",
    "maken voor fouten en voor gesprekken over ",
    "wat er misging. Daar begint het eigenlijk.",
};

TEST(BlockPullQuote, NarrowRepeatOfBodyTextIsMarked) {
  const auto lines =
      join({kSource,
            {"", "Wie wil dat mensen blijven", "leren, moet ruimte maken", "voor fouten.", ""},
            kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, pull_quote 7-9->0, body 11-15");
}

TEST(BlockPullQuote, QuoteBrokenByBlankLinesAndGluedToTheTextBelow) {
  // The quote interrupts a sentence: "... hoe het werk gaat en" [quote] "over doelen ...".
  const auto lines = join(
      {kSource,
       {"", "Toch ontbreekt in veel teams nog altijd ", "het gesprek over hoe het werk gaat en ",
        "", "“Wie wil dat mensen blijven", "leren, moet ruimte maken", "", "voor fouten.”",
        "– Anna de Groot", " over doelen, omdat iedereen haast heeft ",
        "en de agenda al vol staat met andere zaken."}});
  EXPECT_EQ(summary(tagged(lines)),
            "body 1-5, body 7-8, pull_quote 10-11->0, pull_quote 13-14->0, body 15-16");
}

TEST(BlockPullQuote, NearMissIsNotADuplicate) {
  // Five shared words in a row ("moet ruimte maken voor fouten") are not enough.
  const auto lines = join({kSource,
                           {"", "Een leider moet ruimte", "maken voor fouten van", "anderen.", ""},
                           kParagraph});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, body 7-9, body 11-15");
}

TEST(BlockPullQuote, PhraseSharedInsideTwoParagraphsIsNotADuplicate) {
  const auto lines = join({kSource,
                           {"", "Teams die ruimte maken voor fouten en voor gesprekken over ",
                            "hun werk, leren sneller dan teams die vooral op resultaten ",
                            "sturen en elke afwijking meteen willen corrigeren."}});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, body 7-9");
}

TEST(BlockPullQuote, BlockPrintedTwiceMarksTheLaterCopy) {
  const std::vector<std::string> ad = {"Meer weten over onze trainingen voor ",
                                       "teams en leidinggevenden? Kijk op onze ",
                                       "website of bel ons voor een gesprek."};
  const auto lines = join({kParagraph, {""}, ad, {""}, ad});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, body 7-9, pull_quote 11-13->1");
}

// ---------------------------------------------------------------- end matter

TEST(BlockReferences, LabelEntriesAndWrappedEntries) {
  const auto lines = join({kParagraph,
                           {"", "Literatuur", "•\t Jansen, J. (2020). Leren in teams: ", "",
                            "een praktijkboek. Amsterdam: Boom.", "",
                            "•\t Smit, A. & Bakker, P. (2018). Coachen. Utrecht: Spectrum.", "",
                            "Jan Jansen is onderzoeker bij een hogeschool in Utrecht."}});
  EXPECT_EQ(summary(tagged(lines)),
            "body 1-5, references 7-8, references 10, references 12, bio 14");
}

TEST(BlockReferences, EntryListWithoutLabel) {
  const auto lines = join({kParagraph, {"", "•\t de Wit, M. (2024, mei 3). Over twijfel. Trouw."}});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, references 7");
}

TEST(BlockReferences, LabelWordStartingAPhraseIsNoReferenceList) {
  const auto lines = join({{"Bronnen", "en materialen", "", "Waar leren zij?", ""}, kParagraph});
  const auto blocks = tagged(lines);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_NE(blocks[0].kind, BlockKind::kReferences);
  EXPECT_NE(blocks[1].kind, BlockKind::kReferences);
}

TEST(BlockBio, PersonIsRoleAfterTheText) {
  const auto lines = join({kParagraph,
                           {"", "Anna de Groot (1970) is adviseur bij een gemeente.", "",
                            "Drs. Piet Bakker is redactielid van dit blad.", "www.voorbeeld.nl", "",
                            "http://www.voorbeeld.nl"}});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, bio 7, bio 9-10, bio 12");
}

TEST(BlockBio, SentencesAboutPeopleAreBody) {
  const auto lines = join({kParagraph,
                           {"", "Peter de Vries is een bekende auteur over leren.", "",
                            "Het Bestuur is verantwoordelijk voor het beleid.", "",
                            "Karel Appel (2010) heeft dat ooit zo gezegd."}});
  EXPECT_EQ(summary(tagged(lines)), "body 1-5, body 7, body 9, body 11");
}

TEST(BlockBio, PersonInASidebarInsideASentenceIsNoBio) {
  // The sidebar interrupts "... omdat mensen van nature" / "onzekerheid mijden ...".
  const auto lines =
      join({{"Het is begrijpelijk dat teams houvast zoeken, ", "omdat mensen van nature", "",
             "Over Anna de Groot", "", "Anna de Groot is hoogleraar bestuurskunde.", "",
             "Piet Bakker is lector in Utrecht.", "",
             "onzekerheid mijden en liever zekerheid hebben."}});
  const auto blocks = tagged(lines);
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[2].kind, BlockKind::kBody);
  EXPECT_EQ(blocks[3].kind, BlockKind::kBody);
}

}  // namespace
