// file.hpp: reading a file or standard input whole under a size limit.
#include <eduroadmap/file.hpp>
#include <eduroadmap/io.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

using namespace eduroadmap;
namespace fs = std::filesystem;

namespace {

// A file in a fresh temporary directory, removed with it.
struct TempFile {
    fs::path dir = fs::temp_directory_path() / ("erm-file-test-" + std::to_string(::getpid()));
    fs::path path = dir / "input.yaml";
    explicit TempFile(const std::string &bytes) {
        fs::create_directories(dir);
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

// Standard input replaced by a pipe holding @p bytes for as long as it lives.
// The bytes must fit the pipe's buffer (64 KiB on Linux): nobody reads while they are written.
struct PipedStdin {
    int saved = ::dup(STDIN_FILENO);
    int ends[2] = {-1, -1};
    explicit PipedStdin(const std::string &bytes) {
        REQUIRE(::pipe(ends) == 0);
        REQUIRE(::write(ends[1], bytes.data(), bytes.size()) == static_cast<::ssize_t>(bytes.size()));
        ::close(ends[1]);
        REQUIRE(::dup2(ends[0], STDIN_FILENO) == STDIN_FILENO);
    }
    // What is left unread on the pipe.
    std::string rest() const {
        std::string out;
        char chunk[4096];
        for (::ssize_t n; (n = ::read(ends[0], chunk, sizeof chunk)) > 0;) out.append(chunk, static_cast<std::size_t>(n));
        return out;
    }
    ~PipedStdin() {
        ::dup2(saved, STDIN_FILENO);
        ::close(saved);
        ::close(ends[0]);
    }
};

} // namespace

TEST_CASE("a file is read byte for byte") {
    const std::string bytes = std::string("\xEF\xBB\xBF" "a: 1\r\nb: \0\n", 14);
    TempFile f(bytes);
    ReadResult r = read_file_limited(f.path.string(), 1000);
    REQUIRE(r.ok());
    CHECK(r.bytes == bytes);
}

TEST_CASE("an empty file is read as nothing") {
    TempFile f("");
    ReadResult r = read_file_limited(f.path.string(), 1000);
    REQUIRE(r.ok());
    CHECK(r.bytes.empty());
}

TEST_CASE("memory follows the file, not the limit") {
    TempFile f("schema: eduroadmap/1\n");
    ReadResult r = read_file_limited(f.path.string(), Limits{}.max_file_bytes);
    REQUIRE(r.ok());
    CHECK(r.bytes.capacity() < 4096); // a reader that allocates the 16 MiB limit keeps it
}

TEST_CASE("the limit is inclusive and a larger file is refused with its size") {
    TempFile f(std::string(100, 'x'));
    CHECK(read_file_limited(f.path.string(), 100).ok());
    ReadResult r = read_file_limited(f.path.string(), 99);
    REQUIRE(r.error);
    CHECK(r.error->kind == ReadError::Kind::too_large);
    CHECK(r.error->size == 100);
    CHECK(r.error->limit == 99);
    CHECK(r.error->message == "file too large: 100 bytes, the limit is 99 bytes");
    CHECK(r.bytes.empty());
}

TEST_CASE("a file that cannot be opened or read says why") {
    TempFile f("x");
    ReadResult missing = read_file_limited((f.dir / "missing.yaml").string(), 100);
    REQUIRE(missing.error);
    CHECK(missing.error->kind == ReadError::Kind::cannot_open);
    CHECK(missing.error->message == "cannot open: No such file or directory");
    CHECK(missing.error->reason == "No such file or directory");
    ReadResult directory = read_file_limited(f.dir.string(), 100);
    REQUIRE(directory.error);
    CHECK(directory.error->kind == ReadError::Kind::failed);
    CHECK(directory.error->message == "cannot read: Is a directory");
    CHECK(directory.error->reason == "Is a directory");
}

TEST_CASE("standard input is read to its end") {
    PipedStdin in("id: from-a-pipe\n");
    ReadResult r = read_stdin_limited(100);
    REQUIRE(r.ok());
    CHECK(r.bytes == "id: from-a-pipe\n");
}

TEST_CASE("standard input over the limit is refused after one byte more, the rest left unread") {
    std::string bytes;
    for (int i = 0; i < 1000; ++i) bytes += static_cast<char>('a' + i % 26);
    PipedStdin in(bytes);
    ReadResult r = read_stdin_limited(100);
    REQUIRE(r.error);
    CHECK(r.error->kind == ReadError::Kind::too_large);
    CHECK(r.error->size == 0);
    CHECK(r.error->message == "standard input too large: more than 100 bytes, the limit is 100 bytes");
    CHECK(in.rest() == bytes.substr(101));
}

TEST_CASE("a read error is a loader's finding") {
    ReadError big{ReadError::Kind::too_large, "file too large: 100 bytes, the limit is 99 bytes", 100, 99};
    Diagnostic limit = read_error_finding(big, "big.yaml");
    CHECK(limit.rule == "input-limit");
    CHECK(limit.severity == Severity::error);
    CHECK(limit.location == Location{"big.yaml", 1, 1});
    CHECK(limit.arg("limit") == "file size");
    CHECK(limit.arg("value") == "99 bytes");
    CHECK(limit.arg("detail") == "the input has 100 bytes");
    big.size = 0;
    CHECK(read_error_finding(big, "-").arg("detail") == "the input has more than 99 bytes");

    Diagnostic missing = read_error_finding({ReadError::Kind::cannot_open, "cannot open: No such file or directory",
                                             0, 99},
                                            "gone.yaml");
    CHECK(missing.rule == "yaml-syntax");
    CHECK(missing.location == Location{"gone.yaml", 0, 0});
    CHECK(missing.arg("detail") == "cannot open: No such file or directory");
}

TEST_CASE("the loader reports a file over the limit with its real size") {
    TempFile f("schema: eduroadmap/1\nid: x\ntitle: T\nperiod: 2021\nsections: []\n");
    LoadOptions small;
    small.limits.max_file_bytes = 10;
    LoadResult r = load_file(f.path.string(), small);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].rule == "input-limit");
    CHECK(r.diagnostics[0].arg("detail") == "the input has " + std::to_string(fs::file_size(f.path)) + " bytes");
}
