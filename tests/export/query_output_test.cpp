// tests/export/query_output_test.cpp — `conceptdb query` with --format, --output, --bom,
// --separator and --decimal-comma, end to end on an empty conceptdb database (the queries
// select constants, so no corpus is needed).
#include <gtest/gtest.h>

#include <algorithm>

#include "store/database.hpp"
#include "store/schema.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::CommandResult;
using testing_support::read_file;
using testing_support::run_command;
using testing_support::TempDir;
using testing_support::write_file;

bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

const std::string kSql = "SELECT 'a;b' AS t, 2 AS n, 0.5 AS f, NULL AS z";
// Three rows, then an integer overflow: a query that fails half-way.
const std::string kFailingSql =
    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) "
    "SELECT CASE WHEN n < 4 THEN n ELSE abs(-9223372036854775807 - 1) END AS n FROM c";

class QueryOutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::Database db = store::Database::open(dir_ / "test.sqlite", store::OpenMode::kCreate);
    db.exec("PRAGMA synchronous = OFF");  // a throwaway database: no need to wait for the disk
    store::create_schema(db);
  }

  CommandResult query(std::vector<std::string> args) {
    args.insert(args.begin(), {CONCEPTDB_BINARY, "query"});
    args.insert(args.end(), {"--db", "test.sqlite"});
    return run_command(args, dir_.path());
  }

  std::vector<std::string> files() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path()))
      names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  TempDir dir_;
};

TEST_F(QueryOutputTest, FormatFromTheOutputExtension) {
  const auto r = query({kSql, "--output", "out.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "") << "the rows go to the file, not to stdout";
  EXPECT_EQ(r.err, "wrote out.csv: 1 row\n");
  EXPECT_EQ(read_file(dir_ / "out.csv"), "t,n,f,z\r\na;b,2,0.5,\r\n");
}

TEST_F(QueryOutputTest, EveryStreamedFormatToAFile) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"out.tsv", "t\tn\tf\tz\r\na;b\t2\t0.5\t\r\n"},
      {"out.json", "[\n  {\"t\": \"a;b\", \"n\": 2, \"f\": 0.5, \"z\": null}\n]\n"},
      {"out.jsonl", "{\"t\": \"a;b\", \"n\": 2, \"f\": 0.5, \"z\": null}\n"},
      {"out.md",
       "| t   | n   | f   | z   |\n| --- | --: | --: | --- |\n| a;b |   2 | 0.5 |     |\n"},
  };
  for (const auto& [file, expected] : cases) {
    const auto r = query({kSql, "-o", file});
    EXPECT_EQ(r.exit_code, 0) << file << ": " << r.err;
    EXPECT_EQ(read_file(dir_ / file), expected) << file;
  }
  const auto html = query({kSql, "--output", "out.html"});
  EXPECT_TRUE(contains(read_file(dir_ / "out.html"),
                       "<tr><td>a;b</td><td class=\"num\">2</td><td class=\"num\">0.5</td>"
                       "<td class=\"null\"></td></tr>"));
}

TEST_F(QueryOutputTest, FormatOverridesTheExtension) {
  const auto r = query({kSql, "--format", "ndjson", "--output", "rows.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir_ / "rows.txt"), "{\"t\": \"a;b\", \"n\": 2, \"f\": 0.5, \"z\": null}\n");
}

TEST_F(QueryOutputTest, NewFormatsToStdout) {
  const auto r = query({"SELECT 1 AS a, 'x|y' AS b", "--format", "md"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "| a   | b    |\n| --: | ---- |\n|   1 | x\\|y |\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(QueryOutputTest, CsvForExcelInADutchLocale) {
  const auto r = query({kSql, "--format", "csv", "--separator", ";", "--bom", "--decimal-comma"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "\xEF\xBB\xBFt;n;f;z\r\n\"a;b\";2;0,5;\r\n");
}

TEST_F(QueryOutputTest, TabSeparatorByName) {
  const auto r = query({"SELECT 1 AS a, 2 AS b", "--format", "csv", "--separator", "tab"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "a\tb\r\n1\t2\r\n");
}

TEST_F(QueryOutputTest, XlsxToAFile) {
  const auto r = query({kSql + ", '=1+1' AS formula, '007' AS code", "--output", "Bronnen.xlsx"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files(), (std::vector<std::string>{"Bronnen.xlsx", "test.sqlite"}));
  const auto check =
      run_command({EXPORT_PYTHON3, "-c",
                   "import openpyxl, sys\n"
                   "wb = openpyxl.load_workbook(sys.argv[1])\n"
                   "ws = wb.active\n"
                   "print(wb.sheetnames, [c.value for c in ws[1]], [c.value for c in ws[2]])\n",
                   (dir_ / "Bronnen.xlsx").string()});
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.out,
            "['Bronnen'] ['t', 'n', 'f', 'z', 'formula', 'code'] "
            "['a;b', 2, 0.5, None, '=1+1', '007']\n");
}

TEST_F(QueryOutputTest, UsageErrors) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{kSql, "--format", "xlsx"}, "--output"},
      {{kSql, "--output", "out.xls"}, "--format"},
      {{kSql, "--output", "out"}, "--format"},
      {{kSql, "--format", "json", "--separator", ";"}, "csv only"},
      {{kSql, "--format", "csv", "--separator", ";;"}, "one character"},
      {{kSql, "--format", "csv", "--separator", "\""}, "one character"},
      {{kSql, "--format", "md", "--bom"}, "csv and tsv only"},
      {{kSql, "--output", "x.html", "--decimal-comma"}, "csv and tsv only"},
      {{kSql, "--format", "markdown"}, "markdown"},
  };
  for (const auto& [args, fragment] : cases) {
    const auto r = query(args);
    EXPECT_EQ(r.exit_code, 2) << ::testing::PrintToString(args) << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, fragment)) << ::testing::PrintToString(args) << "\n" << r.err;
  }
  EXPECT_EQ(files(), std::vector<std::string>{"test.sqlite"});
}

TEST_F(QueryOutputTest, AFailedQueryLeavesTheOldFile) {
  for (const std::string file : {"old.csv", "old.xlsx"}) {
    write_file(dir_ / file, "precious");
    const auto r = query({kFailingSql, "--output", file});
    EXPECT_EQ(r.exit_code, 1) << file;
    EXPECT_TRUE(contains(r.err, "integer overflow")) << r.err;
    EXPECT_EQ(read_file(dir_ / file), "precious") << file;
  }
  EXPECT_EQ(files(), (std::vector<std::string>{"old.csv", "old.xlsx", "test.sqlite"}));
}

TEST_F(QueryOutputTest, AMissingFolderNamesThePath) {
  const auto r = query({kSql, "--output", "nowhere/out.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(contains(r.err, "cannot write nowhere/out.csv")) << r.err;
  EXPECT_TRUE(contains(r.err, "No such file or directory")) << r.err;
}

TEST_F(QueryOutputTest, AMistypedQueryCreatesNoFile) {
  const auto r = query({"SELEC 1", "--output", "out.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(files(), std::vector<std::string>{"test.sqlite"});
}

}  // namespace
