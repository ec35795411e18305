// app/progress.hpp — a one-line progress bar on stderr, shown only on a terminal.
#pragma once

#include <string>

namespace app {

class ProgressBar {
 public:
  // Enabled only when stderr is a terminal (and TERM is not "dumb").
  ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar();  // clears the line

  void update(const std::string& label, std::size_t done, std::size_t total);
  void clear();

 private:
  bool enabled_;
  bool shown_ = false;
};

}  // namespace app
