// tests/report/fixture_report.cpp — the fixture report. Its texts and numbers are made up
// for the test; they are not taken from the corpus.
#include "fixture_report.hpp"

#include <cstdint>

namespace report_fixture {

using report::Bar;
using store::Value;

report::Report make_fixture_report() {
  report::Report r("Leiderschap & leren: een proefrapport");
  r.set_subtitle("Wat de vijf teksten zeggen over <gespreid> leiderschap");
  r.set_date("Peildatum: 1 juni 2025");

  r.add(report::Heading{2, "Kerncijfers"});
  r.add(report::KeyFigures{{{"documenten", Value{std::int64_t{5}}},
                            {"passages", Value{std::int64_t{1284}}},
                            {"bronnen", Value{std::int64_t{212}}},
                            {"gemiddelde sterkte", Value{0.375}}}});
  r.add(report::Paragraph{
      "Dit rapport toont hoe de begrippen samenhangen. Tekst met tekens als <, > en & en "
      "\"aanhalingstekens\" moet er precies zo uitzien als hij is ingevoerd."});
  r.add(report::BulletList{{"Begrippen tellen per document", "Bronnen per begrip",
                            "Paren die vaak samen voorkomen (sterkte \u2265 0,2)"}});

  r.add(report::Heading{2, "Begrippen en bronnen"});
  r.add(report::Table{
      {"begrip", "documenten", "vermeldingen", "sterkte", "eerste bron"},
      {{Value{std::string("gespreid leiderschap")}, Value{std::int64_t{4}}, Value{std::int64_t{87}},
        Value{0.4167}, Value{std::string("Spillane (2006)")}},
       {Value{std::string("professionele leergemeenschap")}, Value{std::int64_t{3}},
        Value{std::int64_t{41}}, Value{0.25}, Value{store::Null{}}},
       {Value{std::string("kennis | kunde")}, Value{std::int64_t{1}}, Value{std::int64_t{6}},
        Value{0.00042}, Value{std::string("Kessels & Keursten")}}},
      "Begrippen met de meeste vermeldingen",
      2});
  r.add(
      report::Quotation{"Leren is geen bijzaak van het werk; het is de kern van wat een "
                        "\"lerende\" organisatie doet.",
                        "leiderschap_essay.txt", 112, 114, "Een essayist (2020)"});
  r.add(report::Heading{3, "Vermeldingen per begrip"});
  r.add(report::BarChart{
      "Vermeldingen per begrip",
      {Bar{"gespreid leiderschap", 87}, Bar{"professionele leergemeenschap", 41},
       Bar{"lerende organisatie", 30},
       Bar{"HRD-beleid en strategische personeelsontwikkeling in het onderwijs", 12},
       Bar{"kennis & kunde", 6}},
      "vermeldingen",
      2});
  r.add(
      report::Note{"Een vermelding telt elke plaats waar een label van het begrip voorkomt, "
                   "ook in bijzinnen.",
                   "Werkwijze"});

  r.add(report::Heading{2, "Samenhang"});
  r.add(report::ConceptMap{"Begrippen die samen voorkomen",
                           {{"gespreid", "gespreid leiderschap", 87, "leiderschap"},
                            {"plg", "professionele leergemeenschap", 41, "leren"},
                            {"lo", "lerende organisatie", 30, "leren"},
                            {"hrd", "HRD-beleid", 12, "organisatie"},
                            {"kk", "kennis & kunde", 6, "leren"},
                            {"team", "teamleren", 18, "leren"}},
                           {{"gespreid", "plg", 0.42},
                            {"plg", "lo", 0.31},
                            {"gespreid", "lo", 0.18},
                            {"lo", "hrd", 0.12},
                            {"plg", "team", 0.27},
                            {"kk", "lo", 0.08}}});
  r.add(report::Paragraph{"Lege invoer geeft een korte melding in plaats van een figuur:"});
  r.add(report::Table{{"begrip", "aantal"}, {}, "Begrippen zonder bron", 2});
  r.add(report::BarChart{"Citaties per jaar", {}, "", 2});
  r.add(report::ConceptMap{"Bronnen die samen worden geciteerd", {{"a", "Bron A", 1, ""}}, {}});
  return r;
}

}  // namespace report_fixture
