// report/numbers.hpp — numbers as a reader sees them, the same on every machine.
//
// Integers are written exactly (no grouping, so they copy into a spreadsheet as they are);
// floats are rounded to a fixed number of decimals with the report language's decimal mark.
// The digits come from std::to_chars, which rounds correctly and ignores the C locale, so
// the output never depends on where or when it is rendered.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "report/report.hpp"
#include "store/value.hpp"

namespace report {

// `value` exactly: "-12", "9007199254740993".
std::string format_integer(std::int64_t value);

// `value` with `decimals` digits after `decimal_mark`: format_decimal(0.25, 2, ',') is
// "0,25". A non-zero value that would round to zero keeps two significant digits instead
// (0.00042 → "0,00042") so that it is not shown as nothing; -0 is "0". NaN is "NaN" and the
// infinities are "∞" and "-∞".
std::string format_decimal(double value, int decimals, char decimal_mark);

// A whole-numbered double as an integer ("5"), any other as format_decimal.
std::string format_measure(double value, int decimals, char decimal_mark);

// A table cell: NULL as "", integers exactly, floats as format_decimal, text as it is, a
// blob as "(N bytes)".
std::string format_value(const store::Value& value, int decimals, char decimal_mark);

// True for integer and float values.
bool is_number(const store::Value& value);

// Per column of `table`: true when it holds at least one number and nothing but numbers and
// NULLs. Renderers right-align these columns.
std::vector<bool> numeric_columns(const Table& table);

// A coordinate or length in SVG: '.' as the mark, at most two decimals, no trailing zeros.
std::string svg_number(double value);

// A scale from 0 for values up to `max_value`: `step` is 1, 2 or 5 times a power of ten,
// the smallest such that at most eight steps reach `top` >= max_value; with `whole_steps`
// (counts) the step is at least 1. max_value <= 0 gives a scale of 0..1.
struct Scale {
  double step = 1;
  double top = 1;
  int decimals = 0;  // decimals that show each tick exactly
};
Scale nice_scale(double max_value, bool whole_steps);

}  // namespace report
