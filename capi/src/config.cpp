// Configuration: .eduroadmap.yaml read through include/eduroadmap/config.hpp.
// Validation with a configuration is in report.cpp, beside erm_validate().
#include "convert.hpp"
#include "errors.hpp"
#include "handles.hpp"

#include <eduroadmap/config.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ed = eduroadmap;
using erm::detail::guard;
using erm::detail::valid;

namespace {

// Stores the configuration @p read gave in a new handle, or fails at its first problem.
erm_status config_result(ed::ConfigResult read, const std::string &name, erm_config **out) {
    if (!read.ok()) return erm::detail::fail_load_first(read.diagnostics, name, "a configuration");
    auto handle = std::make_unique<erm_config>();
    handle->config = std::move(*read.config);
    *out = handle.release();
    return ERM_OK;
}

} // namespace

extern "C" {

erm_status erm_config_load(const char *path, erm_config **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(path != nullptr);
        return config_result(ed::load_config_file(path), path, out);
    });
}

erm_status erm_config_load_string(const char *data, size_t len, const char *name, erm_config **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(data != nullptr);
        const std::string file = name ? name : "<string>";
        return config_result(ed::load_config_string(std::string_view(data, len), file), file, out);
    });
}

erm_status erm_config_find(const char *path, char **out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(out != nullptr);
        *out = nullptr;
        ERM_ASSERT_ARG(path != nullptr);
        if (std::optional<std::string> found = ed::find_config(path)) *out = erm::detail::copy_string(*found);
        return ERM_OK;
    });
}

erm_status erm_config_describe(const erm_config *config, erm_config_info *out) {
    return guard(__func__, [&]() -> erm_status {
        ERM_ASSERT_ARG(valid(config));
        ERM_ASSERT_ARG(out != nullptr);
        ERM_TRY(erm::detail::check_version(out->version, ERM_CONFIG_INFO_VERSION, "erm_config_info"));
        const ed::Config &c = config->config;
        out->file = c.file.c_str();
        out->has_language = c.language.has_value() ? 1 : 0;
        out->language = c.language == ed::Language::en ? ERM_LANGUAGE_EN : ERM_LANGUAGE_RU;
        out->has_fail_level = c.fail_level.has_value() ? 1 : 0;
        out->fail_level = erm::detail::to_c(c.fail_level.value_or(ed::Severity::error));
        out->catalog = c.validate.catalog.c_str();
        return ERM_OK;
    });
}

void erm_config_free(erm_config *config) { erm::detail::destroy(config); }

} // extern "C"
