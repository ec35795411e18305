// app/build_command.cpp — `conceptdb build`: the corpus into a new database.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>

#include "app/commands.hpp"
#include "app/paths.hpp"
#include "app/progress.hpp"
#include "app/version.hpp"
#include "ingest/build.hpp"
#include "store/file_replace.hpp"

namespace app {

namespace {

struct BuildArgs {
  std::string manifest;
  std::string sources;
  std::string vocabulary;
  std::string corpus;
  std::string database;
  bool timings = false;
  bool lenient = false;
};

constexpr std::size_t kMaxWarningsShown = 20;

double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// `--timings`: each stage's wall time, its share and the corpus MB it gets through per second;
// then the whole build by wall time and by CPU time (user + sys; the build is one thread).
void print_timings(const ingest::BuildSummary& summary, double wall, double cpu) {
  const double megabytes = static_cast<double>(summary.bytes) / 1e6;
  auto rate = [&](double seconds) { return seconds > 0 ? megabytes / seconds : 0.0; };
  fmt::print(stderr, "timings ({:.2f} MB of corpus text):\n", megabytes);
  double staged = 0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(ingest::Stage::kCount); ++i) {
    const auto stage = static_cast<ingest::Stage>(i);
    const double seconds = summary.times.seconds(stage);
    staged += seconds;
    fmt::print(stderr, "  timing: {}: {:.3f} s, {:.1f} MB/s, {:.1f}%\n", ingest::stage_name(stage),
               seconds, rate(seconds), wall > 0 ? 100 * seconds / wall : 0.0);
  }
  fmt::print(stderr, "  timing: other: {:.3f} s\n", std::max(0.0, wall - staged));
  fmt::print(stderr, "  timing: end to end (wall): {:.3f} s, {:.1f} MB/s\n", wall, rate(wall));
  fmt::print(stderr, "  timing: end to end (cpu, user+sys): {:.3f} s, {:.1f} MB/s\n", cpu,
             rate(cpu));
}

int run_build(const BuildArgs& args) {
  const BuildPaths defaults = default_build_paths();
  ingest::BuildOptions options;
  options.manifest =
      args.manifest.empty() ? defaults.manifest : std::filesystem::path(args.manifest);
  // The curated source decisions live beside the manifest unless named.
  options.sources = args.sources.empty() ? options.manifest.parent_path() / "sources.toml"
                                         : std::filesystem::path(args.sources);
  if (!args.sources.empty() && !std::filesystem::exists(options.sources)) {
    throw std::runtime_error("the sources file does not exist: " + args.sources);
  }
  // The vocabulary folder too; a folder named on the command line must exist.
  options.vocabulary = args.vocabulary.empty() ? options.manifest.parent_path() / "vocabulary"
                                               : std::filesystem::path(args.vocabulary);
  options.vocabulary_required = !args.vocabulary.empty();
  options.corpus_dir = args.corpus.empty() ? defaults.corpus : std::filesystem::path(args.corpus);
  options.database =
      args.database.empty() ? defaults.database : std::filesystem::path(args.database);
  options.tool_version = kVersion;
  std::error_code ec;
  if (std::filesystem::is_directory(options.database, ec)) {
    throw std::runtime_error(display_path(options.database) +
                             " is a folder, not a database file; give the file to create or "
                             "replace with --db");
  }
  // Builds killed before they could clean up leave their temporary files beside the database.
  store::remove_stale_temporaries(options.database);

  ProgressBar bar;
  options.progress = [&](const std::string& stage, std::size_t done, std::size_t total) {
    bar.update(stage, done, total);
  };
  options.timings = args.timings;
  options.lenient = args.lenient;
  const double cpu_start = cpu_seconds();
  const auto start = std::chrono::steady_clock::now();
  const ingest::BuildSummary summary = ingest::build_database(options);
  bar.clear();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  for (std::size_t i = 0; i < summary.warnings.size() && i < kMaxWarningsShown; ++i) {
    fmt::print(stderr, "warning: {}\n", summary.warnings[i].to_string());
  }
  if (summary.warnings.size() > kMaxWarningsShown) {
    fmt::print(stderr, "warning: ... and {} more warnings\n",
               summary.warnings.size() - kMaxWarningsShown);
  }
  fmt::print(stderr,
             "built {}: {} files, {} documents, {} sections, {} passages, {} sentences in "
             "{:.2f} s\n",
             display_path(options.database), summary.files, summary.documents, summary.sections,
             summary.passages, summary.sentences, seconds);
  fmt::print(stderr, "  left out: {} ads, {} lines of page furniture; {} line-end hyphens joined\n",
             summary.excluded_parts, summary.furniture_lines, summary.hyphen_joins);
  fmt::print(stderr, "  {} citations of {} sources; {} reference entries\n", summary.citations,
             summary.sources, summary.references);
  fmt::print(stderr, "  {} concepts ({} labels, {} relations); {} mentions\n", summary.concepts,
             summary.labels, summary.relations, summary.mentions);
  if (args.timings) print_timings(summary, seconds, cpu_seconds() - cpu_start);
  return 0;
}

}  // namespace

void register_build_command(CLI::App& cli, int& exit_code) {
  auto args = std::make_shared<BuildArgs>();
  CLI::App* cmd = cli.add_subcommand(
      "build",
      "Build the database from the corpus files and the manifest.\n"
      "The new database is written beside the old one and replaces it only when the whole\n"
      "build succeeded: a failed build leaves the previous database as it was.");
  cmd->add_option("--corpus", args->corpus,
                  "folder with the corpus files (default: $CONCEPTDB_CORPUS, or ../shared/corpus "
                  "beside the project folder)");
  cmd->add_option("--manifest", args->manifest, "corpus manifest (default: db/corpus.toml)");
  cmd->add_option("--sources", args->sources,
                  "curated source decisions (default: sources.toml beside the manifest)");
  cmd->add_option("--vocabulary", args->vocabulary,
                  "folder of concept vocabulary files, *.toml (default: vocabulary/ beside the "
                  "manifest)");
  cmd->add_option("--db", args->database,
                  "database to create or replace "
                  "(default: db/conceptdb.sqlite)");
  cmd->add_flag("--timings", args->timings,
                "after the summary, print the wall time and MB/s of every stage of the build");
  cmd->add_flag("--lenient", args->lenient,
                "go on past damaged corpus files: invalid UTF-8 becomes U+FFFD and an empty "
                "file an empty document, each with a warning (default: stop and name the "
                "file and line)");
  cmd->callback([args, &exit_code] { exit_code = run_build(*args); });
}

}  // namespace app
