// Integration tests over the real corpus (CONCEPTDB_CORPUS_DIR, normally ../shared/corpus)
// with the repository's manifest db/corpus.toml: the build, the documents a reader expects,
// passages that point at the right lines, and the demo's overview script.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "support/test_support.hpp"

namespace {

using testing_support::run_command;
using testing_support::TempDir;

const std::filesystem::path kSource = CONCEPTDB_SOURCE_DIR;

// One database for the whole suite: building it is the expensive part.
class CorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ASSERT_TRUE(std::filesystem::is_directory(CONCEPTDB_CORPUS_DIR))
        << "the corpus is expected at " << CONCEPTDB_CORPUS_DIR
        << " (configure with -DCONCEPTDB_CORPUS_DIR=...)";
    const auto r =
        run_command({CONCEPTDB_BINARY, "build", "--corpus", CONCEPTDB_CORPUS_DIR, "--manifest",
                     (kSource / "db" / "corpus.toml").string(), "--db", database().string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::filesystem::path database() { return *dir_ / "conceptdb.sqlite"; }

  static std::string query(const std::string& sql) {
    const auto r = run_command(
        {CONCEPTDB_BINARY, "query", sql, "--format", "tsv", "--db", database().string()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // Drop the header line; rows end with CRLF.
    std::string body = r.out.substr(r.out.find('\n') + 1);
    std::string out;
    for (char c : body) {
      if (c != '\r') out += c;
    }
    return out;
  }

  static TempDir* dir_;
};

TempDir* CorpusTest::dir_ = nullptr;

TEST_F(CorpusTest, EveryFileOfTheCorpusIsBuilt) {
  EXPECT_EQ(query("SELECT file, lines FROM v_file ORDER BY file"),
            "000\t371\n001\t5245\n002\t353\n003\t3455\n004\t6367\n");
}

TEST_F(CorpusTest, CompoundFilesHaveTheirPieces) {
  // The magazine issue: 17 pieces (the 6 ads are left out); the book: 9 chapters.
  EXPECT_EQ(query("SELECT parent, kind, count(*) FROM v_document WHERE parent IS NOT NULL "
                  "GROUP BY parent, kind ORDER BY parent, kind"),
            "001\tarticle\t4\n001\tcolumn\t2\n001\teditorial\t2\n001\tessay\t1\n"
            "001\tinterview\t4\n001\tpractice\t4\n"
            "004\tback_matter\t1\n004\tchapter\t9\n004\tfront_matter\t1\n");
}

TEST_F(CorpusTest, DocumentsHaveTheirPrintedTitles) {
  EXPECT_EQ(query("SELECT key, title FROM v_document WHERE key IN "
                  "('000', '001-p01', '001-p04', '004-ch3') ORDER BY key"),
            "000\tGespreid leiderschap in een professionele ruimte\n"
            "001-p01\tTwijfelmoed\n"
            "001-p04\tBestuurlijke eenzaamheid\n"
            "004-ch3\tWerken en leren in ontwikkelwerkplaatsen\n");
}

TEST_F(CorpusTest, EveryPassageLiesInsideItsDocument) {
  EXPECT_EQ(query("SELECT count(*) FROM passage p JOIN document d ON d.id = p.document_id "
                  "WHERE p.first_line < d.first_line OR p.last_line > d.last_line "
                  "OR p.first_line > p.last_line"),
            "0\n");
  EXPECT_EQ(query("SELECT count(*) FROM v_file WHERE passages = 0"), "0\n");
}

TEST_F(CorpusTest, NoPassageTakesTextFromAnAd) {
  // 001 lines 1630-1653: the Factor Vijf ad, printed twice; it belongs to no document.
  EXPECT_EQ(query("SELECT count(*) FROM v_passage WHERE file = '001' AND first_line <= 1653 "
                  "AND last_line >= 1630"),
            "0\n");
}

TEST_F(CorpusTest, APassageFoundByLineHoldsThatLinesText) {
  // 000 line 13 holds the first citation of the essay, "(Bush, 2011)".
  const auto text = query(
      "SELECT text FROM v_passage WHERE file = '000' AND first_line <= 13 "
      "AND last_line >= 13");
  EXPECT_NE(text.find("(Bush, 2011)"), std::string::npos) << text;
  EXPECT_EQ(text.find('\t'), std::string::npos) << "TABs are folded to spaces";
}

TEST_F(CorpusTest, FullTextSearchFindsAPhraseAcrossLineBreaks) {
  // "gespreid leiderschap" stands in 000 (title, lines 72 and 166, once across a line break)
  // and once in 003; grep over the files finds the same.
  EXPECT_EQ(query("SELECT p.file, count(*) FROM v_passage p JOIN passage_fts f ON f.rowid = p.id "
                  "WHERE passage_fts MATCH '\"gespreid leiderschap\"' GROUP BY p.file"),
            "000\t3\n003\t1\n");
}

TEST_F(CorpusTest, NoPageFurnitureIsLeftInsidePassages) {
  // The footers and running heads the corpus notes list for 001 and 004.
  EXPECT_EQ(query("SELECT count(*) FROM v_passage WHERE text LIKE '%TvOO 1 | 2025%' "
                  "OR text GLOB '*TvOO 1 | 2025[0-9]*' OR text LIKE '%>> PRAKTIJK%' "
                  "OR text LIKE '%>> INSPIRATIE%' OR text GLOB '*Leren Transformeren [0-9]*' "
                  "OR text GLOB '*[0-9] Leren Transformeren*'"),
            "0\n");
  // 001 has six surviving footers and six section heads (">> PRAKTIJK", ">> INSPIRATIE").
  EXPECT_EQ(query("SELECT l.role, count(*) FROM layout_line l JOIN file f ON f.id = l.file_id "
                  "WHERE f.key = '001' GROUP BY l.role ORDER BY l.role"),
            "footer\t6\nrunning_head\t6\n");
}

TEST_F(CorpusTest, APullQuoteIsKeptButNotCountedTwice) {
  // 001 lines 1130-1132 repeat lines 917-918 of the interview.
  EXPECT_EQ(query("SELECT q.kind, o.first_line <= 917 AND o.last_line >= 918 "
                  "FROM v_passage q JOIN v_passage o ON o.id = q.duplicate_of "
                  "WHERE q.file = '001' AND q.first_line = 1130"),
            "pull_quote\t1\n");
  EXPECT_EQ(query("SELECT d.passages = (SELECT count(*) FROM v_passage p WHERE p.document = "
                  "d.key AND p.duplicate_of IS NULL) FROM v_document d WHERE d.key = '001-p05'"),
            "1\n");
}

TEST_F(CorpusTest, ASentenceSplitByABoxIsOneParagraphAgain) {
  // 001: "via zintuigen als" (line 370), the box "Stok of slang?" (372-388), then
  // "zicht, geluid en aanraking." (390).
  const auto text = query(
      "SELECT text FROM v_passage WHERE file = '001' AND kind = 'paragraph' "
      "AND first_line <= 370 AND last_line >= 390");
  EXPECT_NE(text.find("via zintuigen als zicht, geluid en aanraking."), std::string::npos) << text;
  EXPECT_EQ(query("SELECT kind FROM v_passage WHERE file = '001' AND first_line = 372"), "box\n");
}

TEST_F(CorpusTest, LineEndHyphensAreDecidedCaseByCase) {
  EXPECT_EQ(query("SELECT f.key, h.line, h.choice FROM hyphen_join h JOIN file f "
                  "ON f.id = h.file_id WHERE (f.key = '001' AND h.line IN (373, 1003, 3669, 3709)) "
                  "OR (f.key = '002' AND h.line = 122) ORDER BY f.key, h.line"),
            "001\t373\tkeep\n"    // Noord-Italië
            "001\t1003\tkeep\n"   // COVID-besmettingen
            "001\t3669\tkeep\n"   // a URL
            "001\t3709\tdrop\n"   // Leiderschaps-ontwikkeling, a title set in two lines
            "002\t122\tdrop\n");  // Boon-stra (2011)
  EXPECT_EQ(query("SELECT count(*) FROM v_sentence WHERE file = '002' AND text LIKE "
                  "'%Boonstra (2011) omschrijft transformationeel leiderschap%'"),
            "1\n");
}

TEST_F(CorpusTest, SentencesFoundByLineHoldTheTextsOwnSentences) {
  EXPECT_EQ(query("SELECT text FROM v_sentence WHERE file = '000' AND first_line = 12"),
            "Welke invloed hebben formele en collegiale vormen van leiderschap op het "
            "leerklimaat? (Bush, 2011).\n");
  EXPECT_EQ(query("SELECT first_line, last_line, text FROM v_sentence WHERE file = '001' "
                  "AND first_line BETWEEN 3709 AND 3712 ORDER BY first_line, seq LIMIT 2"),
            "3709\t3711\tLeiderschapsontwikkeling: zonde van je tijd?\n"
            "3712\t3712\tLeiderschapstrajecten zijn booming, maar hoe effectief zijn ze "
            "echt?\n");
  const auto sentence = query(
      "SELECT text FROM v_sentence WHERE file = '002' AND first_line = 63 "
      "AND last_line = 68");
  EXPECT_EQ(sentence.rfind("Met deze vraag zit de leidinggevende meteen in een bovenpositie", 0),
            0u)
      << sentence;
}

TEST_F(CorpusTest, HeadingsOpenSections) {
  const auto titles = query("SELECT title FROM v_section WHERE document = '000' ORDER BY seq");
  const auto introductie = titles.find(
      "Introductie\nPositioneel leiderschap\nGespreid "
      "leiderschap\n");
  EXPECT_NE(introductie, std::string::npos) << titles;
}

TEST_F(CorpusTest, EveryOffsetAndSentencePointsInsideItsDocument) {
  EXPECT_EQ(query("SELECT count(*) FROM passage_span s JOIN passage p ON p.id = s.passage_id "
                  "JOIN document d ON d.id = p.document_id "
                  "WHERE s.line < d.first_line OR s.line > d.last_line"),
            "0\n");
  EXPECT_EQ(query("SELECT count(*) FROM sentence s JOIN passage p ON p.id = s.passage_id "
                  "WHERE s.first_line < p.first_line OR s.last_line > p.last_line "
                  "OR s.first_line > s.last_line"),
            "0\n");
  EXPECT_EQ(query("SELECT count(*) FROM passage WHERE id NOT IN (SELECT passage_id FROM sentence)"),
            "0\n");
}

TEST_F(CorpusTest, OverviewScriptPrintsTheCorpusAtAGlance) {
  const auto r =
      run_command({CONCEPTDB_BINARY, "run", (kSource / "scripts" / "overview.lua").string(), "--db",
                   database().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("5 files, 33 documents"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("001-p17"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("004-ch9"), std::string::npos) << r.out;
}

TEST_F(CorpusTest, CitationsSplitOverLinesOrHyphenatedInANameAreFound) {
  EXPECT_EQ(
      query("SELECT line, line_end, first_author, year FROM v_citation "
            "WHERE file = '002' AND first_author IN ('Boonstra', 'Kouwenhoven') ORDER BY line"),
      "122\t123\tBoonstra\t2011\n205\t207\tKouwenhoven\t2008\n");
  // "(Leithwood ⏎et al, 1996)" and "Kluger ⏎& DeNisi (1996)" span two lines.
  EXPECT_EQ(query("SELECT line, line_end, authors FROM v_citation WHERE file = '003' "
                  "AND line = 686"),
            "686\t687\tLeithwood; et al.\n");
}

TEST_F(CorpusTest, AGroupWithInheritedYearsIsOneRowPerWork) {
  // 000:223-224 "(Kessels, 1996a, 1996b; Lakerveld, 2005; Stam, 2007a, ⏎2007b; van Lakerveld,
  // 2005))": six works, the last year on the next line, one group.
  EXPECT_EQ(query("SELECT line, first_author, year, source_key FROM v_citation "
                  "WHERE file = '000' AND line IN (223, 224) ORDER BY id"),
            "223\tKessels\t1996a\tkessels1996a\n223\tKessels\t1996b\tkessels1996b\n"
            "223\tLakerveld\t2005\tlakerveld2005\n223\tStam\t2007a\tstam2007a\n"
            "224\tStam\t2007b\tstam2007b\n224\tvan Lakerveld\t2005\tlakerveld2005\n");
  EXPECT_EQ(query("SELECT count(DISTINCT group_no) FROM v_citation WHERE file = '000' "
                  "AND line IN (223, 224)"),
            "1\n");
}

TEST_F(CorpusTest, OneSourcePerWorkWhateverTheSpelling) {
  EXPECT_EQ(query("SELECT variants FROM v_source WHERE source_key = 'waal2014'"),
            "De Waal | Waal\n");
  EXPECT_EQ(query("SELECT first_author, authors, citations FROM v_source "
                  "WHERE source_key = 'argyris-schon1978'"),
            "Argyris\tArgyris; Schön\t5\n");
  // First author and year are not a key.
  EXPECT_EQ(query("SELECT source_key FROM v_source WHERE first_author = 'Ruijters' "
                  "AND year = '2006' ORDER BY 1"),
            "ruijters-simons2006\nruijters2006\n");
}

TEST_F(CorpusTest, ReferenceEntriesAreParsedAndLinked) {
  EXPECT_EQ(
      query("SELECT r.first_line, r.last_line, r.url FROM v_reference r "
            "WHERE r.source_key = 'jordan-sorell2019'"),
      "3664\t3670\thttps://hbr.org/2019/10/why-reverse-mentoring-works-and-how-to-do-it-right\n");
  EXPECT_EQ(query("SELECT line, reference_id IS NOT NULL FROM v_citation "
                  "WHERE source_key = 'jordan-sorell2019'"),
            "3405\t1\n");
  EXPECT_EQ(query("SELECT title, title_from FROM v_source WHERE source_key = 'collins2001'"),
            "Good to Great: Why Some Companies Make the Leap... and Others Don't\t001:1169\n");
}

TEST_F(CorpusTest, TheLegalReferenceIsItsOwnKind) {
  EXPECT_EQ(query("SELECT line, line_end, first_author, locator FROM v_citation "
                  "WHERE kind = 'legal'"),
            "127\t128\tBurgerlijk Wetboek\ttitel 7.10; Art. 611\n");
}

TEST_F(CorpusTest, CheckTellsWhatRemainsDoubtfulAboutSources) {
  const auto r = run_command({CONCEPTDB_BINARY, "check", "--db", database().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("001:5222: reference entry never cited"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ruijters2006 and ruijters-simons2006 kept apart"), std::string::npos);
  EXPECT_NE(r.out.find("001:674: 'Stoker' without a year"), std::string::npos);
}

TEST_F(CorpusTest, ConceptsAreFoundWhereTheTextsDiscussThem) {
  // The concepts the vocabulary issue names, each with the lines where a text defines or
  // mainly discusses it (from the corpus notes): every one must have a mention there.
  const std::vector<std::tuple<std::string, std::string, int, int>> places = {
      {"gespreid-leiderschap", "000", 72, 184},
      {"positioneel-leiderschap", "000", 20, 69},
      {"professionele-ruimte", "000", 187, 191},
      {"intelligent-accountability", "000", 366, 371},
      {"professionele-leergemeenschap", "002", 1, 40},
      {"sturen-op-zelfsturing", "002", 1, 10},
      {"transformationeel-leiderschap", "002", 115, 140},
      {"lerende-organisatie", "003", 1, 100},
      {"groeimindset", "003", 1100, 1210},
      {"dieper-leren", "003", 1100, 1180},
      {"teamleren", "003", 2804, 2830},
      {"onderzoekende-cultuur", "003", 2937, 2950},
      {"twijfelmoed", "001", 18, 23},
      {"bestuurlijke-eenzaamheid", "001", 555, 556},
      {"reverse-mentoring", "001", 3333, 3690},
      {"live-action-learning", "001", 4470, 4853},
      {"transfer", "001", 2588, 3017},
      {"transformatie", "004", 28, 40},
      {"transitie", "004", 28, 40},
      {"kanteling", "004", 28, 30},
      {"programma-de-kanteling", "004", 2849, 2849},
      {"krachtgericht-werken", "004", 2737, 3690},
      {"ontwikkelwerkplaats", "004", 1050, 1946},
      {"wmo", "004", 1, 30},
      {"decentralisatie", "004", 20, 20},
  };
  for (const auto& [key, file, first, last] : places) {
    EXPECT_NE(query("SELECT count(*) FROM v_mention WHERE concept_key = '" + key +
                    "' AND file = '" + file + "' AND line BETWEEN " + std::to_string(first) +
                    " AND " + std::to_string(last)),
              "0\n")
        << key << " has no mention in " << file << ":" << first << "-" << last;
  }
}

TEST_F(CorpusTest, MentionsAreTheTextOfTheirPassageAndSentence) {
  // Every mention is the passage's own bytes, inside its sentence, within the passage lines.
  EXPECT_EQ(query("SELECT count(*) FROM mention m JOIN passage p ON p.id = m.passage_id "
                  "WHERE substr(CAST(p.text AS BLOB), m.start + 1, m.end - m.start) "
                  "<> CAST(m.text AS BLOB) OR m.first_line < p.first_line "
                  "OR m.last_line > p.last_line"),
            "0\n");
  EXPECT_EQ(query("SELECT count(*) FROM mention m LEFT JOIN sentence s ON s.id = m.sentence_id "
                  "WHERE s.id IS NULL OR m.start < s.start OR m.end > s.end"),
            "0\n");
  // Reference lists and bylines are not searched for concepts.
  EXPECT_EQ(query("SELECT count(*) FROM mention m JOIN passage p ON p.id = m.passage_id "
                  "WHERE p.kind IN ('references', 'byline') OR p.duplicate_of IS NOT NULL"),
            "0\n");
}

TEST_F(CorpusTest, VariantsOfTheCorpusAreMatched) {
  // An abbreviation's plural, case-sensitively (002:32 "leiderschap en PLG’s").
  EXPECT_EQ(query("SELECT text, rule FROM v_mention WHERE file = '002' AND line = 32 "
                  "AND concept_key = 'professionele-leergemeenschap'"),
            "PLG’s\tplural\n");
  // A term split over a line end (000:173-174 "gespreid ⏎ leiderschap").
  EXPECT_EQ(query("SELECT line_end, text FROM v_mention WHERE file = '000' AND line = 173 "
                  "AND concept_key = 'gespreid-leiderschap'"),
            "174\tgespreid leiderschap\n");
  // Inflected members ("Transformationele leiders", 002:125).
  EXPECT_EQ(query("SELECT rule FROM v_mention WHERE file = '002' AND line = 125 "
                  "AND concept_key = 'transformationeel-leiderschap'"),
            "adjective+plural\n");
  // The programme is told from the metaphor by its exact, capitalised name (004:2849).
  EXPECT_EQ(query("SELECT concept_key FROM v_mention WHERE file = '004' AND line = 2849 "
                  "AND concept_key LIKE '%kanteling%'"),
            "programma-de-kanteling\n");
}

TEST_F(CorpusTest, RelationViewsAreConsistentAndTraceable) {
  // Co-occurrence is listed both ways round, with measures in range.
  EXPECT_EQ(query("SELECT count(*) FROM v_cooccurrence x WHERE NOT EXISTS (SELECT 1 FROM "
                  "v_cooccurrence y WHERE y.a = x.b AND y.b = x.a AND y.level = x.level "
                  "AND y.count = x.count)"),
            "0\n");
  EXPECT_EQ(query("SELECT count(*) FROM v_cooccurrence WHERE jaccard > 1 OR inclusion > 1 "
                  "OR count > a_units OR count > b_units OR association_strength <= 0"),
            "0\n");
  // A sentence-level pair's count equals its evidence rows.
  EXPECT_EQ(query("SELECT count(*) FROM v_cooccurrence c WHERE c.level = 'sentence' AND "
                  "c.count <> (SELECT count(*) FROM v_cooccurrence_evidence e WHERE e.a = c.a "
                  "AND e.b = c.b AND e.level = 'sentence')"),
            "0\n");
  // Sources next to a concept, with the sentence that shows it (000 cites Deci & Ryan where
  // it discusses the professional space).
  EXPECT_EQ(query("SELECT documents, weight FROM v_concept_source WHERE concept_key = "
                  "'professionele-ruimte' AND source_key = 'deci-ryan2000' AND level = 'sentence'"),
            "1\t1\n");
  EXPECT_EQ(query("SELECT file, line FROM v_concept_source_evidence WHERE concept_key = "
                  "'professionele-ruimte' AND source_key = 'deci-ryan2000' AND level = 'sentence'"),
            "000\t188\n");
  // The links the build stored are exactly its evidence pairs counted (an independent
  // computation in SQL), and there are thousands of them.
  const std::string counted_evidence =
      "SELECT concept_key, source_key, level, count(DISTINCT passage_id), "
      "count(DISTINCT document), count(DISTINCT unit_id) FROM v_concept_source_evidence "
      "GROUP BY concept_key, source_key, level";
  const std::string stored_links =
      "SELECT concept_key, source_key, level, passages, documents, weight FROM v_concept_source";
  EXPECT_EQ(
      query("SELECT (SELECT count(*) FROM (" + stored_links + " EXCEPT " + counted_evidence +
            ")) + (SELECT count(*) FROM (" + counted_evidence + " EXCEPT " + stored_links + "))"),
      "0\n");
  EXPECT_GT(std::stoi(query("SELECT count(*) FROM v_concept_source")), 3000);
  // A concept's stored counts are its mentions counted.
  EXPECT_EQ(query("SELECT count(*) FROM v_concept c WHERE c.mentions <> (SELECT count(*) FROM "
                  "v_mention m WHERE m.concept_key = c.concept_key) OR c.documents <> (SELECT "
                  "count(DISTINCT document) FROM v_mention m WHERE m.concept_key = c.concept_key) "
                  "OR c.mentions_with_narrower <> (SELECT count(*) FROM v_mention m JOIN "
                  "v_concept_tree t ON t.member_key = m.concept_key WHERE t.concept_key = "
                  "c.concept_key)"),
            "0\n");
  // A source's stored counts are its citations counted.
  EXPECT_EQ(query("SELECT count(*) FROM v_source s WHERE s.citations <> (SELECT count(*) FROM "
                  "v_citation c WHERE c.source_key = s.source_key) OR s.documents <> (SELECT "
                  "count(DISTINCT document) FROM v_citation c WHERE c.source_key = "
                  "s.source_key)"),
            "0\n");
  // Every curated relation points at lines inside its file.
  EXPECT_EQ(query("SELECT count(*) FROM v_concept_relation r JOIN v_file f ON f.file = r.file "
                  "WHERE r.line_end > f.lines"),
            "0\n");
}

TEST_F(CorpusTest, TheVocabularyLeavesNoConceptWithoutAMention) {
  EXPECT_EQ(query("SELECT group_concat(concept_key, ' ') FROM v_concept WHERE mentions = 0"), "\n");
  EXPECT_GE(std::stoi(query("SELECT count(*) FROM v_concept")), 200);
}

TEST_F(CorpusTest, EveryUserScriptRunsOnTheCorpus) {
  std::vector<std::filesystem::path> scripts;
  for (const auto& entry : std::filesystem::directory_iterator(kSource / "scripts")) {
    if (entry.path().extension() == ".lua") scripts.push_back(entry.path());
  }
  ASSERT_GE(scripts.size(), 12u);
  for (const auto& script : scripts) {
    const auto r =
        run_command({CONCEPTDB_BINARY, "run", script.string(), "--db", database().string()});
    EXPECT_EQ(r.exit_code, 0) << script << "\n" << r.err;
    EXPECT_NE(r.out.find('\n'), std::string::npos) << script << " printed nothing";
  }
}

TEST_F(CorpusTest, UserScriptsAnswerWithFactsOfTheCorpus) {
  auto run = [&](std::vector<std::string> args) {
    std::vector<std::string> command{CONCEPTDB_BINARY, "run"};
    command.insert(command.end(), args.begin(), args.end());
    command.insert(command.end(), {"--db", database().string()});
    const auto r = run_command(command);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.out;
  };
  // 000 names "professionele ruimte" 10 times, 002 once (grep over the joined lines).
  const std::string shared =
      run({(kSource / "scripts" / "shared-concepts.lua").string(), "a=000", "b=002"});
  EXPECT_NE(shared.find("professionele ruimte         10    1"), std::string::npos) << shared;
  // Chapter 2 of the book cites Ahn & Ostrom (2007) three times (004:508, 732, 765).
  const std::string cited = run({(kSource / "scripts" / "most-cited.lua").string(), "file=004"});
  EXPECT_NE(cited.find("004-ch2  De wijkteamaanpak in Venlo\n    3  Ahn & Ostrom (2007)"),
            std::string::npos)
      << cited;
  // A concept card shows the vocabulary's definition and the concept's relations.
  const std::string card =
      run({(kSource / "scripts" / "concept-card.lua").string(), "concept=professionele ruimte"});
  EXPECT_NE(card.find("professionele ruimte (professionele-ruimte) — professional space"),
            std::string::npos)
      << card;
  EXPECT_NE(card.find("out leads_to        regelmogelijkheid"), std::string::npos) << card;
}

}  // namespace
