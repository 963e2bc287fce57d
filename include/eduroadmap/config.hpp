/// @file config.hpp
/// @brief Validation configuration: the `.eduroadmap.yaml` file that sets
/// which rules run and how seriously, the language, the direction catalog,
/// the required stages of the management cycle, the failure threshold and
/// the input limits (docs/config.md).
///
/// This is an edge of the library: it reads files. The options it produces
/// are plain values handed to validate_file() and the other entry points of
/// validate_io.hpp, which this header includes.
#ifndef EDUROADMAP_CONFIG_HPP
#define EDUROADMAP_CONFIG_HPP

#include <eduroadmap/diagnostics.hpp>
#include <eduroadmap/validate_io.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduroadmap {

/// @brief The name of a configuration file that is found by walking up
/// from a roadmap's directory.
inline constexpr std::string_view config_file_name = ".eduroadmap.yaml";

/// @brief A validation configuration as read from a file.
struct Config {
    /// The file it was read from, as given to the loader; empty for the
    /// built-in defaults.
    std::string file;
    /// What validate() checks: per-rule severities (disabled rules map to
    /// `std::nullopt`), input limits, catalog and required stages. A relative
    /// catalog path is already resolved against the file's directory.
    ValidateOptions validate;
    /// The message language, when the file sets one.
    std::optional<Language> language;
    /// The lowest severity that makes a run fail, when the file sets one.
    std::optional<Severity> fail_level;
    /// Globs a file found by walking a directory must match (one of them)
    /// to be checked; empty: every roadmap found. Relative to the
    /// configuration file's directory (docs/config.md, "Which files").
    std::vector<std::string> include{};
    /// Globs of files a directory walk leaves out, relative to the
    /// configuration file's directory; a directory matched leaves out all it holds.
    std::vector<std::string> exclude{};
};

/// @brief What reading a configuration produced.
struct ConfigResult {
    /// The configuration; absent when the text is not a usable configuration.
    std::optional<Config> config;
    /// Every problem found, with file, line and column: `yaml-syntax`,
    /// `duplicate-key`, `unknown-field` (also for an unknown rule id),
    /// `wrong-type` (also for a value out of range), `input-limit`.
    /// Every one of them is an error: a configuration with a problem is not used.
    std::vector<Diagnostic> diagnostics;
    /// @brief True when a configuration was read without problems.
    bool ok() const noexcept { return config.has_value() && diagnostics.empty(); }
};

/// @brief Reads a configuration from YAML text (the format of docs/config.md).
/// @param text the UTF-8 YAML text; an empty document is the defaults
/// @param file the name used in locations and stored in Config::file; a
///        relative `catalog:` path is resolved against its directory
/// @return the configuration, or its problems; never throws for bad input
ConfigResult load_config_string(std::string_view text, const std::string &file = "<string>");

/// @brief Reads the configuration file at @p path. An unreadable file gives
/// `yaml-syntax` with the system's reason and no configuration.
ConfigResult load_config_file(const std::string &path);

/// @brief The configuration that governs @p path: the first
/// `.eduroadmap.yaml` in the directory of @p path (or in @p path itself when
/// it is a directory) and then in each parent directory up to the
/// filesystem root.
/// @return the configuration file's path (absolute), or nothing when there is none
std::optional<std::string> find_config(const std::string &path);

/// @brief The rules whose findings mean the file is not readable YAML
/// (`yaml-syntax`, `input-limit`, `duplicate-key`). A configuration may not
/// disable them or lower them below error: malformed YAML never passes.
bool is_structural_rule(std::string_view rule) noexcept;

} // namespace eduroadmap

#endif
