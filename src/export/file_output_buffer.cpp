// export/file_output_buffer.cpp — buffered write(2), retried on EINTR and short writes.
#include "export/file_output_buffer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "export/output_budget.hpp"

namespace exporter {

namespace {

constexpr std::size_t kBufferSize = 64 * 1024;

}  // namespace

FileOutputBuffer::FileOutputBuffer(const std::filesystem::path& path, OutputBudget* budget)
    : path_(path), budget_(budget) {
  fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd_ < 0) {
    throw std::runtime_error("cannot create " + path.string() + ": " + std::strerror(errno));
  }
  buffer_.resize(kBufferSize);
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FileOutputBuffer::~FileOutputBuffer() {
  if (fd_ >= 0) ::close(fd_);
}

bool FileOutputBuffer::write_all(const char* data, std::size_t size) {
  if (error_ != 0 || over_budget_) return false;
  if (budget_ != nullptr && !budget_->charge(size)) {
    over_budget_ = true;
    return false;
  }
  while (size > 0) {
    const ssize_t written = ::write(fd_, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    data += written;
    size -= static_cast<std::size_t>(written);
  }
  return true;
}

bool FileOutputBuffer::write_buffered() {
  const bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FileOutputBuffer::int_type FileOutputBuffer::overflow(int_type c) {
  if (!write_buffered()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FileOutputBuffer::xsputn(const char* data, std::streamsize size) {
  const auto n = static_cast<std::size_t>(size);
  if (n <= static_cast<std::size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), data, n);
    pbump(static_cast<int>(n));
    return size;
  }
  // Larger than what is left: write the buffer, then the data itself without copying.
  if (!write_buffered() || !write_all(data, n)) return 0;
  return size;
}

int FileOutputBuffer::sync() {
  return write_buffered() ? 0 : -1;
}

void FileOutputBuffer::close() {
  if (fd_ < 0) throw std::logic_error("FileOutputBuffer::close called twice for " + path_.string());
  write_buffered();
  const int fd = fd_;
  fd_ = -1;
  // close(2) can report a failed delayed write (NFS, quotas); its errno counts too.
  if (::close(fd) != 0 && error_ == 0) error_ = errno;
  if (over_budget_) {
    throw OutputLimitError("cannot write " + path_.string() + ": the run's output limit of " +
                           std::to_string(budget_->limit_bytes()) + " bytes is reached");
  }
  if (error_ != 0) {
    throw std::runtime_error("cannot write " + path_.string() + ": " + std::strerror(error_));
  }
}

}  // namespace exporter
