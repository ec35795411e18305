// tests/domain_export/domain_fixture.hpp — a small conceptdb database written row by row for
// the domain export tests: sources with diacritics, particles, TeX's special characters and
// every entry type; six concepts in three themes with labels in two languages, every relation
// type, mentions, and co-occurrence at the paragraph and sentence levels.
//
// The rows are what `conceptdb build` would store; writing them directly lets each test name
// the exact case it checks (a year "1995/2003", a label with a quote and a backslash, a
// concept key that is not a valid IRI segment) without a corpus that happens to contain it.
#pragma once

#include <filesystem>
#include <string>

#include "store/database.hpp"
#include "store/schema.hpp"

namespace domain_fixture {

// The documents, passages and sources. Source titles and entries are invented for the tests.
inline const char* const kSourcesSql = R"sql(
INSERT INTO file VALUES (1, 'a', 'a.txt', 'sha', 100, 40, 'nl');
INSERT INTO document (id, file_id, key, kind, title, language, first_line, last_line)
  VALUES (1, 1, 'a', 'essay', 'Een essay', 'nl', 1, 40);
INSERT INTO section VALUES (1, 1, 1, NULL, 1, 40);
INSERT INTO passage (id, document_id, section_id, seq, kind, first_line, last_line, text)
  VALUES (1, 1, 1, 1, 'paragraph', 1, 2, 'Eerste alinea.'),
         (2, 1, 1, 2, 'paragraph', 3, 4, 'Tweede alinea.'),
         (3, 1, 1, 3, 'references', 30, 40, 'Literatuur');

INSERT INTO source (id, key, kind, first_author, year, et_al, title, container, publisher, url,
                    title_from) VALUES
  (1, 'korner-schon2019', 'work', 'Körner', '2019', 0,
   'Leren & {onder}wijs: 50% "beter" in #1_A ~ ^ \ PLG-praktijk', 'Tijdschrift voor Onderwijs',
   NULL, 'https://doi.org/10.1000/xyz_1', 'a:30'),
  (2, 'vroonhoven2024', 'work', 'van Vroonhoven', '2024', 0, 'Op het strijdtoneel', NULL,
   'de Volkrant', NULL, 'a:32'),
  (3, 'lieshout2014a', 'work', 'Van Lieshout', '2014a', 0, 'Leren in de wijk', NULL, 'Boom',
   NULL, 'a:33'),
  (4, 'caluwe-etal2008', 'work', 'De Caluwé', '2008', 1, NULL, NULL, NULL, NULL, NULL),
  (5, 'kessels2001', 'work', 'Kessels', '2001', 0, 'Verleiden tot kennisproductiviteit',
   'Handboek HRD', 'Bohn', NULL, 'a:35'),
  (6, 'gemeentevenlo2013', 'organisation', 'Gemeente Venlo', '2013', 0, 'Wij(k)kracht in Venlo',
   NULL, NULL, NULL, 'a:20'),
  (7, 'burgerlijkwetboek', 'legal', 'Burgerlijk Wetboek', NULL, 0, NULL, NULL, NULL, NULL, NULL),
  (8, 'nonaka-takeuchi1995-2003', 'work', 'Nonaka', '1995/2003', 0, NULL, NULL, NULL, NULL, NULL),
  (9, 'schmidt1955', 'work', 'Schmidt', '± 1955', 0, NULL, NULL, NULL, NULL, NULL),
  (10, 'hartyándi 2024', 'work', 'Hartyándi', '2024', 0, NULL, NULL, NULL, NULL, NULL);

INSERT INTO source_author VALUES
  (1, 1, 'Körner'), (1, 2, 'Schön'), (2, 1, 'van Vroonhoven'), (3, 1, 'Van Lieshout'),
  (4, 1, 'De Caluwé'), (5, 1, 'Kessels'), (6, 1, 'Gemeente Venlo'),
  (7, 1, 'Burgerlijk Wetboek'), (8, 1, 'Nonaka'), (8, 2, 'Takeuchi'), (9, 1, 'Schmidt'),
  (10, 1, 'Hartyándi');

INSERT INTO reference_entry (id, document_id, first_line, last_line, origin, text, authors, year,
                             date, title, container, details, publisher, place, url, source_id)
VALUES
  (1, 1, 30, 31, 'list',
   'Körner, A., & Schön, D. A. (2019). Leren & {onder}wijs. Tijdschrift voor Onderwijs, 12(3), 45–67. https://doi.org/10.1000/xyz_1',
   'Körner; Schön', '2019', NULL, 'Leren & {onder}wijs', 'Tijdschrift voor Onderwijs',
   '12(3), 45–67', NULL, NULL, 'https://doi.org/10.1000/xyz_1', 1),
  (2, 1, 32, 32, 'list',
   'van Vroonhoven, M. (2024, november 16). Op het strijdtoneel. de Volkrant.',
   'van Vroonhoven', '2024', 'november 16', 'Op het strijdtoneel', NULL, NULL, 'de Volkrant',
   NULL, NULL, 2),
  (3, 1, 33, 34, 'list',
   'Van Lieshout, H. (2014a). Leren in de wijk (2e druk). Amsterdam: Boom.',
   'Van Lieshout', '2014a', NULL, 'Leren in de wijk', NULL, '2e druk', 'Boom', 'Amsterdam',
   NULL, 3),
  (4, 1, 35, 36, 'list',
   'Kessels, J. W. M. (2001). Verleiden tot kennisproductiviteit. In J. Kessels & R. Poell (Red.), Handboek HRD (pp. 12-34). Houten: Bohn.',
   'Kessels', '2001', NULL, 'Verleiden tot kennisproductiviteit', 'Handboek HRD', 'pp. 12-34',
   'Bohn', 'Houten', NULL, 5);
)sql";

// Six concepts, their labels, relations of every type, mentions (leiderschap 5, gespreid
// leiderschap 4, professionele ruimte 2, plg 3, senge 1, the odd key 0) and co-occurrence.
inline const char* const kConceptsSql = R"sql(
INSERT INTO concept (id, key, theme, definition, scope_note, vocabulary_file, vocabulary_line)
VALUES
  (1, 'leiderschap', 'leiderschap', 'Richting geven aan "anderen".', NULL, 'l.toml', 3),
  (2, 'gespreid-leiderschap', 'leiderschap', 'Leiderschap dat rondgaat.',
   'Anders dan positioneel' || char(10) || 'leiderschap \ zie ook', 'l.toml', 9),
  (3, 'professionele-ruimte', 'onderwijs', 'Zeggenschap over het eigen werk.', NULL, 'o.toml', 3),
  (4, 'plg', 'onderwijs', 'Een groep die samen leert.', NULL, 'o.toml', 9),
  (5, 'senge', 'leren & ontwikkelen', 'De vijf disciplines.', NULL, 'x.toml', 3),
  (6, 'odd key/ü', 'leren & ontwikkelen', 'Een sleutel met een spatie.', NULL, 'x.toml', 9);

INSERT INTO label (id, concept_id, kind, language, text, vocabulary_line) VALUES
  (1, 1, 'pref', 'nl', 'leiderschap', 4), (2, 1, 'pref', 'en', 'leadership', 4),
  (3, 2, 'pref', 'nl', 'gespreid leiderschap', 10),
  (4, 2, 'pref', 'en', 'distributed leadership', 10),
  (5, 2, 'alt', 'nl', 'gedeeld leiderschap', 11),
  (6, 2, 'hidden', 'nl', 'gespreid leiderchap', 12),
  (7, 3, 'pref', 'nl', 'professionele ruimte', 4),
  (8, 4, 'pref', 'nl', 'professionele leergemeenschap', 10),
  (9, 4, 'pref', 'en', 'professional learning community', 10),
  (10, 4, 'alt', 'nl', 'PLG', 11),
  (11, 5, 'pref', 'nl', 'Senge''s "vijf" disciplines \ model', 4),
  (12, 6, 'pref', 'nl', 'één ding', 10);

INSERT INTO concept_relation (from_id, type, to_id, evidence_file, first_line, last_line,
                              vocabulary_line) VALUES
  (2, 'broader', 1, 'a', 1, 1, 13),
  (2, 'related', 3, 'a', 1, 1, 14),
  (4, 'requires', 3, 'a', 3, 3, 12),
  (4, 'part_of', 2, 'a', 3, 3, 13),
  (5, 'contrasts_with', 4, 'a', 3, 3, 5),
  (5, 'leads_to', 1, 'a', 3, 3, 6),
  (6, 'example_of', 5, 'a', 3, 3, 11);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)
INSERT INTO mention (concept_id, label_id, rule, passage_id, start, end, first_line, last_line,
                     text)
SELECT c.concept_id, c.label_id, 'label', 1 + n.i % 2, 0, 5, 1, 1, 'tekst'
FROM (SELECT 1 AS concept_id, 1 AS label_id, 5 AS times UNION ALL SELECT 2, 3, 4
      UNION ALL SELECT 3, 7, 2 UNION ALL SELECT 4, 8, 3 UNION ALL SELECT 5, 11, 1) c
JOIN n ON n.i <= c.times;

-- Eight paragraphs hold concepts: 1 {1,2}, 2 {1,2}, 3 {1,2,3}, 4 {1,4}, 5 {3,4}, 6 {4,5},
-- 7 {1}, 8 {2}; two sentences: 1 {1,4}, 2 {1}.
INSERT INTO concept_occurrence VALUES
  ('paragraph', 1, 1, 1), ('paragraph', 1, 2, 1), ('paragraph', 2, 1, 1), ('paragraph', 2, 2, 1),
  ('paragraph', 3, 1, 1), ('paragraph', 3, 2, 1), ('paragraph', 3, 3, 1), ('paragraph', 4, 1, 1),
  ('paragraph', 4, 4, 1), ('paragraph', 5, 3, 1), ('paragraph', 5, 4, 1), ('paragraph', 6, 4, 1),
  ('paragraph', 6, 5, 1), ('paragraph', 7, 1, 1), ('paragraph', 8, 2, 1),
  ('sentence', 1, 1, 1), ('sentence', 1, 4, 1), ('sentence', 2, 1, 1);

-- The pairs, both ways round, counted from the occurrences as the build counts them.
INSERT INTO cooccurrence
SELECT oa.level, oa.concept_id, ob.concept_id, count(*),
       (SELECT count(*) FROM concept_occurrence x
         WHERE x.level = oa.level AND x.concept_id = oa.concept_id),
       (SELECT count(*) FROM concept_occurrence x
         WHERE x.level = oa.level AND x.concept_id = ob.concept_id),
       (SELECT count(DISTINCT unit_id) FROM concept_occurrence x WHERE x.level = oa.level)
FROM concept_occurrence oa
JOIN concept_occurrence ob
  ON ob.level = oa.level AND ob.unit_id = oa.unit_id AND ob.concept_id <> oa.concept_id
GROUP BY oa.level, oa.concept_id, ob.concept_id;
INSERT INTO meta VALUES ('vocabulary_hash', 'abc123');
)sql";

// Creates the fixture database at `path` (which must not exist yet).
inline void create_database(const std::filesystem::path& path) {
  store::Database db = store::Database::open(path, store::OpenMode::kCreate);
  db.exec("BEGIN");  // one transaction: one write to disk instead of one per statement
  store::create_schema(db);
  db.exec(kSourcesSql);
  db.exec(kConceptsSql);
  db.exec("COMMIT");
}

}  // namespace domain_fixture
