// tests/sanitize/canary.cpp — a program with one deliberate bug per sanitizer, chosen by its
// argument, so that the sanitizer build can prove it still catches things: a build that lost
// its -fsanitize flags runs these quietly and the canary tests fail.
//   heap-overflow   AddressSanitizer: writes one byte past a heap block
//   signed-overflow UndefinedBehaviorSanitizer: INT_MAX + 1
//   leak            LeakSanitizer: a heap block that nothing points to at exit
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace {

// Read through a volatile, so that neither the optimiser nor the compiler's own warnings see
// the bugs below at compile time: they must be caught when the program runs.
volatile int opaque_size = 16;
volatile int opaque_int_max = INT_MAX;

int heap_overflow(int size) {
  char* block = static_cast<char*>(std::malloc(static_cast<std::size_t>(size)));
  std::memset(block, 'x', static_cast<std::size_t>(size) + 1);
  const int last = block[size];
  std::free(block);
  return last;
}

int signed_overflow(int value) {
  return value + 1;
}

[[gnu::noinline]] void leak(int size) {
  void* block = std::malloc(static_cast<std::size_t>(size));
  std::memset(block, 0, static_cast<std::size_t>(size));
  std::printf("leaked %d bytes at a block nothing points to\n", size);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s heap-overflow|signed-overflow|leak\n", argv[0]);
    return 2;
  }
  const std::string_view mode = argv[1];
  if (mode == "heap-overflow") return heap_overflow(opaque_size) == 'x' ? 0 : 3;
  if (mode == "signed-overflow") return signed_overflow(opaque_int_max) < 0 ? 0 : 3;
  if (mode == "leak") {
    leak(opaque_size * 64);
    return 0;
  }
  std::fprintf(stderr, "%s: unknown mode '%s'\n", argv[0], argv[1]);
  return 2;
}
