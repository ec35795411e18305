// export/file_output_buffer.hpp — a std::streambuf over a POSIX file descriptor that keeps
// the reason (errno) of the first failed write, so that "disk full" can be reported as such.
//
// std::ofstream only says that something failed; a user needs to know what. After a failed
// write the stream goes bad and writes nothing more; close() throws with the reason.
// With an OutputBudget, every write is charged to it first; a write past the budget fails
// like a full disk, and close() throws exporter::OutputLimitError.
#pragma once

#include <filesystem>
#include <streambuf>
#include <vector>

namespace exporter {

class OutputBudget;

class FileOutputBuffer : public std::streambuf {
 public:
  // Creates `path` (or truncates it) for writing. Throws std::runtime_error with the path
  // and the reason when it cannot. `budget` (not owned; may be null) must outlive the buffer.
  explicit FileOutputBuffer(const std::filesystem::path& path, OutputBudget* budget = nullptr);
  FileOutputBuffer(const FileOutputBuffer&) = delete;
  FileOutputBuffer& operator=(const FileOutputBuffer&) = delete;
  // Closes the file if close() was not called; what is still buffered is dropped.
  ~FileOutputBuffer() override;

  // Writes what is buffered and closes the file. Throws std::runtime_error with the path
  // and the reason of the first failure (of any write, or of close itself); throws
  // OutputLimitError when a write went past the budget.
  void close();

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  bool write_buffered();
  bool write_all(const char* data, std::size_t size);

  std::filesystem::path path_;
  int fd_ = -1;
  int error_ = 0;  // errno of the first failure, 0 while all is well
  OutputBudget* budget_ = nullptr;
  bool over_budget_ = false;
  std::vector<char> buffer_;
};

}  // namespace exporter
