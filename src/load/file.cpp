// The one reader of files and standard input (file.hpp). POSIX calls rather
// than streams: fstat tells a regular file's size before anything is read,
// and read(2) in chunks keeps memory at the size of what arrives.
#include "load/input.hpp"

#include <eduroadmap/file.hpp>

#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace eduroadmap {
namespace {

// std::error_code's message is thread-safe, unlike std::strerror.
std::string reason(int err) { return std::error_code(err, std::generic_category()).message(); }

ReadResult failure(ReadError error) {
    ReadResult r;
    r.error = std::move(error);
    return r;
}

// The error of a system call that failed with @p err.
ReadResult system_failure(ReadError::Kind kind, const char *what, int err, std::size_t limit) {
    return failure({kind, std::string(what) + ": " + reason(err), 0, limit, reason(err)});
}

// An open file, closed when it goes.
class Descriptor {
public:
    explicit Descriptor(int fd) noexcept : fd_(fd) {}
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const noexcept { return fd_; }

private:
    int fd_;
};

// Reads @p fd to its end, at most max_bytes + 1 bytes of it. @p stream names
// the input in a too-large message when its size is not known in advance.
ReadResult read_all(int fd, std::size_t max_bytes, const char *stream) {
    std::string data;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        const auto size = static_cast<std::size_t>(st.st_size);
        if (size > max_bytes) return failure(detail::too_large(size, max_bytes, stream));
        data.reserve(size);
    }
    char chunk[1 << 16];
    for (;;) {
        const std::size_t left = max_bytes - data.size(); // data.size() <= max_bytes here
        const std::size_t room = left >= sizeof chunk ? sizeof chunk : left + 1;
        const ::ssize_t n = ::read(fd, chunk, room);
        if (n < 0) {
            if (errno == EINTR) continue;
            return system_failure(ReadError::Kind::failed, "cannot read", errno, max_bytes);
        }
        if (n == 0) return {std::move(data), std::nullopt};
        data.append(chunk, static_cast<std::size_t>(n));
        // A regular file that grew while it was read is cut like a stream.
        if (data.size() > max_bytes) return failure(detail::too_large(0, max_bytes, stream));
    }
}

} // namespace

namespace detail {

ReadError too_large(std::size_t size, std::size_t limit, const char *input) {
    const std::string bytes = std::to_string(limit) + " bytes";
    return {ReadError::Kind::too_large,
            std::string(input) + " too large: " + (size ? std::to_string(size) + " bytes" : "more than " + bytes) +
                ", the limit is " + bytes,
            size, limit};
}

} // namespace detail

ReadResult read_file_limited(const std::string &path, std::size_t max_bytes) {
    Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) return system_failure(ReadError::Kind::cannot_open, "cannot open", errno, max_bytes);
    return read_all(fd.get(), max_bytes, "file");
}

ReadResult read_stdin_limited(std::size_t max_bytes) { return read_all(STDIN_FILENO, max_bytes, "standard input"); }

Diagnostic read_error_finding(const ReadError &error, const std::string &file) {
    if (error.kind != ReadError::Kind::too_large)
        return detail::file_error(file, 0, 0, "yaml-syntax", {{"detail", error.message}});
    return detail::file_error(
        file, 1, 1, "input-limit",
        {{"limit", "file size"},
         {"value", std::to_string(error.limit) + " bytes"},
         {"detail", "the input has " + (error.size ? std::to_string(error.size) + " bytes"
                                                   : "more than " + std::to_string(error.limit) + " bytes")}});
}

} // namespace eduroadmap
