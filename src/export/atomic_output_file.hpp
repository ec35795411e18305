// export/atomic_output_file.hpp — writing a file so that readers see the old file or the
// complete new one, never half of one.
//
// The new content goes to a temporary file beside the target (same folder, so that the
// rename is atomic: store::temporary_path_beside); commit() flushes it to disk and renames
// it over the target (store::replace_file). Until then the target is untouched: when an
// exception ends the export half-way, the destructor removes the temporary file and the old
// file stays as it was, byte for byte.
//
// With an OutputBudget (the run's limit on bytes written), the bytes are charged as they go
// to disk (kByPath: the whole file at commit); past the budget, commit() throws
// OutputLimitError and the target stays untouched, as for any other failure.
//
// The new file gets the default permissions (0666 less the umask), not the old file's.
// Not safe for use from several threads.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>

namespace exporter {

class FileOutputBuffer;
class OutputBudget;

class AtomicOutputFile {
 public:
  enum class Access {
    kStream,  // write through stream()
    kByPath,  // a library (libxlsxwriter) writes temporary_path() itself
  };

  // Creates the temporary file beside `target` (for kByPath too, empty, so that a missing
  // or unwritable folder is reported before any work is done). Throws std::runtime_error
  // naming the target and the reason (errno text) when it cannot. `budget` (not owned; may
  // be null) must outlive this object.
  explicit AtomicOutputFile(std::filesystem::path target, Access access = Access::kStream,
                            OutputBudget* budget = nullptr);
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;
  // Removes the temporary file unless commit() succeeded.
  ~AtomicOutputFile();

  // The stream to write the content to (Access::kStream only; std::logic_error otherwise).
  std::ostream& stream();

  const std::filesystem::path& target() const { return target_; }
  const std::filesystem::path& temporary_path() const { return temporary_; }

  // Writes what is buffered, flushes the file to disk and renames it over the target.
  // Throws std::runtime_error naming the target and the reason (disk full, ...); the target
  // is then untouched and the temporary file removed (by the destructor). Throws
  // OutputLimitError (naming the target) when the file went past the output budget.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::unique_ptr<FileOutputBuffer> buffer_;  // null for Access::kByPath
  std::unique_ptr<std::ostream> stream_;
  OutputBudget* budget_ = nullptr;
  bool committed_ = false;
};

// Removes the temporary file of every AtomicOutputFile not committed yet, for a process about
// to end without unwinding (a script run's watchdog ends it with _exit). Callable from any
// thread; does nothing rather than wait when another thread is registering a file just then.
void remove_unfinished_outputs() noexcept;

}  // namespace exporter
