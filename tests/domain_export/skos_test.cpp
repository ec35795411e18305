// Tests of the SKOS (Turtle) export: literals and IRIs made safe, and the vocabulary of the
// fixture (domain_fixture.hpp) as concepts, labels, relations both ways, top concepts and
// theme collections. The expected Turtle was written by hand from the fixture rows.
#include <gtest/gtest.h>

#include <sstream>

#include "domain_fixture.hpp"
#include "export/skos_turtle.hpp"
#include "export/skos_writer.hpp"
#include "support/test_support.hpp"

namespace {

using namespace exporter;

TEST(DomainSkosTurtle, StringsEscapeQuotesBackslashesAndBreaks) {
  EXPECT_EQ(turtle_string("Senge's \"vijf\" \\ model"), "\"Senge's \\\"vijf\\\" \\\\ model\"");
  EXPECT_EQ(turtle_string("a\nb\rc\td"), "\"a\\nb\\rc\\td\"");
  EXPECT_EQ(turtle_string(std::string("bel\x07") + "één"), "\"bel\\u0007één\"");
  EXPECT_EQ(turtle_string("a\xff"), "\"a\\uFFFD\"");
}

TEST(DomainSkosTurtle, LanguageTagsAndIris) {
  EXPECT_TRUE(is_language_tag("nl"));
  EXPECT_TRUE(is_language_tag("en-GB"));
  EXPECT_FALSE(is_language_tag(""));
  EXPECT_FALSE(is_language_tag("nl_NL"));
  EXPECT_FALSE(is_language_tag("en-"));
  EXPECT_EQ(iri_segment("gespreid-leiderschap"), "gespreid-leiderschap");
  EXPECT_EQ(iri_segment("odd key/ü"), "odd%20key%2F%C3%BC");
  EXPECT_EQ(turtle_iri("https://x.org/a"), "<https://x.org/a>");
  EXPECT_THROW(turtle_iri("https://x.org/a b"), std::invalid_argument);
  EXPECT_THROW(turtle_iri("https://x.org/<a>"), std::invalid_argument);
  EXPECT_EQ(skos_namespace("https://x.org/voc"), "https://x.org/voc/");
  EXPECT_EQ(skos_namespace("https://x.org/voc#"), "https://x.org/voc#");
  EXPECT_EQ(skos_namespace("urn:x:voc/"), "urn:x:voc/");
  EXPECT_THROW(skos_namespace("voc/"), std::invalid_argument);
  EXPECT_THROW(skos_namespace("https://x.org/{voc}/"), std::invalid_argument);
}

class DomainSkos : public ::testing::Test {
 protected:
  void SetUp() override {
    domain_fixture::create_database(dir_ / "fixture.sqlite");
    store::Database db = store::open_conceptdb(dir_ / "fixture.sqlite", store::OpenMode::kReadOnly);
    std::ostringstream out;
    write_skos_turtle(db, out, "https://example.org/cdb/");
    turtle_ = out.str();
  }

  // The block of statements about `subject`, from its line to the full stop that ends it.
  std::string block(const std::string& subject) const {
    const std::size_t start = turtle_.find("\n" + subject + " a ");
    if (start == std::string::npos) return "(no block for " + subject + ")";
    return turtle_.substr(start + 1, turtle_.find(" .\n", start) + 3 - start - 1);
  }

  testing_support::TempDir dir_;
  std::string turtle_;
};

TEST_F(DomainSkos, SchemeWithTopConcepts) {
  EXPECT_EQ(turtle_.substr(0, turtle_.find("\n\n")),
            "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
            "@prefix concept: <https://example.org/cdb/> .\n"
            "@prefix relation: <https://example.org/cdb/relation/> .\n"
            "@prefix theme: <https://example.org/cdb/theme/> .");
  EXPECT_EQ(block("<https://example.org/cdb>"),
            "<https://example.org/cdb> a skos:ConceptScheme ;\n"
            "    skos:prefLabel \"conceptdb vocabulary\"@en ;\n"
            "    owl:versionInfo \"vocabulary sha256 abc123\" ;\n"
            "    skos:hasTopConcept concept:leiderschap,\n"
            "        <https://example.org/cdb/odd%20key%2F%C3%BC>,\n"
            "        concept:plg,\n"
            "        concept:professionele-ruimte,\n"
            "        concept:senge .\n");
}

TEST_F(DomainSkos, ConceptsWithLabelsNotesAndRelationsBothWays) {
  EXPECT_EQ(block("concept:gespreid-leiderschap"),
            "concept:gespreid-leiderschap a skos:Concept ;\n"
            "    skos:inScheme <https://example.org/cdb> ;\n"
            "    skos:notation \"gespreid-leiderschap\" ;\n"
            "    skos:prefLabel \"gespreid leiderschap\"@nl, \"distributed leadership\"@en ;\n"
            "    skos:altLabel \"gedeeld leiderschap\"@nl ;\n"
            "    skos:hiddenLabel \"gespreid leiderchap\"@nl ;\n"
            "    skos:definition \"Leiderschap dat rondgaat.\"@nl ;\n"
            "    skos:scopeNote \"Anders dan positioneel\\nleiderschap \\\\ zie ook\"@nl ;\n"
            "    skos:broader concept:leiderschap ;\n"
            "    skos:related concept:professionele-ruimte .\n");
  EXPECT_EQ(block("concept:leiderschap"),
            "concept:leiderschap a skos:Concept ;\n"
            "    skos:inScheme <https://example.org/cdb> ;\n"
            "    skos:notation \"leiderschap\" ;\n"
            "    skos:prefLabel \"leiderschap\"@nl, \"leadership\"@en ;\n"
            "    skos:definition \"Richting geven aan \\\"anderen\\\".\"@nl ;\n"
            "    skos:narrower concept:gespreid-leiderschap ;\n"
            "    skos:topConceptOf <https://example.org/cdb> .\n");
  EXPECT_EQ(block("concept:professionele-ruimte"),
            "concept:professionele-ruimte a skos:Concept ;\n"
            "    skos:inScheme <https://example.org/cdb> ;\n"
            "    skos:notation \"professionele-ruimte\" ;\n"
            "    skos:prefLabel \"professionele ruimte\"@nl ;\n"
            "    skos:definition \"Zeggenschap over het eigen werk.\"@nl ;\n"
            "    skos:related concept:gespreid-leiderschap ;\n"
            "    skos:topConceptOf <https://example.org/cdb> .\n");
}

TEST_F(DomainSkos, OwnRelationsAreSubPropertiesOfRelated) {
  EXPECT_EQ(block("relation:part_of"),
            "relation:part_of a owl:ObjectProperty ;\n"
            "    rdfs:subPropertyOf skos:related ;\n"
            "    rdfs:label \"part of\"@en ;\n"
            "    rdfs:comment \"The concept is a part or component of the other one.\"@en .\n");
  for (const char* type : {"contrasts_with", "leads_to", "requires", "example_of"}) {
    EXPECT_NE(block(std::string("relation:") + type).find("rdfs:subPropertyOf skos:related"),
              std::string::npos)
        << type;
  }
  const std::string plg = block("concept:plg");
  EXPECT_NE(plg.find("    relation:part_of concept:gespreid-leiderschap ;\n"), std::string::npos);
  EXPECT_NE(plg.find("    relation:requires concept:professionele-ruimte ;\n"), std::string::npos);
  const std::string senge = block("concept:senge");
  EXPECT_NE(senge.find("skos:prefLabel \"Senge's \\\"vijf\\\" disciplines \\\\ model\"@nl"),
            std::string::npos)
      << senge;
  EXPECT_NE(senge.find("    relation:contrasts_with concept:plg ;\n"), std::string::npos);
  EXPECT_NE(senge.find("    relation:leads_to concept:leiderschap ;\n"), std::string::npos);
  // A key that is no plain local name is written as a full IRI.
  EXPECT_NE(block("<https://example.org/cdb/odd%20key%2F%C3%BC>")
                .find("    relation:example_of concept:senge ;\n"),
            std::string::npos);
}

TEST_F(DomainSkos, ThemesAreCollections) {
  EXPECT_EQ(block("theme:leiderschap"),
            "theme:leiderschap a skos:Collection ;\n"
            "    skos:prefLabel \"leiderschap\"@nl ;\n"
            "    skos:member concept:gespreid-leiderschap, concept:leiderschap .\n");
  EXPECT_NE(block("<https://example.org/cdb/theme/leren%20%26%20ontwikkelen>")
                .find("skos:prefLabel \"leren & ontwikkelen\"@nl"),
            std::string::npos);
}

TEST_F(DomainSkos, BadBaseUrisAndLanguagesAreRefused) {
  store::Database db = store::open_conceptdb(dir_ / "fixture.sqlite", store::OpenMode::kReadWrite);
  std::ostringstream out;
  EXPECT_THROW(write_skos_turtle(db, out, "concepts/"), std::invalid_argument);
  db.exec("UPDATE label SET language = 'nl NL' WHERE id = 7");
  try {
    write_skos_turtle(db, out, "https://example.org/cdb/");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("'professionele-ruimte'"), std::string::npos);
  }
}

}  // namespace
