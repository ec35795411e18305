// Unit tests for canonical sources (ingest/source_resolver): identity across spellings,
// stable keys, the et al. and spelling merges, look-alikes kept apart, hand-made decisions.
#include <gtest/gtest.h>

#include "ingest/source_resolver.hpp"

namespace {

using ingest::CitedWork;
using ingest::resolve_sources;
using ingest::SourceResolution;

CitedWork work(std::vector<std::string> authors, std::string year, bool et_al = false) {
  CitedWork w;
  w.authors = std::move(authors);
  w.year = std::move(year);
  w.et_al = et_al;
  return w;
}

const ingest::ResolvedSource& source_of(const SourceResolution& r, std::size_t work) {
  return r.sources[r.source_of[work]];
}

TEST(SourceResolverTest, MakesStableKeysFromSurnamesAndYear) {
  const auto r =
      resolve_sources({work({"Kessels"}, "2001"), work({"Bakker", "Schaufeli"}, "2008"),
                       work({"Stam"}, "2007b"), work({"Kessels", "Verdonk", "Jong"}, "2011"),
                       work({"Van der Waals"}, "2001"), work({"Körner"}, "2022", true)});
  EXPECT_EQ(source_of(r, 0).key, "kessels2001");
  EXPECT_EQ(source_of(r, 1).key, "bakker-schaufeli2008");
  EXPECT_EQ(source_of(r, 2).key, "stam2007b");
  EXPECT_EQ(source_of(r, 3).key, "kessels-etal2011");
  EXPECT_EQ(source_of(r, 4).key, "waals2001");
  EXPECT_EQ(source_of(r, 5).key, "korner-etal2022");
}

TEST(SourceResolverTest, MergesSpellingsOfParticlesHyphensAndAuthorOrder) {
  const auto r = resolve_sources(
      {work({"Lakerveld"}, "2005"), work({"van Lakerveld"}, "2005"),
       work({"Feldman-Barrett"}, "2017"), work({"Feldman Barrett"}, "2017"), work({"Waal"}, "2014"),
       work({"De Waal"}, "2014"), work({"Schön", "Argyris"}, "1978"),
       work({"Argyris", "Schön"}, "1978"), work({"Argyris", "Schon"}, "1978")});
  ASSERT_EQ(r.sources.size(), 4u);
  EXPECT_EQ(r.source_of[0], r.source_of[1]);
  EXPECT_EQ(r.source_of[2], r.source_of[3]);
  EXPECT_EQ(r.source_of[4], r.source_of[5]);
  EXPECT_EQ(r.source_of[6], r.source_of[7]);
  EXPECT_EQ(r.source_of[7], r.source_of[8]);
  EXPECT_EQ(source_of(r, 4).first_author, "De Waal");  // a tie goes to the fuller spelling
  EXPECT_EQ(source_of(r, 0).variants.size(), 2u);
}

TEST(SourceResolverTest, KeepsWorksWithTheSameFirstAuthorAndYearApart) {
  const auto r =
      resolve_sources({work({"Ruijters"}, "2006"), work({"Ruijters", "Simons"}, "2006")});
  ASSERT_EQ(r.sources.size(), 2u);
  EXPECT_EQ(source_of(r, 0).key, "ruijters2006");
  EXPECT_EQ(source_of(r, 1).key, "ruijters-simons2006");
  ASSERT_EQ(r.decisions.size(), 1u);
  EXPECT_FALSE(r.decisions[0].merged);
  EXPECT_NE(r.decisions[0].reason.find("author lists differ"), std::string::npos);
}

TEST(SourceResolverTest, KeepsYearSuffixesApart) {
  const auto r = resolve_sources({work({"Kessels"}, "1996a"), work({"Kessels"}, "1996b")});
  EXPECT_EQ(r.sources.size(), 2u);
}

TEST(SourceResolverTest, MergesEtAlIntoTheOnlyWorkWithCoAuthors) {
  const auto r =
      resolve_sources({work({"Wenger"}, "2002", true),
                       work({"Wenger", "McDermott", "Snyder"}, "2002"), work({"Wenger"}, "1998")});
  ASSERT_EQ(r.sources.size(), 2u);
  EXPECT_EQ(r.source_of[0], r.source_of[1]);
  EXPECT_EQ(source_of(r, 0).key, "wenger-etal2002");
  EXPECT_EQ(source_of(r, 0).authors.size(), 3u);
  EXPECT_NE(source_of(r, 0).merge_note.find("only work"), std::string::npos);
}

TEST(SourceResolverTest, KeepsEtAlApartWhenSeveralWorksCouldBeMeant) {
  const auto r = resolve_sources({work({"Fenna"}, "2017", true), work({"Fenna", "Quist"}, "2017"),
                                  work({"Fenna", "Gaal", "Dros"}, "2017")});
  EXPECT_EQ(r.sources.size(), 3u);
  int kept = 0;
  for (const auto& d : r.decisions)
    kept += d.merged ? 0 : 1;
  EXPECT_GE(kept, 2);
}

TEST(SourceResolverTest, MergesAMisspelledCoAuthor) {
  const auto r = resolve_sources({work({"Fenna", "Quist", "McKeachen"}, "2017"),
                                  work({"Fenna", "Quist", "McEachen"}, "2017")});
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_NE(r.sources[0].merge_note.find("McKeachen / McEachen"), std::string::npos);
}

TEST(SourceResolverTest, ListsANearFirstAuthorAndAnEditionWithoutMerging) {
  const auto r = resolve_sources({work({"Ichio"}, "2007"), work({"Ichijo", "Nonaka"}, "2007"),
                                  work({"Nonaka", "Takeuchi"}, "1995"),
                                  work({"Nonaka", "Takeuchi"}, "1995/2003")});
  EXPECT_EQ(r.sources.size(), 4u);
  std::vector<std::string> reasons;
  for (const auto& d : r.decisions) {
    EXPECT_FALSE(d.merged);
    reasons.push_back(d.reason);
  }
  ASSERT_EQ(reasons.size(), 2u);
  EXPECT_NE(reasons[0].find("a letter or two"), std::string::npos);
  EXPECT_NE(reasons[1].find("edition"), std::string::npos);
}

TEST(SourceResolverTest, GivesCollidingKeysADistinctSuffix) {
  const auto r = resolve_sources(
      {work({"Kessels", "Verdonk", "Jong"}, "2011"), work({"Kessels", "Plomp", "Smit"}, "2011")});
  ASSERT_EQ(r.sources.size(), 2u);
  EXPECT_NE(r.sources[0].key, r.sources[1].key);
  EXPECT_EQ(source_of(r, 0).key, "kessels-verdonk-etal2011");
  EXPECT_EQ(source_of(r, 1).key, "kessels-plomp-etal2011");
}

TEST(SourceResolverTest, AppliesHandMadeMergesAndKeepsApart) {
  ingest::SourceOverrides overrides;
  overrides.merges.push_back({{"nonaka-takeuchi1995", "nonaka-takeuchi1995-2003"}, "one book"});
  // Alone, the two spellings would be known as these keys (the merge note names them).
  overrides.aparts.push_back({"fenna-quist-etal2017", "fenna-quist-etal2017-2", "two"});
  const auto r = resolve_sources(
      {work({"Nonaka", "Takeuchi"}, "1995"), work({"Nonaka", "Takeuchi"}, "1995/2003"),
       work({"Fenna", "Quist", "McKeachen"}, "2017"), work({"Fenna", "Quist", "McEachen"}, "2017")},
      overrides);
  EXPECT_EQ(r.source_of[0], r.source_of[1]);
  EXPECT_NE(source_of(r, 0).merge_note.find("by hand"), std::string::npos);
  EXPECT_NE(r.source_of[2], r.source_of[3]);
}

TEST(SourceResolverTest, KeepsALawAsALegalSource) {
  CitedWork law;
  law.authors = {"Burgerlijk Wetboek"};
  law.legal = true;
  const auto r = resolve_sources({law, law});
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].kind, "legal");
  EXPECT_EQ(r.sources[0].key, "burgerlijkwetboek");
}

TEST(SourceResolverTest, FoldsDiacriticsToAscii) {
  EXPECT_EQ(ingest::fold_to_ascii("Schön Caluwé Hartyándi Müller Thönissen Ĳsselmeer"),
            "Schon Caluwe Hartyandi Muller Thonissen IJsselmeer");
  EXPECT_EQ(ingest::surname_identity("Van der Waals", false), "waals");
  EXPECT_EQ(ingest::surname_identity("Kets de Vries", false), "ketsdevries");
  EXPECT_EQ(ingest::surname_identity("Gemeente Venlo", true), "gemeentevenlo");
}

}  // namespace
