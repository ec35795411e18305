// export/output_budget.hpp — how many bytes the files of one run may still take on disk.
//
// A script found on a colleague's drive must not fill the disk. Every file an export or a
// report writes charges its bytes to the run's budget as they go to disk (FileOutputBuffer,
// AtomicOutputFile); once a charge would pass the limit the budget is spent for good, the
// file being written fails with OutputLimitError and its temporary file is removed, so no
// partial file is left behind. The export layer knows nothing of who set the limit: the
// owner (the Lua host) passes a callback that hears of the moment the budget runs out.
// Not safe for use from several threads.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <utility>

namespace exporter {

// A file could not be written because the run's output budget is spent.
class OutputLimitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class OutputBudget {
 public:
  // `limit_bytes` 0: no limit. `on_exhausted`, if given, is called once, when a charge
  // first fails; it must not throw (it runs inside stream writes).
  explicit OutputBudget(std::uint64_t limit_bytes = 0, std::function<void()> on_exhausted = {})
      : limit_bytes_(limit_bytes), on_exhausted_(std::move(on_exhausted)) {}

  // Charges `bytes` about to be written. False (and from then on for every charge) when the
  // total would pass the limit; nothing is charged then.
  bool charge(std::uint64_t bytes) {
    if (exhausted_) return false;
    if (limit_bytes_ > 0 && bytes > limit_bytes_ - used_bytes_) {
      exhausted_ = true;
      if (on_exhausted_) on_exhausted_();
      return false;
    }
    used_bytes_ += bytes;
    return true;
  }

  bool exhausted() const { return exhausted_; }
  std::uint64_t limit_bytes() const { return limit_bytes_; }
  std::uint64_t used_bytes() const { return used_bytes_; }

 private:
  std::uint64_t limit_bytes_;
  std::uint64_t used_bytes_ = 0;
  bool exhausted_ = false;
  std::function<void()> on_exhausted_;
};

}  // namespace exporter
