// app/check_command.cpp — `conceptdb check`: the remaining doubts in a database, plainly.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/paths.hpp"
#include "model/citation_findings.hpp"
#include "model/concept_findings.hpp"
#include "model/diagnostics.hpp"
#include "store/schema.hpp"

namespace app {

namespace {

struct CheckArgs {
  std::string database;
};

void print_findings(const std::string& title, const std::vector<model::Finding>& findings) {
  fmt::print("{} ({})\n", title, findings.size());
  for (const auto& f : findings) {
    std::string where = f.file;
    if (f.line > 0) where += ":" + std::to_string(f.line);
    fmt::print("  {}{}{}\n", where, where.empty() ? "" : ": ", f.message);
  }
  fmt::print("\n");
}

int run_check(const CheckArgs& args) {
  const auto path =
      args.database.empty() ? default_database() : std::filesystem::path(args.database);
  store::Database db = store::open_conceptdb(path, store::OpenMode::kReadOnly);
  print_findings("Boundaries: heuristics vs the manifest", model::boundary_findings(db));
  print_findings("Layout and text", model::layout_findings(db));
  print_findings("Citations and reference entries", model::citation_findings(db));
  print_findings("Sources: spellings merged and look-alikes kept apart",
                 model::source_decision_findings(db));
  print_findings("Cited authors named without a year (back-references?)",
                 model::back_reference_findings(db));
  print_findings("Vocabulary: concepts and labels that match nothing",
                 model::vocabulary_findings(db));
  print_findings("Abbreviations defined in the text that the vocabulary lacks",
                 model::abbreviation_findings(db));
  print_findings("Frequent phrases beside concepts that no label matched (candidate labels)",
                 model::phrase_candidate_findings(db));
  return 0;
}

}  // namespace

void register_check_command(CLI::App& cli, int& exit_code) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "check",
      "Report the doubts left in the database: where the boundary heuristics and the\n"
      "manifest disagree, hyphens decided without evidence, damaged text, furniture removed,\n"
      "repeated passages, citations missing from a reference list and entries never cited,\n"
      "how source spellings were merged or kept apart, cited authors named without a year,\n"
      "concepts and labels that match nothing, abbreviations the text defines that the\n"
      "vocabulary lacks, frequent phrases beside concepts that no label matched.\n"
      "Reads only the database; exits 0 whatever it finds.");
  cmd->add_option("--db", args->database,
                  "database to check (default: db/conceptdb.sqlite, "
                  "searched from the current folder upwards)");
  cmd->callback([args, &exit_code] { exit_code = run_check(*args); });
}

}  // namespace app
