// Tests of where scripts may write: only under the --out folder, never through "..", an
// absolute path or a symbolic link.
#include <gtest/gtest.h>

#include <filesystem>

#include "lua/output_path.hpp"
#include "lua/script_error.hpp"
#include "support/test_support.hpp"

namespace {

namespace fs = std::filesystem;

std::string refusal(const fs::path& out, std::string_view requested) {
  try {
    luahost::resolve_output_path(out, requested);
  } catch (const luahost::ScriptError& e) {
    EXPECT_EQ(e.code(), luahost::ErrorCode::kArg) << e.what();
    return e.what();
  }
  return "(accepted)";
}

TEST(OutputPath, APathUnderTheOutFolderIsMadeWithItsFolders) {
  testing_support::TempDir dir;
  const fs::path out = dir / "out";
  EXPECT_EQ(luahost::resolve_output_path(out, "tables/2024/concepts.csv"),
            out / "tables" / "2024" / "concepts.csv");
  EXPECT_TRUE(fs::is_directory(out / "tables" / "2024"));
  EXPECT_EQ(luahost::resolve_output_path(out, "./a/./b.csv"), out / "a" / "b.csv");
  EXPECT_EQ(luahost::resolve_output_path(out, "rapport overzicht é.html"),
            out / "rapport overzicht é.html");
}

TEST(OutputPath, AbsolutePathsClimbingAndFoldersAreRefused) {
  testing_support::TempDir dir;
  const fs::path out = dir / "out";
  EXPECT_NE(refusal(out, "/etc/passwd").find("an absolute path"), std::string::npos);
  EXPECT_NE(refusal(out, "../x.csv").find("climbs out of the folder"), std::string::npos);
  EXPECT_NE(refusal(out, "a/../../x.csv").find("climbs out"), std::string::npos);
  EXPECT_NE(refusal(out, "a/..").find("climbs out"), std::string::npos);
  EXPECT_NE(refusal(out, "").find("empty"), std::string::npos);
  EXPECT_NE(refusal(out, ".").find("names a folder"), std::string::npos);
  EXPECT_NE(refusal(out, "tables/").find("names a folder"), std::string::npos);
  EXPECT_NE(refusal(out, std::string_view("a\0b", 3)).find("NUL"), std::string::npos);
  EXPECT_NE(refusal(out, "x.csv").find("(accepted)"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "x.csv"));
  // Every refusal tells the user what to do instead.
  EXPECT_NE(refusal(out, "/tmp/x").find("relative to it"), std::string::npos);
}

TEST(OutputPath, SymbolicLinksBelowTheOutFolderAreRefused) {
  testing_support::TempDir dir;
  const fs::path out = dir / "out";
  fs::create_directories(out);
  fs::create_directories(dir / "elsewhere");
  fs::create_directory_symlink(dir / "elsewhere", out / "link");
  testing_support::write_file(dir / "elsewhere" / "precious.txt", "keep me");
  fs::create_symlink(dir / "elsewhere" / "precious.txt", out / "file-link.txt");
  EXPECT_NE(refusal(out, "link/x.csv").find("is a symbolic link"), std::string::npos);
  EXPECT_NE(refusal(out, "file-link.txt").find("is a symbolic link"), std::string::npos);
  testing_support::write_file(out / "plain", "a file");
  EXPECT_NE(refusal(out, "plain/x.csv").find("is not a folder"), std::string::npos);
  fs::create_directories(out / "dir");
  EXPECT_NE(refusal(out, "dir").find("is a folder"), std::string::npos);
  EXPECT_EQ(testing_support::read_file(dir / "elsewhere" / "precious.txt"), "keep me");
}

}  // namespace
