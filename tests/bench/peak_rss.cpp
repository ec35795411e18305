// tests/bench/peak_rss.cpp — runs a command and prints its wall time and peak memory.
//
// Usage: peak_rss [-o FILE] COMMAND [ARGS...]
// Prints "SECONDS<TAB>PEAK_RSS_KB" on stdout: the wall time of the child and its peak
// resident set size (getrusage RUSAGE_CHILDREN, ru_maxrss). With -o the child's stdout goes
// to FILE (as `> FILE` would). Exits with the child's status; 127 when it cannot start.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

extern char** environ;

namespace {

// The file actions of posix_spawn, destroyed on every path.
class SpawnFileActions {
 public:
  SpawnFileActions() { posix_spawn_file_actions_init(&actions_); }
  SpawnFileActions(const SpawnFileActions&) = delete;
  SpawnFileActions& operator=(const SpawnFileActions&) = delete;
  ~SpawnFileActions() { posix_spawn_file_actions_destroy(&actions_); }
  posix_spawn_file_actions_t* get() { return &actions_; }

 private:
  posix_spawn_file_actions_t actions_;
};

}  // namespace

int main(int argc, char** argv) {
  int first = 1;
  const char* output = nullptr;
  if (argc > 2 && std::strcmp(argv[1], "-o") == 0) {
    output = argv[2];
    first = 3;
  }
  if (first >= argc) {
    std::fprintf(stderr, "usage: peak_rss [-o FILE] COMMAND [ARGS...]\n");
    return 2;
  }
  SpawnFileActions actions;
  if (output != nullptr) {
    posix_spawn_file_actions_addopen(actions.get(), STDOUT_FILENO, output,
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  if (const int rc = posix_spawnp(&pid, argv[first], actions.get(), nullptr, argv + first, environ);
      rc != 0) {
    std::fprintf(stderr, "peak_rss: cannot start %s: %s\n", argv[first], std::strerror(rc));
    return 127;
  }
  int status = 0;
  waitpid(pid, &status, 0);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  std::printf("%.6f\t%ld\n", seconds, usage.ru_maxrss);
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
