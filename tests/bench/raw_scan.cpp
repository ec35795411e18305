// tests/bench/raw_scan.cpp — the reference loop of the ingest benchmark: read every file of a
// corpus folder and count its lines and words, as fast as plain C++ does it.
//
//   raw_scan DIR   prints "bytes lines words cpu_seconds" of every *.txt in DIR (name order)
//
// `conceptdb build` does far more per byte; the ratio of its MB/s to this loop's says how much
// more, independent of how fast the machine happens to be during the run.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: raw_scan DIR\n");
    return 2;
  }
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1], ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  if (ec) {
    std::fprintf(stderr, "raw_scan: %s: %s\n", argv[1], ec.message().c_str());
    return 1;
  }
  std::sort(files.begin(), files.end());
  const std::clock_t start = std::clock();
  std::size_t bytes = 0;
  std::size_t lines = 0;
  std::size_t words = 0;
  std::string buffer;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    buffer.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
      std::fprintf(stderr, "raw_scan: %s: cannot be read\n", path.c_str());
      return 1;
    }
    bool in_word = false;
    for (const char c : buffer) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      words += (!space && !in_word) ? 1 : 0;
      lines += c == '\n' ? 1 : 0;
      in_word = !space;
    }
    bytes += buffer.size();
  }
  const double cpu = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  std::printf("%zu %zu %zu %.6f\n", bytes, lines, words, cpu);
  return 0;
}
