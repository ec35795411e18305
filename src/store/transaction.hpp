// store/transaction.hpp — a transaction that rolls back unless it was committed (RAII).
//
// Destroying an uncommitted Transaction — by an exception unwinding past it or an early
// return — rolls back, and never throws. Nested use goes through Savepoint.
#pragma once

#include <string>

namespace store {

class Database;

enum class TransactionKind {
  kDeferred,   // takes locks on first use; right for read-only runs (one snapshot)
  kImmediate,  // takes the write lock at once; right for builds and write runs
};

class Transaction {
 public:
  Transaction(Database& db, TransactionKind kind = TransactionKind::kDeferred);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // Makes the changes permanent. Throws StoreError when SQLite refuses (the transaction is
  // then rolled back by the destructor).
  void commit();
  void rollback() noexcept;
  bool is_open() const { return open_; }

 private:
  Database& db_;
  bool open_ = false;
};

// A named savepoint: released by release(), rolled back to (and released) otherwise.
class Savepoint {
 public:
  Savepoint(Database& db, std::string name);
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;
  ~Savepoint();

  void release();

 private:
  Database& db_;
  std::string name_;
  bool open_ = false;
};

}  // namespace store
