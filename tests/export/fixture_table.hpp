// tests/export/fixture_table.hpp — the table every writer is tested on: values that break
// naive writers (diacritics, quotes, separators, line breaks, empty string vs NULL, "007",
// "=1+1", integers beyond 2^53, small and awkward floats, a long text, markup, a blob).
//
// read_back.py holds the same table, written out independently, to check what the real
// clients (Python's csv and json, openpyxl, pandoc, html.parser) read back.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/value.hpp"

namespace export_fixture {

inline std::vector<std::string> columns() {
  return {"kind", "text, \"raw\"", "integer", "float"};
}

// About 440 characters of our own words, to test width caps and long cells.
inline std::string long_text() {
  std::string text;
  for (int i = 0; i < 10; ++i)
    text += "gespreid leiderschap en leren in organisaties; ";
  return text;
}

inline std::vector<std::vector<store::Value>> rows() {
  using store::Value;
  const Value null = store::Null{};
  auto integer = [](std::int64_t v) { return Value{v}; };
  auto text = [](std::string v) { return Value{std::move(v)}; };
  return {
      {text("diacritics"), text("co\xC3\xB6peratie \xC3\xA9\xC3\xA9n"), integer(1), Value{0.1}},
      {text("double quote"), text("zeg \"hoi\""), integer(0), Value{1e-7}},
      {text("single quote"), text("'t Hooft's"), integer(-42), Value{2.0}},
      {text("separators"), text("a,b;c\td|e"), integer(std::int64_t{1} << 62), Value{-0.5}},
      {text("crlf"), text("regel 1\r\nregel 2"), integer(std::int64_t{1} << 53), Value{1.0 / 3.0}},
      {text("lf"), text("regel 1\nregel 2"), integer((std::int64_t{1} << 53) + 1),
       Value{123456789012345.0}},
      {text("empty string"), text(""), null, null},
      {text("null"), null, null, null},
      {text("leading zero"), text("007"), integer(7), Value{0.0}},
      {text("formula"), text("=1+1"), integer(INT64_MIN), null},
      {text("markup"), text("<b>&amp;</b> *x* _y_ [z](u) `c` \\ ~~s~~"), null, null},
      {text("excel escape"), text("_x0041_ and _x000D_"), null, null},
      {text("long text"), text(long_text()), null, null},
      {text("spaces"), text("  two  spaces  "), null, null},
      {text("blob"), Value{store::Blob{{1, 2, 3}}}, null, null},
  };
}

}  // namespace export_fixture
