// tests/reliability/child_process.cpp — fork/exec with limits, a pseudo-terminal, SIGKILL.
#include "reliability/child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

namespace reliability {

namespace {

constexpr uid_t kNobody = 65534;

// Only async-signal-safe calls between fork and exec; any failure ends the child with 126.
[[noreturn]] void exec_child(const std::vector<char*>& args, const std::vector<char*>& environment,
                             const ChildOptions& options, const std::string& out_path,
                             const std::string& err_path, int terminal_slave) {
  const int in = ::open("/dev/null", O_RDONLY);
  const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  const int err = terminal_slave >= 0
                      ? terminal_slave
                      : ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (in < 0 || out < 0 || err < 0) ::_exit(126);
  if (terminal_slave >= 0) ::setsid();  // the terminal becomes the child's own
  ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  if (options.as_nobody && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)) ::_exit(126);
  if (!options.cwd.empty() && ::chdir(options.cwd.c_str()) != 0) ::_exit(126);
  if (options.file_size_limit) {
    ::signal(SIGXFSZ, SIG_IGN);  // inherited through exec: write(2) fails with EFBIG instead
    const rlimit limit{*options.file_size_limit, *options.file_size_limit};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
  }
  ::execve(args[0], args.data(), environment.data());
  ::_exit(127);
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const ChildOptions& options) {
  const std::string out_path = (capture_ / "stdout").string();
  const std::string err_path = (capture_ / "stderr").string();
  std::vector<char*> args;
  for (const auto& a : argv)
    args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // The environment is made before fork: a child of a threaded test may not allocate.
  std::vector<std::string> variables;
  for (char** v = environ; *v != nullptr; ++v) {
    if (!std::string_view(*v).starts_with("TERM=")) variables.emplace_back(*v);
  }
  variables.emplace_back("TERM=xterm");
  std::vector<char*> environment;
  for (auto& v : variables)
    environment.push_back(v.data());
  environment.push_back(nullptr);

  int slave = -1;
  if (options.stderr_on_terminal) {
    if (::openpty(&terminal_fd_, &slave, nullptr, nullptr, nullptr) != 0) {
      throw std::runtime_error("cannot open a pseudo-terminal for the child");
    }
    ::fcntl(terminal_fd_, F_SETFD, FD_CLOEXEC);
  }
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    if (terminal_fd_ >= 0) ::close(terminal_fd_);
    exec_child(args, environment, options, out_path, err_path, slave);
  }
  if (slave >= 0) ::close(slave);
}

ChildProcess::~ChildProcess() {
  kill();
  if (terminal_fd_ >= 0) ::close(terminal_fd_);
}

void ChildProcess::drain_terminal(int timeout_ms) {
  if (terminal_fd_ < 0) {
    if (timeout_ms > 0) ::poll(nullptr, 0, timeout_ms);
    return;
  }
  pollfd fd{terminal_fd_, POLLIN, 0};
  if (::poll(&fd, 1, timeout_ms) <= 0) return;
  char buffer[4096];
  const ssize_t n = ::read(terminal_fd_, buffer, sizeof buffer);
  if (n > 0) {
    terminal_.append(buffer, static_cast<std::size_t>(n));
  } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
    // EIO: every writer of the terminal is gone.
    ::close(terminal_fd_);
    terminal_fd_ = -1;
  } else if (n == 0) {
    ::close(terminal_fd_);
    terminal_fd_ = -1;
  }
}

bool ChildProcess::reap(bool block) {
  if (status_) return true;
  int status = 0;
  const pid_t r = ::waitpid(pid_, &status, block ? 0 : WNOHANG);
  if (r != pid_) return false;
  status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return true;
}

bool ChildProcess::wait_for(std::chrono::microseconds duration) {
  const auto deadline = std::chrono::steady_clock::now() + duration;
  while (!reap(false)) {
    const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    if (terminal_fd_ >= 0) {
      drain_terminal(static_cast<int>(std::min<long>(left.count() / 1000, 5)));
    } else {
      ::usleep(static_cast<useconds_t>(std::min<long>(left.count(), 2000)));
    }
  }
  return true;
}

void ChildProcess::kill() {
  if (pid_ <= 0 || status_) return;
  ::kill(pid_, SIGKILL);
  reap(true);
}

testing_support::CommandResult ChildProcess::wait() {
  while (!reap(false))
    drain_terminal(5);
  while (terminal_fd_ >= 0)
    drain_terminal(50);
  testing_support::CommandResult result;
  result.exit_code = *status_;
  // A child killed before it opened its output files has none.
  result.out = std::filesystem::exists(capture_ / "stdout")
                   ? testing_support::read_file(capture_ / "stdout")
                   : std::string();
  result.err = std::filesystem::exists(capture_ / "stderr")
                   ? testing_support::read_file(capture_ / "stderr")
                   : terminal_;
  return result;
}

testing_support::CommandResult run_child(const std::vector<std::string>& argv,
                                         const ChildOptions& options) {
  ChildProcess child(argv, options);
  return child.wait();
}

}  // namespace reliability
