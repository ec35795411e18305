// store/transaction.cpp — BEGIN/COMMIT/ROLLBACK and savepoints with rollback on unwind.
#include "store/transaction.hpp"

#include "store/database.hpp"

namespace store {

Transaction::Transaction(Database& db, TransactionKind kind) : db_(db) {
  db_.exec(kind == TransactionKind::kImmediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
  open_ = true;
}

Transaction::~Transaction() {
  rollback();
}

void Transaction::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

void Transaction::rollback() noexcept {
  if (!open_) return;
  open_ = false;
  try {
    db_.exec("ROLLBACK");
  } catch (const std::exception&) {
    // SQLite may already have rolled back (after an I/O error or an interrupt); nothing is
    // left to undo then, and a destructor must not throw.
  }
}

Savepoint::Savepoint(Database& db, std::string name) : db_(db), name_(std::move(name)) {
  db_.exec("SAVEPOINT \"" + name_ + "\"");
  open_ = true;
}

Savepoint::~Savepoint() {
  if (!open_) return;
  try {
    db_.exec("ROLLBACK TO \"" + name_ + "\"");
    db_.exec("RELEASE \"" + name_ + "\"");
  } catch (const std::exception&) {
    // As in Transaction::rollback: the enclosing transaction may be gone already.
  }
}

void Savepoint::release() {
  db_.exec("RELEASE \"" + name_ + "\"");
  open_ = false;
}

}  // namespace store
