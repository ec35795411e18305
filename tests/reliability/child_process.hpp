// tests/reliability/child_process.hpp — a conceptdb child process the reliability tests can
// limit (file size, user), put on a terminal, kill at a chosen moment and reap.
//
// A ChildProcess owns its process: the destructor kills (SIGKILL) and reaps a child that is
// still running, so a failed assertion never leaves a build running in the background.
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "support/test_support.hpp"

namespace reliability {

struct ChildOptions {
  std::filesystem::path cwd;              // empty: the test's own
  std::optional<rlim_t> file_size_limit;  // RLIMIT_FSIZE in bytes; SIGXFSZ is ignored, so
                                          // writes past it fail with EFBIG like a full disk
  bool as_nobody = false;                 // drop to uid/gid 65534 (when run as root)
  bool stderr_on_terminal = false;        // stderr on a pseudo-terminal: progress is drawn
};

class ChildProcess {
 public:
  // Starts argv[0] (a path, no shell) with stdin from /dev/null. Throws std::runtime_error
  // when the process cannot be started.
  ChildProcess(const std::vector<std::string>& argv, const ChildOptions& options = {});
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ~ChildProcess();

  // Waits up to `duration` for the child to end, reading its terminal meanwhile. Returns
  // true when it has ended.
  bool wait_for(std::chrono::microseconds duration);
  // SIGKILL now (if it still runs), then reaps it.
  void kill();
  // Waits for the end; exit code as a shell shows it (128 + signal when killed).
  testing_support::CommandResult wait();
  // What the child wrote on its terminal (stderr when stderr_on_terminal), read so far.
  const std::string& terminal_output() const { return terminal_; }
  bool ended() const { return status_.has_value(); }

 private:
  void drain_terminal(int timeout_ms);
  bool reap(bool block);

  testing_support::TempDir capture_;
  pid_t pid_ = -1;
  int terminal_fd_ = -1;  // the master side of the pseudo-terminal, or -1
  std::string terminal_;
  std::optional<int> status_;
};

// Runs one command to its end under `options`.
testing_support::CommandResult run_child(const std::vector<std::string>& argv,
                                         const ChildOptions& options = {});

}  // namespace reliability
