// app/line_editor.hpp — reading lines from a terminal with editing, history and tab
// completion (libedit, emacs key bindings; ~/.editrc is read and may change them).
//
// The caller owns SIGINT: a Ctrl-C while a line is being read makes read() return
// kInterrupted, provided the caller's SIGINT handler was installed without SA_RESTART.
// Used from one thread; one LineEditor at a time per terminal.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace app {

struct LineCompletions {
  std::size_t start = 0;                // where the completed word begins in the line
  std::vector<std::string> candidates;  // replacements for line[start, cursor)
};

// Given the line and the cursor (a byte offset), the ways the word before it can go on.
using LineCompleter = std::function<LineCompletions(std::string_view line, std::size_t cursor)>;

class LineEditor {
 public:
  // Sets up libedit on stdin/stdout. `program` names the editrc section that applies.
  // Throws std::runtime_error when libedit cannot be initialised.
  LineEditor(const char* program, LineCompleter complete);
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;
  ~LineEditor();

  enum class Status {
    kLine,         // `line` holds what was typed, without its newline
    kInterrupted,  // Ctrl-C: the line was abandoned
    kEnd,          // Ctrl-D on an empty line, or the end of input
  };
  struct Input {
    Status status = Status::kEnd;
    std::string line;
  };
  Input read(std::string_view prompt);

  // Adds an entry (a whole input, possibly of several lines) to the history.
  void remember(const std::string& entry);
  // Loads the history saved in `file`; a file that does not exist yet is no error. Returns
  // an empty string, or why the file could not be read.
  std::string load_history(const std::filesystem::path& file);
  // Saves the history to `file`, making its folder first. Returns an empty string, or why
  // it could not be saved.
  std::string save_history(const std::filesystem::path& file);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace app
