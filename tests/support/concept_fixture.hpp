// tests/support/concept_fixture.hpp — an essay and a vocabulary for tests of the concept
// stage and of the Lua domain modules: a.txt of the fixture corpus replaced by kConceptEssay,
// with db/vocabulary/test.toml holding kConceptVocabulary.
#pragma once

namespace testing_support {

// Line 3–4: one paragraph of two sentences; line 6: a second paragraph; a heading on line 8
// opens a second section.
inline const char* const kConceptEssay =
    "Titel van het essay\n"
    "\n"
    "Gespreid leiderschap vraagt professionele ruimte (Aalbers, 2001). Professionele\n"
    "leergemeenschappen helpen.\n"
    "\n"
    "In de professionele ruimte groeit gespreide leiderschap.\n"
    "\n"
    "Tweede deel\n"
    "\n"
    "Een PLG is een leergemeenschap (Brink, 2004; Aalbers, 2001).\n";

inline const char* const kConceptVocabulary = R"(theme = "test"

[[concept]]
key = "leiderschap"
pref = { nl = "leiderschap" }
definition = "Richting geven."

[[concept]]
key = "gespreid-leiderschap"
pref = { nl = "gespreid leiderschap", en = "distributed leadership" }
definition = "Leiderschap dat rondgaat."
relations = [
  { type = "broader", to = "leiderschap", evidence = "a:3" },
  { type = "requires", to = "professionele-ruimte", evidence = "a:3" },
]

[[concept]]
key = "professionele-ruimte"
pref = { nl = "professionele ruimte" }
definition = "Zeggenschap over het eigen werk."

[[concept]]
key = "plg"
pref = { nl = "professionele leergemeenschap" }
alt = { nl = ["PLG", "leergemeenschap"] }
definition = "Een groep die samen leert."
)";

}  // namespace testing_support
