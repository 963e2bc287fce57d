// How the Word reader gives up: a ReadFailure thrown anywhere below the
// entry points (read.cpp) and turned there into a WordResult, so that the
// limit checks deep inside the readers stay one line each.
#ifndef EDUROADMAP_SRC_WORD_FAILURE_HPP
#define EDUROADMAP_SRC_WORD_FAILURE_HPP

#include <eduroadmap/word.hpp>

#include <cstdint>
#include <exception>
#include <string>

namespace eduroadmap::detail::word {

struct ReadFailure : std::exception {
    WordStatus status;
    std::string part;
    std::uint64_t limit = 0;
    std::uint64_t found = 0;
    std::string detail;

    ReadFailure(WordStatus status, std::string part, std::uint64_t limit = 0, std::uint64_t found = 0,
                std::string detail = {})
        : status(status), part(std::move(part)), limit(limit), found(found), detail(std::move(detail)) {}
    const char *what() const noexcept override { return "word document not read"; }
};

} // namespace eduroadmap::detail::word

#endif
