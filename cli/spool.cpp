#include "spool.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include <unistd.h>

namespace eduroadmap::cli {

namespace {

[[noreturn]] void fail(const std::string &what, const std::string &directory, int error) {
    throw std::runtime_error(what + " in " + directory + ": " + std::strerror(error));
}

} // namespace

Spool::Spool() {
    // As mktemp(1) and most tools: TMPDIR when set, else /tmp.
    const char *tmpdir = std::getenv("TMPDIR");
    directory_ = tmpdir && *tmpdir ? tmpdir : "/tmp";
    const std::string name = (std::filesystem::path(directory_) / "eduroadmap-XXXXXX").string();
    std::vector<char> path(name.begin(), name.end());
    path.push_back('\0');
    const int fd = ::mkstemp(path.data());
    if (fd < 0) fail("cannot make a temporary file", directory_, errno);
    file_.open(path.data(), std::ios::in | std::ios::out | std::ios::trunc | std::ios::binary);
    const int open_error = errno;
    ::close(fd);
    ::unlink(path.data()); // the open stream keeps the file until it closes
    if (!file_) fail("cannot open a temporary file", directory_, open_error);
}

void Spool::copy_to(std::ostream &out) {
    file_.flush();
    const std::streamoff size = file_.tellp();
    if (!file_ || size < 0) fail("cannot write a temporary file", directory_, errno ? errno : EIO);
    if (size == 0) return; // `out << rdbuf()` of nothing would fail `out`
    file_.seekg(0);
    out << file_.rdbuf();
    if (!file_) fail("cannot read back a temporary file", directory_, errno ? errno : EIO);
}

} // namespace eduroadmap::cli
