// Tests report/numbers.hpp: integers exactly, floats rounded with the decimal mark, scales.
#include "report/numbers.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

namespace {

using report::format_decimal;
using report::format_measure;
using report::format_value;

TEST(Numbers, IntegersAreExact) {
  EXPECT_EQ(report::format_integer(0), "0");
  EXPECT_EQ(report::format_integer(-42), "-42");
  EXPECT_EQ(report::format_integer(9007199254740993), "9007199254740993");  // 2^53 + 1
  EXPECT_EQ(report::format_integer(std::numeric_limits<std::int64_t>::min()),
            "-9223372036854775808");
}

TEST(Numbers, FloatsAreRoundedToFixedDecimals) {
  EXPECT_EQ(format_decimal(0.4167, 2, ','), "0,42");
  EXPECT_EQ(format_decimal(0.4167, 2, '.'), "0.42");
  EXPECT_EQ(format_decimal(2.5, 2, ','), "2,50");  // fixed, so columns line up
  EXPECT_EQ(format_decimal(1234.5678, 1, ','), "1234,6");
  EXPECT_EQ(format_decimal(0.999, 2, ','), "1,00");
  EXPECT_EQ(format_decimal(7.0, 0, ','), "7");
  EXPECT_EQ(format_decimal(-3.14159, 3, ','), "-3,142");
}

TEST(Numbers, SmallFloatsAreNotShownAsZero) {
  EXPECT_EQ(format_decimal(0.00042, 2, ','), "0,00042");
  EXPECT_EQ(format_decimal(-0.004, 2, '.'), "-0.0040");
  EXPECT_EQ(format_decimal(0.0, 2, ','), "0,00");
  EXPECT_EQ(format_decimal(-0.0, 2, ','), "0,00");
}

TEST(Numbers, SpecialFloats) {
  EXPECT_EQ(format_decimal(std::nan(""), 2, ','), "NaN");
  EXPECT_EQ(format_decimal(std::numeric_limits<double>::infinity(), 2, ','), "\xE2\x88\x9E");
  EXPECT_EQ(format_decimal(-std::numeric_limits<double>::infinity(), 2, ','), "-\xE2\x88\x9E");
}

TEST(Numbers, MeasuresShowWholeNumbersAsIntegers) {
  EXPECT_EQ(format_measure(87.0, 2, ','), "87");
  EXPECT_EQ(format_measure(0.375, 2, ','), "0,38");
  EXPECT_EQ(format_measure(1e300, 2, '.').substr(0, 4), "1000");  // no exponent notation
}

TEST(Numbers, ValuesAsTableCells) {
  EXPECT_EQ(format_value(store::Value{store::Null{}}, 2, ','), "");
  EXPECT_EQ(format_value(store::Value{std::int64_t{12}}, 2, ','), "12");
  EXPECT_EQ(format_value(store::Value{0.5}, 3, ','), "0,500");
  EXPECT_EQ(format_value(store::Value{std::string("1,5 <x>")}, 2, ','), "1,5 <x>");
  EXPECT_EQ(format_value(store::Value{store::Blob{{1, 2, 3}}}, 2, ','), "(3 bytes)");
}

TEST(Numbers, NumericColumnsNeedANumberAndNothingElse) {
  const report::Table table{{"n", "mixed", "nulls", "text"},
                            {{std::int64_t{1}, std::int64_t{1}, store::Null{}, std::string("a")},
                             {store::Null{}, std::string("x"), store::Null{}, std::string("b")},
                             {0.5, 2.0, store::Null{}, std::string("c")}},
                            "",
                            2};
  EXPECT_EQ(report::numeric_columns(table), (std::vector<bool>{true, false, false, false}));
  EXPECT_EQ(report::numeric_columns(report::Table{{"a"}, {}, "", 2}), std::vector<bool>{false});
}

TEST(Numbers, SvgNumbersUseAPointAndFewDigits) {
  EXPECT_EQ(report::svg_number(12.0), "12");
  EXPECT_EQ(report::svg_number(12.345), "12.35");
  EXPECT_EQ(report::svg_number(0.1), "0.1");
  EXPECT_EQ(report::svg_number(-0.001), "0");
}

TEST(Numbers, NiceScalesUseRoundSteps) {
  auto scale = report::nice_scale(87, true);
  EXPECT_EQ(scale.step, 20);
  EXPECT_EQ(scale.top, 100);
  scale = report::nice_scale(37, true);
  EXPECT_EQ(scale.step, 5);
  EXPECT_EQ(scale.top, 40);
  scale = report::nice_scale(3, true);  // counts: no half steps
  EXPECT_EQ(scale.step, 1);
  EXPECT_EQ(scale.top, 3);
  scale = report::nice_scale(0.9, false);
  EXPECT_DOUBLE_EQ(scale.step, 0.2);
  EXPECT_DOUBLE_EQ(scale.top, 1.0);
  EXPECT_EQ(scale.decimals, 1);
  scale = report::nice_scale(0, true);
  EXPECT_EQ(scale.top, 1);
}

}  // namespace
