// tests/support/db_rows.hpp — the rows of a query on a built database as "a|b|c" strings,
// for compact comparisons in tests that link the store layer.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "store/schema.hpp"
#include "store/statement.hpp"

namespace testing_support {

inline std::vector<std::string> db_rows(const std::filesystem::path& database,
                                        const std::string& sql) {
  store::Database db = store::open_conceptdb(database, store::OpenMode::kReadOnly);
  store::Statement st = db.prepare(sql);
  std::vector<std::string> out;
  while (st.step()) {
    std::string row;
    for (int i = 0; i < st.column_count(); ++i) {
      if (i > 0) row += "|";
      row += st.is_null(i) ? "NULL" : std::string(st.column_text(i));
    }
    out.push_back(row);
  }
  return out;
}

}  // namespace testing_support
