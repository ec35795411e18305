// app/progress.cpp — drawing the bar with \r so it stays on one line.
#include "app/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace app {

ProgressBar::ProgressBar() {
  const char* term = std::getenv("TERM");
  enabled_ = ::isatty(STDERR_FILENO) == 1 && (term == nullptr || std::strcmp(term, "dumb") != 0);
}

ProgressBar::~ProgressBar() {
  clear();
}

void ProgressBar::update(const std::string& label, std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  constexpr std::size_t kWidth = 30;
  const std::size_t filled = done * kWidth / total;
  std::string bar(filled, '#');
  bar.resize(kWidth, '.');
  std::fprintf(stderr, "\r%-8s [%s] %zu/%zu", label.c_str(), bar.c_str(), done, total);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressBar::clear() {
  if (!shown_) return;
  std::fprintf(stderr, "\r%*s\r", 60, "");
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace app
