// Stable fingerprints of findings, for CI systems that track a finding
// across commits (GitLab Code Quality, SARIF partialFingerprints).
#ifndef EDUROADMAP_CLI_FINGERPRINT_HPP
#define EDUROADMAP_CLI_FINGERPRINT_HPP

#include "report.hpp"

#include <string>
#include <vector>

namespace eduroadmap::cli {

// One fingerprint per finding of @p file, in order: 16 hex digits of the
// 64-bit FNV-1a hash of the file's display path, the rule id, the node path
// and the message values with list indices removed (`sections[].measures[]`),
// line numbers left out, and the finding's rank among the file's findings
// with that same key. So a finding keeps its fingerprint when lines or
// measures are inserted before it, and two equal findings still differ.
std::vector<std::string> fingerprints(const FileReport &file);

} // namespace eduroadmap::cli

#endif
