// app/query_command.cpp — `conceptdb query SQL`: one read-only statement, its rows to stdout
// or, with --output, to a file written atomically (the format from --format or else from
// the file's extension).
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/commands.hpp"
#include "app/paths.hpp"
#include "export/row_file.hpp"
#include "export/row_writer.hpp"
#include "store/schema.hpp"
#include "store/script_guard.hpp"
#include "store/statement.hpp"
#include "store/transaction.hpp"

namespace app {

namespace {

struct QueryArgs {
  std::string sql;
  std::string format;  // empty: from the extension of `output`, else "table"
  std::string output;
  bool byte_order_mark = false;
  std::string separator;  // empty: the format's own
  bool decimal_comma = false;
  std::string database;
};

std::string format_names() {
  std::string names;
  for (auto f : exporter::row_formats()) {
    if (!names.empty()) names += ", ";
    names += f;
  }
  return names;
}

std::string chosen_format(const QueryArgs& args) {
  if (!args.format.empty()) return args.format;
  if (args.output.empty()) return "table";
  std::string format = exporter::format_from_extension(args.output);
  if (format.empty()) {
    throw CLI::ValidationError("--output", "cannot tell the format of " + args.output +
                                               " from its extension; add --format (one of " +
                                               format_names() + ")");
  }
  return format;
}

char separator_character(const std::string& text) {
  if (text == "\\t" || text == "tab") return '\t';
  if (text.size() != 1 || text == "\"" || text == "\r" || text == "\n") {
    throw CLI::ValidationError("--separator", "'" + text +
                                                  "' cannot separate fields: give one "
                                                  "character such as ';' (or 'tab')");
  }
  return text[0];
}

// The options the format takes; throws a usage error for those it does not.
exporter::ExportOptions export_options(const QueryArgs& args, const std::string& format) {
  const bool csv = format == "csv";
  const bool csv_or_tsv = csv || format == "tsv";
  if (format == "xlsx" && args.output.empty()) {
    throw CLI::ValidationError("--format", "xlsx is written to a file: add --output FILE.xlsx");
  }
  if (!args.separator.empty() && !csv) {
    throw CLI::ValidationError("--separator", "applies to --format csv only, not " + format);
  }
  if (args.byte_order_mark && !csv_or_tsv) {
    throw CLI::ValidationError("--bom", "applies to csv and tsv only, not " + format);
  }
  if (args.decimal_comma && !csv_or_tsv) {
    throw CLI::ValidationError("--decimal-comma", "applies to csv and tsv only, not " + format);
  }
  exporter::ExportOptions options;
  if (!args.separator.empty()) options.separator = separator_character(args.separator);
  options.byte_order_mark = args.byte_order_mark;
  options.decimal_comma = args.decimal_comma;
  return options;
}

int run_query(const QueryArgs& args) {
  const std::string format = chosen_format(args);
  const exporter::ExportOptions options = export_options(args, format);
  const auto path =
      args.database.empty() ? default_database() : std::filesystem::path(args.database);
  store::Database db = store::open_conceptdb(path, store::OpenMode::kReadOnly);
  db.forbid_attach();
  store::Transaction transaction(db);
  std::size_t rows = 0;
  {
    store::ScriptGuard guard(db);
    store::Statement st = db.prepare(args.sql);
    // Opened after the statement compiled, so that a mistyped query creates nothing.
    std::unique_ptr<exporter::RowWriter> writer =
        args.output.empty() ? exporter::make_row_writer(format, std::cout, options)
                            : exporter::open_row_file(args.output, format, options);
    std::vector<std::string> columns;
    for (int i = 0; i < st.column_count(); ++i)
      columns.push_back(st.column_name(i));
    writer->begin(columns);
    std::vector<store::Value> values(columns.size());
    while (st.step()) {
      for (int i = 0; i < st.column_count(); ++i)
        values[i] = st.column_value(i);
      writer->row(values);
      ++rows;
    }
    writer->end();
  }
  transaction.commit();
  if (args.output.empty()) {
    if (!std::cout) throw std::runtime_error("cannot write the rows to standard output");
  } else {
    fmt::print(stderr, "wrote {}: {} {}\n", args.output, rows, rows == 1 ? "row" : "rows");
  }
  return 0;
}

}  // namespace

void register_query_command(CLI::App& cli, int& exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "query",
      "Run one read-only SQL statement and print its rows, or write them to a file.\n"
      "Examples:\n"
      "  conceptdb query \"SELECT key, title FROM v_document\" --format csv\n"
      "  conceptdb query \"SELECT * FROM v_concept\" --output concepts.xlsx\n"
      "  conceptdb query \"SELECT * FROM v_source\" --output bronnen.csv --separator ';' --bom");
  cmd->add_option("sql", args->sql, "the SQL statement")->required();
  std::vector<std::string> formats;
  for (auto f : exporter::row_formats())
    formats.emplace_back(f);
  cmd->add_option("--format", args->format,
                  "output format (default: from the extension of --output, else table; "
                  "xlsx only with --output)")
      ->check(CLI::IsMember(formats));
  cmd->add_option("-o,--output", args->output,
                  "write to this file instead of stdout; it is replaced only when complete");
  cmd->add_flag("--bom", args->byte_order_mark,
                "csv, tsv: start with a UTF-8 byte order mark, so that Excel reads UTF-8");
  cmd->add_option("--separator", args->separator,
                  "csv: the field separator, e.g. ';' for Excel in a Dutch locale");
  cmd->add_flag("--decimal-comma", args->decimal_comma,
                "csv, tsv: floats with a decimal comma (0,25), as a Dutch Excel reads them");
  cmd->add_option("--db", args->database,
                  "database to use (default: db/conceptdb.sqlite, "
                  "searched from the current folder upwards)");
  cmd->callback([args, &exit_code] { exit_code = run_query(*args); });
}

}  // namespace app
