// Tests of finding the abbreviations a text defines.
#include <gtest/gtest.h>

#include "ingest/abbreviations.hpp"

namespace {

using ingest::find_defined_abbreviations;

TEST(AbbreviationsTest, LongFormBeforeTheShortFormInBrackets) {
  const std::string text = "Scholen vormen professionele leergemeenschappen (PLG’s) met elkaar.";
  const auto found = find_defined_abbreviations(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].short_form, "PLG");
  EXPECT_EQ(found[0].expansion, "professionele leergemeenschappen");
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin),
            "professionele leergemeenschappen (PLG’s)");
}

TEST(AbbreviationsTest, ShortFormBeforeTheLongFormInBrackets) {
  const auto found =
      find_defined_abbreviations("Het werk van de HRD (human resource development).");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].short_form, "HRD");
  EXPECT_EQ(found[0].expansion, "human resource development");
}

TEST(AbbreviationsTest, BracketsThatDefineNothingAreIgnored) {
  EXPECT_TRUE(find_defined_abbreviations("Leren is sociaal (Kessels, 2001).").empty());
  EXPECT_TRUE(find_defined_abbreviations("Een groep mensen (PLG) is er.").empty());
  EXPECT_TRUE(find_defined_abbreviations("zie (ABC) hier").empty());
}

}  // namespace
