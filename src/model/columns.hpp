// model/columns.hpp — reading one column of a result row as the findings need it.
#pragma once

#include <string>

#include "store/statement.hpp"

namespace model {

// The text of a column; NULL reads as "".
inline std::string text_of(const store::Statement& st, int column) {
  return st.is_null(column) ? std::string() : std::string(st.column_text(column));
}

inline int int_of(const store::Statement& st, int column) {
  return static_cast<int>(st.column_int64(column));
}

}  // namespace model
