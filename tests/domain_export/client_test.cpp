// The domain exports of the fixture database (domain_fixture.hpp) read back by their real
// clients: BibTeX and CSL-JSON by pandoc's citeproc, RIS by a strict Python parse, GraphML by
// networkx, DOT by Graphviz dot, VOSviewer JSON by Python's json, SKOS by rdflib. Each test
// asserts what the client read, not what we wrote.
#include <gtest/gtest.h>

#include <fstream>

#include "clients.hpp"
#include "domain_fixture.hpp"
#include "export/bibtex_writer.hpp"
#include "export/csl_json_writer.hpp"
#include "export/dot_writer.hpp"
#include "export/graph_cooccurrence.hpp"
#include "export/graphml_writer.hpp"
#include "export/ris_writer.hpp"
#include "export/skos_writer.hpp"
#include "export/source_record.hpp"
#include "export/vosviewer_writer.hpp"

namespace {

using namespace exporter;
using domain_clients::count_of;
using domain_clients::lines_of;
using domain_clients::run_reader;

class DomainClients : public ::testing::Test {
 protected:
  void SetUp() override { domain_fixture::create_database(dir_ / "fixture.sqlite"); }

  store::Database open() {
    return store::open_conceptdb(dir_ / "fixture.sqlite", store::OpenMode::kReadOnly);
  }

  // Writes with `writer` into the file `name` of the test's folder and returns its path.
  template <typename Writer>
  std::filesystem::path write(const std::string& name, Writer writer) {
    const std::filesystem::path path = dir_ / name;
    std::ofstream out(path, std::ios::binary);
    writer(out);
    out.close();
    EXPECT_TRUE(out.good()) << path;
    return path;
  }

  // Every concept, so that the one without a partner is a node too.
  Graph graph() {
    store::Database db = open();
    CooccurrenceOptions options;
    options.concepts = {"gespreid-leiderschap", "leiderschap", "odd key/ü", "plg",
                        "professionele-ruimte", "senge"};
    return load_cooccurrence_graph(db, options);
  }

  testing_support::TempDir dir_;
};

// What a reader of the bibliography must see, whichever format pandoc read.
void expect_bibliography(const testing_support::CommandResult& r,
                         const std::vector<SourceRecord>& records, std::vector<std::string> texts) {
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(count_of(r.out, "class=\"csl-entry\""), records.size()) << r.out;
  for (const auto& record : records) {
    EXPECT_NE(r.out.find("id=\"ref-" + record.citation_key + "\""), std::string::npos)
        << record.citation_key;
  }
  // The default style (Chicago author-date) title-cases titles: "{Onder}wijs", "Op Het".
  for (const char* text : {"Körner, A.",
                           "D. A. Schön",
                           "Hartyándi",
                           "De Caluwé",
                           "van Vroonhoven (2024)",
                           "Van Lieshout, H.",
                           "Gemeente Venlo",
                           "Burgerlijk Wetboek",
                           "nder}wijs: 50% ",
                           "#1_A",
                           " ~ ^ \\ ",
                           "Leren &amp; {",
                           "Boom",
                           "Amsterdam",
                           "12 (3): 45–67",
                           "https://doi.org/10.1000/xyz_1",
                           "[1995] 2003",
                           "Kessels, J. W. M.",
                           "In <em>Handboek HRD</em>, 12–34. Houten: Bohn",
                           "2nd ed."}) {
    texts.emplace_back(text);
  }
  for (const auto& text : texts) {
    EXPECT_NE(r.out.find(text), std::string::npos) << text << "\n" << r.out;
  }
}

TEST_F(DomainClients, PandocReadsTheBibtexAndTheCslJson) {
  store::Database db = open();
  const std::vector<SourceRecord> records = load_source_records(db, {});
  std::vector<std::string> keys;
  for (const auto& r : records)
    keys.push_back(r.citation_key);
  const auto bib = write("fixture.bib", [&](std::ostream& o) { write_bibtex(records, o); });
  const auto json = write("fixture.json", [&](std::ostream& o) { write_csl_json(records, o); });
  {
    SCOPED_TRACE("BibTeX");
    // BibTeX's "and others" is the only way to say "et al." of the two.
    expect_bibliography(domain_clients::cite_everything(dir_.path(), bib, keys), records,
                        {"De Caluwé et al. (2008)"});
  }
  {
    SCOPED_TRACE("CSL-JSON");
    expect_bibliography(domain_clients::cite_everything(dir_.path(), json, keys), records,
                        {"De Caluwé (2008)"});
  }
}

TEST_F(DomainClients, RisParsesRecordByRecord) {
  store::Database db = open();
  const auto ris =
      write("fixture.ris", [&](std::ostream& o) { write_ris(load_source_records(db, {}), o); });
  const auto r = run_reader("read_ris.py", ris);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = lines_of(r.out);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), std::string()), 10);  // records
  const auto has = [&lines](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  for (const char* line :
       {"TY STAT", "AU Burgerlijk Wetboek", "AU De Caluwé", "ID hartyandi-2024", "TY CHAP",
        "T2 Handboek HRD", "CY Houten", "AU Körner, A.", "AU Schön, D. A.", "SP 45", "EP 67",
        "DO 10.1000/xyz_1", "AU Van Lieshout, H.", "ET 2", "TY RPRT", "DA 2024/11/16/",
        "AU van Vroonhoven, M.", "PY 2003"}) {
    EXPECT_TRUE(has(line)) << line << "\n" << r.out;
  }
}

TEST_F(DomainClients, NetworkxReadsTheGraphmlWithTypes) {
  const Graph g = graph();
  const auto file = write("fixture.graphml", [&](std::ostream& o) { write_graphml(g, o); });
  const auto r = run_reader("read_graphml.py", file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out), (std::vector<std::string>{
                                 "directed False",
                                 "nodes 6",
                                 "edges 6",
                                 "node attribute description str",
                                 "node attribute documents int",
                                 "node attribute group str",
                                 "node attribute label str",
                                 "node attribute label_en str",
                                 "node attribute theme str",
                                 "node attribute units int",
                                 "node attribute weight float",
                                 "edge attribute association_strength float",
                                 "edge attribute count int",
                                 "edge attribute inclusion float",
                                 "edge attribute jaccard float",
                                 "edge attribute weight float",
                                 "node gespreid-leiderschap 'gespreid leiderschap' 4.0 leiderschap",
                                 "node leiderschap 'leiderschap' 5.0 leiderschap",
                                 "node odd key/ü 'één ding' 0.0 leren & ontwikkelen",
                                 "node plg 'professionele leergemeenschap' 3.0 onderwijs",
                                 "node professionele-ruimte 'professionele ruimte' 2.0 onderwijs",
                                 "node senge 'Senge\\'s \"vijf\" disciplines \\\\ model' 1.0 "
                                 "leren & ontwikkelen",
                                 "edge gespreid-leiderschap leiderschap 3.0",
                                 "edge gespreid-leiderschap professionele-ruimte 1.0",
                                 "edge leiderschap plg 1.0",
                                 "edge leiderschap professionele-ruimte 1.0",
                                 "edge plg professionele-ruimte 1.0",
                                 "edge plg senge 1.0",
                             }));
}

TEST_F(DomainClients, DotDrawsTheGraphWithoutWarnings) {
  if (!domain_clients::have(DOMAIN_EXPORT_DOT, "dot")) return;
  const Graph g = graph();
  const auto file = write("fixture.dot", [&](std::ostream& o) { write_dot(g, o); });
  const auto r = testing_support::run_command({DOMAIN_EXPORT_DOT, "-Tsvg", file.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(count_of(r.out, "class=\"node\""), 6u);
  EXPECT_EQ(count_of(r.out, "class=\"edge\""), 6u);
  // Ids and labels arrive as written: a key with a space and a slash, a label with quotes.
  EXPECT_NE(r.out.find("<title>odd key/ü</title>"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(">één ding</text>"), std::string::npos);
  EXPECT_NE(r.out.find(">Senge&#39;s &quot;vijf&quot; disciplines \\ model</text>"),
            std::string::npos)
      << r.out;
}

TEST_F(DomainClients, PythonReadsTheVosviewerJson) {
  const Graph g = graph();
  const auto file = write("fixture.vos.json", [&](std::ostream& o) { write_vosviewer_json(g, o); });
  const auto r = run_reader("read_vosviewer.py", file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string item_keys =
      "cluster:integer description:string id:string label:string scores:object weights:object";
  const std::string weight_keys = "Links:integer Mentions:integer Total link strength:integer";
  EXPECT_EQ(lines_of(r.out), (std::vector<std::string>{
                                 "top network:object",
                                 "network clusters:array items:array links:array",
                                 "item gespreid-leiderschap " + item_keys,
                                 "  weights " + weight_keys +
                                     " {\"Links\": 2, \"Mentions\": 4, \"Total link strength\": 4}",
                                 "item leiderschap " + item_keys,
                                 "  weights " + weight_keys +
                                     " {\"Links\": 3, \"Mentions\": 5, \"Total link strength\": 5}",
                                 "item odd key/ü " + item_keys,
                                 "  weights " + weight_keys +
                                     " {\"Links\": 0, \"Mentions\": 0, \"Total link strength\": 0}",
                                 "item plg " + item_keys,
                                 "  weights " + weight_keys +
                                     " {\"Links\": 3, \"Mentions\": 3, \"Total link strength\": 3}",
                                 "item professionele-ruimte " + item_keys,
                                 "  weights " + weight_keys +
                                     " {\"Links\": 3, \"Mentions\": 2, \"Total link strength\": 3}",
                                 "item senge " + item_keys,
                                 "  weights " + weight_keys +
                                     " {\"Links\": 1, \"Mentions\": 1, \"Total link strength\": 1}",
                                 "link gespreid-leiderschap leiderschap integer 3",
                                 "link gespreid-leiderschap professionele-ruimte integer 1",
                                 "link leiderschap plg integer 1",
                                 "link leiderschap professionele-ruimte integer 1",
                                 "link plg professionele-ruimte integer 1",
                                 "link plg senge integer 1",
                                 "cluster 1 leiderschap",
                                 "cluster 2 leren & ontwikkelen",
                                 "cluster 3 onderwijs",
                             }));
}

TEST_F(DomainClients, RdflibParsesTheSkos) {
  store::Database db = open();
  const auto file = write("fixture.ttl", [&](std::ostream& o) {
    write_skos_turtle(db, o, "https://example.org/conceptdb/");
  });
  const auto r = run_reader("read_skos.py", file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // 91 triples: the scheme 8 (type, label, version, 5 top concepts), 5 properties x 4,
  // 6 concepts x 4 (type, scheme, notation, definition), 12 labels, 1 scope note, 9 relation
  // triples (broader and narrower, related both ways, 5 of our own), 5 topConceptOf, and
  // 3 collections x 2 + 6 members.
  EXPECT_EQ(lines_of(r.out), (std::vector<std::string>{
                                 "triples 91",
                                 "schemes 1",
                                 "concepts 6",
                                 "collections 3",
                                 "concept prefLabel languages en:3 nl:6",
                                 "broader 1 narrower 1 mirrored True",
                                 "related 2 symmetric True",
                                 "two prefLabels in one language 0",
                                 "concepts without prefLabel 0",
                                 "subproperty contrasts_with 1",
                                 "subproperty example_of 1",
                                 "subproperty leads_to 1",
                                 "subproperty part_of 1",
                                 "subproperty requires 1",
                                 "top concepts 5 mirrored True none with broader True",
                             }));
}

}  // namespace
