// tests/export/atomic_output_file_test.cpp — a file is replaced whole or not at all:
// commit puts the new content in place; an exception before it, or a write that fails,
// leaves the old file byte for byte and no temporary file; errors name the path and why.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <functional>

#include "export/atomic_output_file.hpp"
#include "export/file_output_buffer.hpp"
#include "export/row_file.hpp"
#include "support/test_support.hpp"

namespace {

using exporter::AtomicOutputFile;
using testing_support::read_file;
using testing_support::TempDir;
using testing_support::write_file;

const std::string kOldContent = "old,content\r\n\xC3\xA9\xC3\xA9n\r\n";

// The names in `dir`, to see that no temporary file is left.
std::vector<std::string> names_in(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string message_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const std::exception& e) {
    return e.what();
  }
  ADD_FAILURE() << "no exception";
  return {};
}

bool contains(const std::string& text, const std::string& fragment) {
  return text.find(fragment) != std::string::npos;
}

TEST(AtomicOutputFileTest, CommitReplacesTheTarget) {
  TempDir dir;
  write_file(dir / "out.csv", kOldContent);
  {
    AtomicOutputFile file(dir / "out.csv");
    file.stream() << "new";
    EXPECT_EQ(read_file(dir / "out.csv"), kOldContent) << "replaced before commit";
    file.commit();
  }
  EXPECT_EQ(read_file(dir / "out.csv"), "new");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.csv"});
}

TEST(AtomicOutputFileTest, CommitCreatesANewFile) {
  TempDir dir;
  {
    AtomicOutputFile file(dir / "new.md");
    file.stream() << std::string(200000, 'x');  // more than the buffer holds
    file.commit();
  }
  EXPECT_EQ(read_file(dir / "new.md"), std::string(200000, 'x'));
}

TEST(AtomicOutputFileTest, ExceptionBeforeCommitLeavesTheOldFileAndNoTemporaryFile) {
  TempDir dir;
  write_file(dir / "out.csv", kOldContent);
  try {
    AtomicOutputFile file(dir / "out.csv");
    file.stream() << std::string(100000, 'y');
    EXPECT_TRUE(std::filesystem::exists(file.temporary_path()));
    throw std::runtime_error("the query failed half-way");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(read_file(dir / "out.csv"), kOldContent);
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.csv"});
}

TEST(AtomicOutputFileTest, TemporaryFileIsBesideTheTarget) {
  TempDir dir;
  AtomicOutputFile file(dir / "t.json");
  EXPECT_EQ(file.temporary_path().parent_path(), dir.path());
  EXPECT_NE(file.temporary_path(), dir / "t.json");
}

TEST(AtomicOutputFileTest, MissingFolderIsAClearError) {
  TempDir dir;
  const auto target = dir / "no" / "such" / "out.csv";
  const std::string message = message_of([&] { AtomicOutputFile file(target); });
  EXPECT_TRUE(contains(message, target.string())) << message;
  EXPECT_TRUE(contains(message, "No such file or directory")) << message;
  EXPECT_TRUE(contains(message, "check that the folder " + (dir / "no" / "such").string()))
      << message;
}

TEST(AtomicOutputFileTest, AFileInPlaceOfAFolderIsAClearError) {
  TempDir dir;
  write_file(dir / "plain", "x");
  const std::string message = message_of([&] { AtomicOutputFile file(dir / "plain" / "o.csv"); });
  EXPECT_TRUE(contains(message, "Not a directory")) << message;
}

TEST(AtomicOutputFileTest, UnwritableFolderIsAClearError) {
  TempDir dir;
  std::filesystem::create_directory(dir / "ro");
  std::filesystem::permissions(
      dir / "ro", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                      std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
  std::filesystem::permissions(dir.path(), std::filesystem::perms::others_exec,
                               std::filesystem::perm_options::add);
  // Root may write in any folder: then the attempt runs in a child that has dropped to
  // "nobody", and sends its message back through a pipe.
  std::string message;
  if (::geteuid() != 0) {
    message = message_of([&] { AtomicOutputFile file(dir / "ro" / "o.csv"); });
  } else {
    int channel[2];
    ASSERT_EQ(::pipe(channel), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      ::close(channel[0]);
      if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
      const std::string text = message_of([&] { AtomicOutputFile file(dir / "ro" / "o.csv"); });
      const ssize_t written = ::write(channel[1], text.data(), text.size());
      ::_exit(written == static_cast<ssize_t>(text.size()) ? 0 : 4);
    }
    ::close(channel[1]);
    char buffer[4096];
    for (ssize_t n; (n = ::read(channel[0], buffer, sizeof buffer)) > 0;)
      message.append(buffer, static_cast<std::size_t>(n));
    ::close(channel[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "child status " << status;
  }
  std::filesystem::permissions(dir / "ro", std::filesystem::perms::owner_all);
  EXPECT_TRUE(contains(message, (dir / "ro" / "o.csv").string())) << message;
  EXPECT_TRUE(contains(message, "Permission denied")) << message;
}

// A disk that fills up: the file-size limit (RLIMIT_FSIZE) makes write(2) fail with EFBIG
// as a full disk makes it fail with ENOSPC; both must be reported, not swallowed.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    ::getrlimit(RLIMIT_FSIZE, &saved_);
    saved_handler_ = ::signal(SIGXFSZ, SIG_IGN);
    rlimit limit = saved_;
    limit.rlim_cur = bytes;
    ::setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &saved_);
    ::signal(SIGXFSZ, saved_handler_);
  }

 private:
  rlimit saved_{};
  sighandler_t saved_handler_;
};

TEST(AtomicOutputFileTest, AFailedWriteIsReportedAtCommitAndTheOldFileStays) {
  TempDir dir;
  write_file(dir / "out.csv", kOldContent);
  std::string message;
  {
    FileSizeLimit limit(100000);
    AtomicOutputFile file(dir / "out.csv");
    file.stream() << std::string(300000, 'z');
    message = message_of([&] { file.commit(); });
  }
  EXPECT_TRUE(contains(message, (dir / "out.csv").string())) << message;
  EXPECT_TRUE(contains(message, "File too large")) << message;
  EXPECT_EQ(read_file(dir / "out.csv"), kOldContent);
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out.csv"});
}

TEST(AtomicOutputFileTest, ByPathCreatesAnEmptyTemporaryFileAndHasNoStream) {
  TempDir dir;
  AtomicOutputFile file(dir / "w.xlsx", AtomicOutputFile::Access::kByPath);
  EXPECT_EQ(read_file(file.temporary_path()), "");
  EXPECT_THROW(file.stream(), std::logic_error);
  write_file(file.temporary_path(), "PK");
  file.commit();
  EXPECT_EQ(read_file(dir / "w.xlsx"), "PK");
}

TEST(FileOutputBufferTest, CloseReportsTheFirstFailure) {
  TempDir dir;
  std::string message;
  {
    FileSizeLimit limit(10);
    exporter::FileOutputBuffer buffer(dir / "f");
    std::ostream out(&buffer);
    out << std::string(100, 'a');
    message = message_of([&] { buffer.close(); });
  }
  EXPECT_TRUE(contains(message, "cannot write " + (dir / "f").string() + ": File too large"))
      << message;
}

// ------------------------------------------------------------------------ open_row_file

TEST(RowFileTest, EndPutsTheFileInPlace) {
  TempDir dir;
  write_file(dir / "t.csv", kOldContent);
  auto writer = exporter::open_row_file(dir / "t.csv", "csv");
  writer->begin({"a"});
  writer->row({store::Value{std::int64_t{1}}});
  EXPECT_EQ(read_file(dir / "t.csv"), kOldContent);
  writer->end();
  EXPECT_EQ(read_file(dir / "t.csv"), "a\r\n1\r\n");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"t.csv"});
}

TEST(RowFileTest, AWriterDroppedBeforeEndLeavesTheOldFile) {
  TempDir dir;
  for (const std::string format : {"csv", "xlsx"}) {
    const auto target = dir / ("t." + format);
    write_file(target, kOldContent);
    {
      auto writer = exporter::open_row_file(target, format);
      writer->begin({"a"});
      writer->row({store::Value{std::string("new")}});
    }
    EXPECT_EQ(read_file(target), kOldContent) << format;
  }
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"t.csv", "t.xlsx"}));
}

TEST(RowFileTest, XlsxIsAZipFileInPlace) {
  TempDir dir;
  auto writer = exporter::open_row_file(dir / "t.xlsx", "xlsx");
  writer->begin({"a"});
  writer->end();
  EXPECT_EQ(read_file(dir / "t.xlsx").substr(0, 2), "PK");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"t.xlsx"});
}

TEST(RowFileTest, UnknownFormatIsRefused) {
  TempDir dir;
  EXPECT_THROW(exporter::open_row_file(dir / "t.xml", "xml"), std::invalid_argument);
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
