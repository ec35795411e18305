// tests/support/lua_run.hpp — running a Lua script written by a test against a database,
// and checking that it failed at a given line of that script.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "lua/script_runner.hpp"
#include "support/test_support.hpp"

namespace testing_support {

// Writes `source` to folder/script.lua and runs it read-only on `database`; files it writes
// go to folder/out.
inline luahost::RunResult run_lua(const std::filesystem::path& folder,
                                  const std::filesystem::path& database,
                                  const std::string& source) {
  write_file(folder / "script.lua", source);
  luahost::RunOptions options;
  options.script = folder / "script.lua";
  options.database = database;
  options.version = "test";
  options.out_dir = folder / "out";
  return luahost::run_script(options);
}

// The run failed with an error that starts "folder/script.lua:LINE:" and contains `fragment`.
inline void expect_lua_error_at(const std::filesystem::path& folder,
                                const luahost::RunResult& result, int line,
                                const std::string& fragment) {
  ASSERT_FALSE(result.ok);
  const std::string prefix = (folder / "script.lua").string() + ":" + std::to_string(line) + ":";
  EXPECT_EQ(result.error.rfind(prefix, 0), 0u) << result.error;
  EXPECT_NE(result.error.find(fragment), std::string::npos) << result.error;
}

}  // namespace testing_support
