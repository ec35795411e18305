// export/atomic_output_file.cpp — temporary file, commit by rename, clean-up otherwise.
#include "export/atomic_output_file.hpp"

#include <unistd.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/file_output_buffer.hpp"
#include "export/output_budget.hpp"
#include "store/file_replace.hpp"

namespace exporter {

namespace {

// What to tell a user who cannot write `target`: the reason, and what to check.
std::runtime_error cannot_write(const std::filesystem::path& target, const std::string& reason) {
  const auto folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  return std::runtime_error("cannot write " + target.string() + " (" + reason +
                            "); check that the folder " + folder.string() +
                            " exists, that you may write in it, and that the disk has room");
}

// The temporary files of the AtomicOutputFiles alive now, for remove_unfinished_outputs().
struct LiveTemporaries {
  std::mutex mutex;
  std::vector<std::string> paths;
};

LiveTemporaries& live_temporaries() {
  static LiveTemporaries live;
  return live;
}

void register_temporary(const std::filesystem::path& path) {
  auto& live = live_temporaries();
  const std::lock_guard lock(live.mutex);
  live.paths.push_back(path.string());
}

void unregister_temporary(const std::filesystem::path& path) noexcept {
  auto& live = live_temporaries();
  const std::lock_guard lock(live.mutex);
  const auto found = std::find(live.paths.begin(), live.paths.end(), path.string());
  if (found != live.paths.end()) live.paths.erase(found);
}

}  // namespace

void remove_unfinished_outputs() noexcept {
  auto& live = live_temporaries();
  const std::unique_lock lock(live.mutex, std::try_to_lock);
  if (!lock.owns_lock()) return;
  for (const std::string& path : live.paths)
    ::unlink(path.c_str());  // no allocation: the process may be in any state
}

AtomicOutputFile::AtomicOutputFile(std::filesystem::path target, Access access,
                                   OutputBudget* budget)
    : target_(std::move(target)),
      temporary_(store::temporary_path_beside(target_)),
      budget_(budget) {
  try {
    buffer_ = std::make_unique<FileOutputBuffer>(temporary_, budget);
  } catch (const std::runtime_error& e) {
    throw cannot_write(target_, e.what());
  }
  register_temporary(temporary_);
  if (access == Access::kByPath) {
    buffer_->close();  // created empty; the library will write it
    buffer_.reset();
  } else {
    stream_ = std::make_unique<std::ostream>(buffer_.get());
  }
}

AtomicOutputFile::~AtomicOutputFile() {
  unregister_temporary(temporary_);
  stream_.reset();
  buffer_.reset();  // closes the file descriptor before the file is removed
  if (!committed_) {
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
  }
}

std::ostream& AtomicOutputFile::stream() {
  if (!stream_) {
    throw std::logic_error("AtomicOutputFile::stream: " + target_.string() +
                           " is written by path, not through a stream");
  }
  return *stream_;
}

void AtomicOutputFile::commit() {
  if (committed_) throw std::logic_error("AtomicOutputFile::commit called twice");
  try {
    if (buffer_) {
      stream_->flush();
      buffer_->close();
      stream_.reset();
      buffer_.reset();
    } else if (budget_ != nullptr) {
      // A library wrote the file by path: its size is only known now.
      std::error_code ec;
      const auto size = std::filesystem::file_size(temporary_, ec);
      if (!ec && !budget_->charge(size)) throw OutputLimitError("");
    }
    store::replace_file(temporary_, target_);
  } catch (const OutputLimitError&) {
    throw OutputLimitError("cannot write " + target_.string() + ": the output limit of " +
                           std::to_string(budget_->limit_bytes()) +
                           " bytes for the files of this run is reached");
  } catch (const std::runtime_error& e) {
    throw cannot_write(target_, e.what());
  }
  committed_ = true;
}

}  // namespace exporter
