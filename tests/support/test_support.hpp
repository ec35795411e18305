// tests/support/test_support.hpp — small helpers shared by the test programs: a temporary
// folder that removes itself, writing and reading files, and running a command.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace testing_support {

// A fresh folder under the system temp folder, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& path, const std::string& bytes);
std::string read_file(const std::filesystem::path& path);

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `argv` (no shell) in `cwd` with stdin closed; captures stdout and stderr.
CommandResult run_command(const std::vector<std::string>& argv,
                          const std::filesystem::path& cwd = {});

}  // namespace testing_support
