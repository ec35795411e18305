// report/numbers.cpp — exact integers, fixed-point floats and tick steps.
#include "report/numbers.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace report {

namespace {

std::string fixed(double value, int decimals) {
  std::array<char, 400> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                    std::chars_format::fixed, decimals);
  return std::string(buffer.data(), result.ptr);
}

bool is_all_zero_digits(const std::string& text) {
  for (const char c : text) {
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

// Decimals that give `value` two significant digits (value != 0, |value| < 1).
int decimals_for_two_significant_digits(double value) {
  const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
  return -exponent + 1;
}

}  // namespace

std::string format_integer(std::int64_t value) {
  std::array<char, 24> buffer{};
  const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), result.ptr);
}

std::string format_decimal(double value, int decimals, char decimal_mark) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "\xE2\x88\x9E" : "-\xE2\x88\x9E";
  std::string text = fixed(value, decimals);
  if (is_all_zero_digits(text)) {
    if (value == 0) {
      text = fixed(0.0, decimals);  // no "-0"
    } else {
      text = fixed(value, decimals_for_two_significant_digits(value));
    }
  }
  for (char& c : text) {
    if (c == '.') c = decimal_mark;
  }
  return text;
}

std::string format_measure(double value, int decimals, char decimal_mark) {
  // 2^53: beyond it every double is whole, but no longer an exact count.
  if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
    return format_integer(static_cast<std::int64_t>(value));
  return format_decimal(value, decimals, decimal_mark);
}

std::string format_value(const store::Value& value, int decimals, char decimal_mark) {
  if (const auto* i = std::get_if<std::int64_t>(&value)) return format_integer(*i);
  if (const auto* d = std::get_if<double>(&value))
    return format_decimal(*d, decimals, decimal_mark);
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* b = std::get_if<store::Blob>(&value))
    return "(" + std::to_string(b->bytes.size()) + " bytes)";
  return "";
}

bool is_number(const store::Value& value) {
  return std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value);
}

std::vector<bool> numeric_columns(const Table& table) {
  std::vector<bool> any_number(table.columns.size(), false);
  std::vector<bool> only_numbers(table.columns.size(), true);
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      if (is_number(row[c]))
        any_number[c] = true;
      else if (!store::is_null(row[c]))
        only_numbers[c] = false;
    }
  }
  std::vector<bool> numeric(table.columns.size());
  for (std::size_t c = 0; c < numeric.size(); ++c)
    numeric[c] = any_number[c] && only_numbers[c];
  return numeric;
}

std::string svg_number(double value) {
  std::string text = fixed(std::round(value * 100) / 100, 2);
  while (text.back() == '0')
    text.pop_back();
  if (text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

Scale nice_scale(double max_value, bool whole_steps) {
  if (!(max_value > 0)) return Scale{};
  // The smallest step of the form {1,2,5}·10^k that reaches max_value in at most 8 steps.
  const double magnitude = std::pow(10.0, std::floor(std::log10(max_value / 8)));
  for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
    const double step = factor * magnitude;
    if (whole_steps && step < 1) continue;
    const double steps = std::ceil(max_value / step - 1e-9);
    if (steps <= 8) {
      Scale scale;
      scale.step = step;
      scale.top = steps * step;
      const int exponent = static_cast<int>(std::floor(std::log10(step) + 1e-9));
      scale.decimals = exponent < 0 ? -exponent : 0;
      return scale;
    }
  }
  // Reached only for whole steps below a magnitude of 1: max_value <= 8, so steps of 1 fit.
  return Scale{1, std::ceil(max_value), 0};
}

}  // namespace report
