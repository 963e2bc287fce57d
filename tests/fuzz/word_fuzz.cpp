// The Word and OpenDocument reader on any bytes: a document or a status
// with a message, never a throw, a hang or runaway memory (its limits).
#include "fuzz_check.hpp"

#include <eduroadmap/word.hpp>

using namespace eduroadmap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const WordResult result = read_word_document(reinterpret_cast<const char *>(data), size);
    erm_fuzz::require(result.ok() == result.message().empty(), "a message exactly when the document was refused");
    return 0;
}
