// app/query_command.cpp — `conceptdb query SQL`: one read-only statement, rows to stdout.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/commands.hpp"
#include "app/paths.hpp"
#include "export/row_writer.hpp"
#include "store/schema.hpp"
#include "store/script_guard.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace app {

namespace {

struct QueryArgs {
  std::string sql;
  std::string format = "table";
  std::string database;
};

int run_query(const QueryArgs& args) {
  const auto path =
      args.database.empty() ? default_database() : std::filesystem::path(args.database);
  store::Database db = store::open_conceptdb(path, store::OpenMode::kReadOnly);
  db.forbid_attach();
  store::Transaction transaction(db);
  std::unique_ptr<exporter::RowWriter> writer = exporter::make_row_writer(args.format, std::cout);
  {
    store::ScriptGuard guard(db);
    store::Statement st = db.prepare(args.sql);
    std::vector<std::string> columns;
    for (int i = 0; i < st.column_count(); ++i)
      columns.push_back(st.column_name(i));
    writer->begin(columns);
    std::vector<store::Value> values(columns.size());
    while (st.step()) {
      for (int i = 0; i < st.column_count(); ++i)
        values[i] = st.column_value(i);
      writer->row(values);
    }
    writer->end();
  }
  transaction.commit();
  return 0;
}

}  // namespace

void register_query_command(CLI::App& cli, int& exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "query",
      "Run one read-only SQL statement and print its rows.\n"
      "Example: conceptdb query \"SELECT key, title FROM v_document\" --format csv");
  cmd->add_option("sql", args->sql, "the SQL statement")->required();
  std::vector<std::string> formats;
  for (auto f : exporter::row_formats())
    formats.emplace_back(f);
  cmd->add_option("--format", args->format, "output format")
      ->check(CLI::IsMember(formats))
      ->default_str("table");
  cmd->add_option("--db", args->database,
                  "database to use (default: db/conceptdb.sqlite, "
                  "searched from the current folder upwards)");
  cmd->callback([args, &exit_code] { exit_code = run_query(*args); });
}

}  // namespace app
