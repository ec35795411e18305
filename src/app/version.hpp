// app/version.hpp — the program's version, set by CMake from the project version.
#pragma once

namespace app {

inline constexpr const char* kVersion = CONCEPTDB_VERSION;

}  // namespace app
