// ingest/row_batch.hpp — many rows per INSERT statement, for the tables a build fills by the
// hundred thousand (co-occurrence pairs, occurrences, mentions, passage spans).
//
// Every INSERT that SQLite runs costs a fixed overhead (reset, binding, opening the table,
// halting) on top of the B-tree insert itself; for narrow rows that overhead is most of the
// cost. A RowBatch collects whole rows and stores them kRowsPerStatement at a time with one
// prepared multi-row INSERT, the rest with a one-row INSERT. Rows go in in the order they
// were added, so SQLite gives them the row ids that one INSERT per row would have given.
//
// Rows are only in the database after flush(): call it before anything reads the table, and
// before the transaction commits. The destructor does not flush (it must not throw); rows
// still pending when a RowBatch is destroyed are dropped, which is only right when the build
// is failing anyway.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.hpp"
#include "store/statement.hpp"
#include "store/value.hpp"

namespace ingest {

class RowBatch {
 public:
  static constexpr int kRowsPerStatement = 64;

  // `table_and_columns`: "cooccurrence(level, a_id, b_id)"; `columns`: how many there are.
  RowBatch(store::Database& db, std::string_view table_and_columns, int columns);

  // Appends the next value of the row being built (in column order); once a row has all its
  // columns it is complete, and a full batch of rows is stored at once.
  RowBatch& add(std::int64_t value);
  RowBatch& add(int value) { return add(static_cast<std::int64_t>(value)); }
  RowBatch& add(std::string_view text);
  RowBatch& add_null();

  // Stores every complete row not stored yet. Throws std::logic_error when a row is
  // incomplete (a caller's bug), StoreError when SQLite refuses a row.
  void flush();

  // Rows added so far, stored or not.
  std::size_t rows() const { return rows_; }

 private:
  void value_added();
  void store(store::Statement& st, std::size_t first_value, int rows);

  std::string table_and_columns_;
  int columns_;
  store::Statement many_;
  store::Statement one_;
  std::vector<store::Value> pending_;  // complete rows, then the row being built
  std::size_t rows_ = 0;
};

// ---------------------------------------------------------------- implementation

namespace row_batch_detail {

inline std::string insert_sql(std::string_view table_and_columns, int columns, int rows) {
  std::string row = "(";
  for (int c = 0; c < columns; ++c)
    row += c == 0 ? "?" : ", ?";
  row += ")";
  std::string sql = "INSERT INTO ";
  sql += table_and_columns;
  sql += " VALUES ";
  for (int r = 0; r < rows; ++r) {
    if (r > 0) sql += ", ";
    sql += row;
  }
  return sql;
}

}  // namespace row_batch_detail

inline RowBatch::RowBatch(store::Database& db, std::string_view table_and_columns, int columns)
    : table_and_columns_(table_and_columns),
      columns_(columns),
      many_(db, row_batch_detail::insert_sql(table_and_columns, columns, kRowsPerStatement)),
      one_(db, row_batch_detail::insert_sql(table_and_columns, columns, 1)) {
  pending_.reserve(static_cast<std::size_t>(columns) * kRowsPerStatement);
}

inline RowBatch& RowBatch::add(std::int64_t value) {
  pending_.emplace_back(value);
  value_added();
  return *this;
}

inline RowBatch& RowBatch::add(std::string_view text) {
  pending_.emplace_back(std::string(text));
  value_added();
  return *this;
}

inline RowBatch& RowBatch::add_null() {
  pending_.emplace_back(store::Null{});
  value_added();
  return *this;
}

inline void RowBatch::value_added() {
  const auto per_row = static_cast<std::size_t>(columns_);
  if (pending_.size() % per_row != 0) return;
  ++rows_;
  if (pending_.size() == per_row * kRowsPerStatement) {
    store(many_, 0, kRowsPerStatement);
    pending_.clear();
  }
}

inline void RowBatch::flush() {
  const auto per_row = static_cast<std::size_t>(columns_);
  if (pending_.size() % per_row != 0) {
    throw std::logic_error("row batch for " + table_and_columns_ +
                           ": flushed in the middle of a row (a bug of the caller)");
  }
  for (std::size_t first = 0; first < pending_.size(); first += per_row)
    store(one_, first, 1);
  pending_.clear();
}

inline void RowBatch::store(store::Statement& st, std::size_t first_value, int rows) {
  st.reset();
  const std::size_t count = static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns_);
  for (std::size_t i = 0; i < count; ++i)
    st.bind(static_cast<int>(i + 1), pending_[first_value + i]);
  st.run();
}

}  // namespace ingest
