// tests/reliability/kill_support.hpp — what the kill tests share: the conceptdb binary,
// seeded kill moments, restoring a database file, and a per-phase tally.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace reliability {

inline std::string conceptdb_binary() {
  return CONCEPTDB_BINARY;
}

// How many kills a test makes (CONCEPTDB_KILLS overrides the default) and the seed of their
// moments (CONCEPTDB_KILL_SEED), so that a failure can be replayed.
inline int kill_count(int fallback) {
  const char* value = std::getenv("CONCEPTDB_KILLS");
  return value != nullptr && *value ? std::atoi(value) : fallback;
}

inline unsigned kill_seed(unsigned fallback) {
  const char* value = std::getenv("CONCEPTDB_KILL_SEED");
  return value != nullptr && *value ? static_cast<unsigned>(std::strtoul(value, nullptr, 10))
                                    : fallback;
}

// `count` fractions of a run spread evenly over [0, 1) with a random offset in each slot:
// every part of the run gets its share of kills, and the seed decides exactly where.
inline std::vector<double> kill_fractions(int count, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> within(0.0, 1.0);
  std::vector<double> fractions;
  for (int i = 0; i < count; ++i)
    fractions.push_back((i + within(random)) / count);
  std::shuffle(fractions.begin(), fractions.end(), random);
  return fractions;
}

// How long a run takes, learnt as the runs go: the machine is shared and its speed drifts, so
// a run that ended before its kill shortens the span the next kills are spread over.
class RunDuration {
 public:
  explicit RunDuration(std::chrono::microseconds measured) : duration_(measured) {}

  // The moment for `fraction`: from the start to just before the end of the fastest run.
  std::chrono::microseconds moment(double fraction) const {
    return std::chrono::microseconds(static_cast<long>(duration_.count() * 0.95 * fraction));
  }
  void ended_after(std::chrono::microseconds elapsed) { duration_ = std::min(duration_, elapsed); }
  std::chrono::microseconds get() const { return duration_; }

 private:
  std::chrono::microseconds duration_;
};

inline std::chrono::microseconds since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                               start);
}

// Puts `pristine` back at `database`, with no log of an earlier connection beside it.
inline void restore_database(const std::filesystem::path& pristine,
                             const std::filesystem::path& database) {
  for (const char* suffix : {"-wal", "-shm", "-journal"})
    std::filesystem::remove(database.string() + suffix);
  std::filesystem::copy_file(pristine, database, std::filesystem::copy_options::overwrite_existing);
}

// "read 12, store 9, ..." in the order the phases were first seen.
class Tally {
 public:
  void add(const std::string& phase) {
    if (!counts_.contains(phase)) order_.push_back(phase);
    ++counts_[phase];
  }
  int count(const std::string& phase) const {
    const auto it = counts_.find(phase);
    return it == counts_.end() ? 0 : it->second;
  }
  std::string to_string() const {
    std::string out;
    for (const auto& phase : order_)
      out += (out.empty() ? "" : ", ") + phase + " " + std::to_string(counts_.at(phase));
    return out;
  }

 private:
  std::map<std::string, int> counts_;
  std::vector<std::string> order_;
};

}  // namespace reliability
