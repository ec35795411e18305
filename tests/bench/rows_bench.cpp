// tests/bench/rows_bench.cpp — row iteration: cdb.sql.rows in our Lua host against a raw
// sqlite3_step loop and against LuaSQL under the stock lua5.4, on the same query.
//
// Usage: rows_bench DB ROWS BENCH_DIR [REPEATS] [--benchmark_... flags]
//   DB         a database made by make_bench_db.sh (its table bench_row has ROWS rows)
//   BENCH_DIR  tests/bench, for rows_cdb.lua and rows_luasql.lua
// Each variant reads the columns id, n, name, note of every row and checks the row count.
// Google Benchmark runs each REPEATS times and the fastest run counts, since noise on a
// shared machine only ever adds time. The time is CPU time (user + sys: of this process for
// the in-process loops, of the child for LuaSQL), given to Google Benchmark as manual time:
// all three are single-threaded, and on a loaded machine wall time mostly measures the wait. The
// result lines (RESULT<TAB>...) compare rows per second: ours ≥ 2× LuaSQL and ≥ 0.5× the raw loop
// are the targets of issue 9.
#include <benchmark/benchmark.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <ctime>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "lua/script_runner.hpp"

extern char** environ;

namespace {

const char* const kQuery = "SELECT id, n, name, note FROM bench_row";

struct Setup {
  std::string database;
  long long rows = 0;
  std::filesystem::path bench_dir;
  int repeats = 3;
};

Setup setup;

double process_cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double seconds_of(const timeval& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

// The reference: SQLite's C API called directly (a benchmark may; src/ may not outside
// src/store), reading the same four columns as the Lua loops.
void raw_sqlite_loop(benchmark::State& state) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(setup.database.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    state.SkipWithError("cannot open the database");
    return;
  }
  for (auto _ : state) {
    const double start = process_cpu_seconds();
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, kQuery, -1, &st, nullptr);
    long long rows = 0;
    long long sum = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
      const sqlite3_int64 id = sqlite3_column_int64(st, 0);
      const sqlite3_int64 n = sqlite3_column_int64(st, 1);
      const unsigned char* name = sqlite3_column_text(st, 2);
      const int name_bytes = sqlite3_column_bytes(st, 2);
      const unsigned char* note = sqlite3_column_text(st, 3);
      benchmark::DoNotOptimize(name);
      sum += n + name_bytes + (note != nullptr ? 1 : 0) + (id > 0 ? 0 : 1);
      ++rows;
    }
    sqlite3_finalize(st);
    benchmark::DoNotOptimize(sum);
    state.SetIterationTime(process_cpu_seconds() - start);
    if (rows != setup.rows) state.SkipWithError("wrong row count");
  }
  sqlite3_close(db);
}

// Ours: the script run exactly as `conceptdb run rows_cdb.lua sql=... expected=N` runs it
// (a fresh sandboxed state, the limits watched, one read transaction).
void cdb_sql_rows(benchmark::State& state) {
  luahost::RunOptions options;
  options.script = setup.bench_dir / "rows_cdb.lua";
  options.database = setup.database;
  options.arguments = {std::string("sql=") + kQuery, "expected=" + std::to_string(setup.rows)};
  options.version = "bench";
  for (auto _ : state) {
    const double start = process_cpu_seconds();
    const luahost::RunResult result = luahost::run_script(options);
    state.SetIterationTime(process_cpu_seconds() - start);
    if (!result.ok) {
      state.SkipWithError(("rows_cdb.lua failed: " + result.error).c_str());
      break;
    }
  }
}

// LuaSQL: lua5.4 started as a child process (its start-up, about a millisecond of CPU, is
// part of the time; it is negligible against a million rows).
// `fresh`: a new table per row, as cdb.sql.rows gives (the fastest LuaSQL form reuses one).
void luasql_run(benchmark::State& state, bool fresh) {
  const std::string script = (setup.bench_dir / "rows_luasql.lua").string();
  const std::string rows = std::to_string(setup.rows);
  std::vector<std::string> args = {"lua5.4", script, setup.database, kQuery, rows};
  if (fresh) args.emplace_back("fresh");
  std::vector<char*> argv;
  for (auto& a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  for (auto _ : state) {
    pid_t pid = 0;
    if (posix_spawnp(&pid, "lua5.4", nullptr, nullptr, argv.data(), environ) != 0) {
      state.SkipWithError("cannot start lua5.4 (Debian package lua5.4)");
      break;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    state.SetIterationTime(seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      state.SkipWithError("rows_luasql.lua failed (is lua-sql-sqlite3 installed?)");
      break;
    }
  }
}

void luasql_loop(benchmark::State& state) {
  luasql_run(state, false);
}
void luasql_fresh_loop(benchmark::State& state) {
  luasql_run(state, true);
}

// Keeps the fastest repetition of every benchmark, in (manual, CPU) seconds.
class FastestRunReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      const double seconds =
          run.real_accumulated_time / static_cast<double>(run.iterations > 0 ? run.iterations : 1);
      const std::string name = run.run_name.function_name;
      auto it = fastest.find(name);
      if (it == fastest.end() || seconds < it->second) fastest[name] = seconds;
    }
  }
  std::map<std::string, double> fastest;
};

void print_result(const char* name, double measured, const char* reference_name, double reference,
                  double ratio, double target) {
  const char* met = target <= 0 ? "-" : (ratio >= target ? "yes" : "no");
  std::string target_text = target <= 0 ? "-" : "≥ " + std::to_string(target).substr(0, 3) + "×";
  std::printf("RESULT\trows\t%s\t%.2f\tMrows/s\t%s\t%.2f Mrows/s\t%.2f\t%s\t%s\n", name, measured,
              reference_name, reference, ratio, target_text.c_str(), met);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc < 4) {
    std::fprintf(stderr, "usage: rows_bench DB ROWS BENCH_DIR [REPEATS] [--benchmark_...]\n");
    return 2;
  }
  setup.database = argv[1];
  setup.rows = std::stoll(argv[2]);
  setup.bench_dir = argv[3];
  if (argc > 4) setup.repeats = std::stoi(argv[4]);

  for (auto [name, fn] :
       {std::pair{"raw_sqlite3_step", &raw_sqlite_loop}, std::pair{"cdb_sql_rows", &cdb_sql_rows},
        std::pair{"luasql", &luasql_loop}, std::pair{"luasql_fresh", &luasql_fresh_loop}}) {
    benchmark::RegisterBenchmark(name, fn)
        ->Iterations(1)
        ->Repetitions(setup.repeats)
        ->ReportAggregatesOnly(false)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
  }
  FastestRunReporter reporter;
  // The console table goes to stderr: stdout carries only the RESULT lines.
  reporter.SetOutputStream(&std::cerr);
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();

  const auto& t = reporter.fastest;
  if (!t.count("raw_sqlite3_step") || !t.count("cdb_sql_rows") || !t.count("luasql") ||
      !t.count("luasql_fresh")) {
    std::fprintf(stderr, "rows_bench: a benchmark failed, no results\n");
    return 1;
  }
  const double mrows = static_cast<double>(setup.rows) / 1e6;
  const double ours = mrows / t.at("cdb_sql_rows");
  const double raw = mrows / t.at("raw_sqlite3_step");
  const double luasql = mrows / t.at("luasql");
  print_result("cdb.sql.rows vs LuaSQL (CPU time)", ours, "LuaSQL (lua5.4)", luasql, ours / luasql,
               2.0);
  const double luasql_fresh = mrows / t.at("luasql_fresh");
  print_result("cdb.sql.rows vs LuaSQL with a new table per row, as ours (CPU time)", ours,
               "LuaSQL (lua5.4), fetch({})", luasql_fresh, ours / luasql_fresh, 0);
  print_result("cdb.sql.rows vs raw C loop (CPU time)", ours, "sqlite3_step loop", raw, ours / raw,
               0.5);
  return 0;
}
