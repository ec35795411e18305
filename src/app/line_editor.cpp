// app/line_editor.cpp — libedit's EditLine and History behind RAII, with a completion key.
#include "app/line_editor.hpp"

#include <histedit.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <system_error>

namespace app {

namespace {

constexpr int kHistorySize = 1000;

std::size_t terminal_width(std::FILE* out) {
  winsize size{};
  if (::ioctl(::fileno(out), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

std::string common_prefix(const std::vector<std::string>& words) {
  std::string prefix = words.front();
  for (const std::string& word : words) {
    const auto [end, ignored] =
        std::mismatch(prefix.begin(), prefix.end(), word.begin(), word.end());
    prefix.erase(end, prefix.end());
  }
  return prefix;
}

// The part of a candidate worth showing in a list: `rows` for `cdb.sql.rows`.
std::string shown_name(const std::string& candidate) {
  const std::size_t separator = candidate.find_last_of(".:");
  return separator == std::string::npos ? candidate : candidate.substr(separator + 1);
}

// Lists the candidates below the line, in columns across the terminal.
void list_candidates(const std::vector<std::string>& candidates, std::FILE* out) {
  std::vector<std::string> names;
  std::size_t widest = 0;
  for (const std::string& candidate : candidates) {
    names.push_back(shown_name(candidate));
    widest = std::max(widest, names.back().size());
  }
  const std::size_t column = widest + 2;
  const std::size_t columns = std::max<std::size_t>(1, terminal_width(out) / column);
  const std::size_t rows = (names.size() + columns - 1) / columns;
  std::string text = "\n";
  for (std::size_t row = 0; row < rows; ++row) {
    for (std::size_t c = 0; c < columns && c * rows + row < names.size(); ++c) {
      const std::size_t i = c * rows + row;
      text += names[i];
      if (i + rows < names.size()) text.append(column - names[i].size(), ' ');
    }
    text += '\n';
  }
  std::fputs(text.c_str(), out);
  std::fflush(out);
}

}  // namespace

struct LineEditor::Impl {
  struct EditLineDeleter {
    void operator()(EditLine* el) const { el_end(el); }
  };
  struct HistoryDeleter {
    void operator()(History* h) const { history_end(h); }
  };

  LineCompleter complete;
  std::string prompt;
  std::FILE* out = stdout;  // the terminal: stdout, or stderr when stdout is redirected
  std::unique_ptr<History, HistoryDeleter> history;
  std::unique_ptr<EditLine, EditLineDeleter> editor;

  static Impl& of(EditLine* el) {
    void* data = nullptr;
    el_get(el, EL_CLIENTDATA, &data);
    return *static_cast<Impl*>(data);
  }

  static char* prompt_of(EditLine* el) { return of(el).prompt.data(); }

  // Tab: inserts what all candidates share beyond the typed word; when that is nothing,
  // lists them.
  static unsigned char complete_word(EditLine* el, int) {
    const LineInfo* info = el_line(el);
    const std::string_view line(info->buffer,
                                static_cast<std::size_t>(info->lastchar - info->buffer));
    const auto cursor = static_cast<std::size_t>(info->cursor - info->buffer);
    LineCompletions found;
    try {
      found = of(el).complete(line, cursor);
    } catch (const std::exception&) {
      return CC_ERROR;  // out of memory while completing: beep, keep the line
    }
    if (found.candidates.empty() || found.start > cursor) return CC_REFRESH_BEEP;
    const std::string typed(line.substr(found.start, cursor - found.start));
    const std::string shared = common_prefix(found.candidates);
    if (shared.size() > typed.size() && shared.compare(0, typed.size(), typed) == 0) {
      el_insertstr(el, shared.c_str() + typed.size());
      return CC_REFRESH;
    }
    if (found.candidates.size() == 1) return CC_REFRESH;
    list_candidates(found.candidates, of(el).out);
    return CC_REDISPLAY;
  }
};

LineEditor::LineEditor(const char* program, LineCompleter complete) : impl_(new Impl) {
  // libedit reads multibyte (UTF-8) input by LC_CTYPE and never sets it itself.
  std::setlocale(LC_CTYPE, "");
  impl_->complete = std::move(complete);
  impl_->out = ::isatty(STDOUT_FILENO) == 1 ? stdout : stderr;
  impl_->history.reset(history_init());
  impl_->editor.reset(el_init(program, stdin, impl_->out, stderr));
  if (!impl_->history || !impl_->editor) {
    throw std::runtime_error("cannot set up line editing on this terminal (libedit failed)");
  }
  HistEvent event;
  history(impl_->history.get(), &event, H_SETSIZE, kHistorySize);
  history(impl_->history.get(), &event, H_SETUNIQUE, 1);
  EditLine* el = impl_->editor.get();
  el_set(el, EL_CLIENTDATA, impl_.get());
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_SIGNAL, 1);  // restores the terminal around Ctrl-Z and window resizes
  el_set(el, EL_PROMPT, &Impl::prompt_of);
  el_set(el, EL_HIST, history, impl_->history.get());
  el_set(el, EL_ADDFN, "conceptdb-complete", "complete a Lua name", &Impl::complete_word);
  el_set(el, EL_BIND, "^I", "conceptdb-complete", nullptr);
  el_source(el, nullptr);  // ~/.editrc, after our bindings so that the user's win
}

LineEditor::~LineEditor() = default;

LineEditor::Input LineEditor::read(std::string_view prompt) {
  impl_->prompt = prompt;
  int count = 0;
  errno = 0;
  const char* text = el_gets(impl_->editor.get(), &count);
  const int error = errno;
  if (text == nullptr) {
    std::fputc('\n', impl_->out);  // the next prompt, or the shell's, on a line of its own
    std::fflush(impl_->out);
    return {count == -1 && error == EINTR ? Status::kInterrupted : Status::kEnd, ""};
  }
  std::string line(text, static_cast<std::size_t>(count));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
    line.pop_back();
  return {Status::kLine, std::move(line)};
}

void LineEditor::remember(const std::string& entry) {
  HistEvent event;
  history(impl_->history.get(), &event, H_ENTER, entry.c_str());
}

std::string LineEditor::load_history(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return "";
  HistEvent event;
  if (history(impl_->history.get(), &event, H_LOAD, file.c_str()) < 0) {
    return "cannot read the history file " + file.string();
  }
  return "";
}

std::string LineEditor::save_history(const std::filesystem::path& file) {
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return "cannot make the folder " + file.parent_path().string() + ": " + ec.message();
  HistEvent event;
  errno = 0;
  if (history(impl_->history.get(), &event, H_SAVE, file.c_str()) < 0) {
    const int error = errno;
    return "cannot save the history to " + file.string() +
           (error != 0 ? ": " + std::string(std::strerror(error)) : std::string());
  }
  return "";
}

}  // namespace app
