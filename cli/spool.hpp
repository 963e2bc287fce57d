// A temporary file that a report is written into and read back from once:
// what a format must put after parts it has not seen yet stays on disk, not
// in memory, however many files a run has.
#ifndef EDUROADMAP_CLI_SPOOL_HPP
#define EDUROADMAP_CLI_SPOOL_HPP

#include <fstream>
#include <ostream>
#include <string>

namespace eduroadmap::cli {

class Spool {
public:
    // Makes the file in the temporary directory (TMPDIR, else /tmp) and
    // unlinks it at once, so nothing is left behind whatever ends the run.
    // Throws std::runtime_error, with the directory and the reason, when
    // it cannot.
    Spool();
    Spool(const Spool &) = delete;
    Spool &operator=(const Spool &) = delete;

    std::ostream &stream() { return file_; }
    // Writes everything written so far to @p out. Throws std::runtime_error
    // when the file could not hold it (a full disk).
    void copy_to(std::ostream &out);

private:
    std::fstream file_;
    std::string directory_; // for messages
};

} // namespace eduroadmap::cli

#endif
