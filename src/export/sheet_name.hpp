// export/sheet_name.hpp — making any text a valid, unique Excel sheet name.
//
// Excel refuses a workbook whose sheet names break its rules (it offers to "repair" the
// file), and libxlsxwriter refuses to add such a sheet. valid_sheet_name() makes a name
// valid instead of failing, so that any title a user or a script gives can name a sheet:
//   1. invalid UTF-8 becomes U+FFFD; each of the characters [ ] : * ? / \ and each control
//      character becomes '_';
//   2. the name is cut to 31 characters (counted as Excel counts them, in UTF-16 units, so
//      a character beyond U+FFFF counts twice), never inside a character;
//   3. spaces at the start and the end are dropped (they are invisible on a tab and make
//      two names look alike); an apostrophe at the start or the end becomes '_' (Excel
//      forbids both);
//   4. an empty name becomes "Sheet<N>", N = the number of names taken plus one;
//   5. a name already taken, compared as Excel compares them (ignoring case: ASCII and the
//      Latin-1 letters, so "Één" equals "één"), or the name "History" that Excel reserves,
//      gets " (2)", " (3)" ... appended, its base cut shorter where the 31 require it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace exporter {

inline constexpr std::size_t kMaxSheetNameLength = 31;

// `requested` made valid and different from every name in `taken` (see above).
std::string valid_sheet_name(std::string_view requested, const std::vector<std::string>& taken);

// `name` with ASCII and Latin-1 capitals made small: equal for names Excel takes as equal.
std::string sheet_name_key(std::string_view name);

}  // namespace exporter
