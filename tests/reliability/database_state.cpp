// tests/reliability/database_state.cpp — integrity check and row hash through the store layer.
#include "reliability/database_state.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "ingest/sha256.hpp"
#include "store/database.hpp"
#include "store/statement.hpp"
#include "support/test_support.hpp"

namespace reliability {

namespace {

// One row as text; the type tag keeps 1 (integer), 1.0 (real) and '1' (text) apart.
std::string row_text(const store::Statement& st) {
  std::string row;
  for (int i = 0; i < st.column_count(); ++i) {
    switch (st.column_type(i)) {
      case store::ColumnType::kNull:
        row += "N";
        break;
      case store::ColumnType::kInteger:
        row += "I" + std::to_string(st.column_int64(i));
        break;
      case store::ColumnType::kFloat:
        row += "F" + std::to_string(st.column_double(i));
        break;
      default:
        row +=
            "T" + std::to_string(st.column_text(i).size()) + ":" + std::string(st.column_text(i));
        break;
    }
    row += '\x1f';
  }
  return row;
}

std::string hash_tables(store::Database& db, std::int64_t& tables) {
  std::vector<std::string> names;
  {
    auto st = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name");
    while (st.step())
      names.emplace_back(st.column_text(0));
  }
  std::string all;
  for (const std::string& name : names) {
    auto st = db.prepare("SELECT * FROM \"" + name + "\"");
    std::vector<std::string> rows;
    while (st.step()) {
      std::string row = row_text(st);
      if (name == "meta" && row.starts_with("T8:built_at")) continue;
      rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());  // row order on disk is not part of the content
    all += name + "\n";
    for (const std::string& row : rows)
      all += row + "\n";
  }
  tables = static_cast<std::int64_t>(names.size());
  return ingest::sha256_hex(all);
}

}  // namespace

DatabaseState inspect_database(const std::filesystem::path& path) {
  DatabaseState state;
  try {
    if (!std::filesystem::is_regular_file(path)) {
      state.error = "no database file at " + path.string();
      return state;
    }
    store::Database db = store::Database::open(path, store::OpenMode::kReadOnly);
    {
      auto check = db.prepare("PRAGMA integrity_check");
      std::string verdict;
      while (check.step())
        verdict += std::string(check.column_text(0)) + ";";
      if (verdict != "ok;") {
        state.error = "integrity_check: " + verdict;
        return state;
      }
    }
    state.fingerprint = hash_tables(db, state.tables);
  } catch (const std::exception& e) {
    state.error = e.what();
  }
  return state;
}

std::string folder_fingerprint(const std::filesystem::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    files[std::filesystem::relative(entry.path(), folder).string()] =
        ingest::sha256_hex(testing_support::read_file(entry.path()));
  }
  std::string out;
  for (const auto& [name, hash] : files)
    out += name + " " + hash + "\n";
  return out;
}

std::vector<std::string> files_containing(const std::filesystem::path& folder,
                                          const std::string& fragment) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.find(fragment) != std::string::npos) out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace reliability
