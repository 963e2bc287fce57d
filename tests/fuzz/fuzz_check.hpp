// What every fuzz target shares: an invariant that aborts (libFuzzer then
// saves the input as a crash) and the fuzzed bytes seen as text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace erm_fuzz {

/// Aborts with @p what when @p ok is false: a broken invariant is a finding
/// like a crash, and libFuzzer keeps the input that broke it.
inline void require(bool ok, const char *what) {
    if (ok) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

/// The fuzzed bytes as text (not NUL-terminated).
inline std::string_view text(const std::uint8_t *data, std::size_t size) {
    return {reinterpret_cast<const char *>(data), size};
}

} // namespace erm_fuzz
