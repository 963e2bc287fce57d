// The built-in catalogs: catalogs/*.yaml embedded at build time
// (cmake/EmbedCatalogs.cmake) and parsed once, on first use.
#include "builtin_texts.hpp"
#include "catalog/read.hpp"

#include <eduroadmap/catalog.hpp>

#include <deque>

namespace eduroadmap {

namespace {

// Parsed in order, so that a catalog may extend one embedded before it.
// A deque keeps the addresses handed out stable while it grows.
const std::deque<Catalog> &builtins() {
    static const std::deque<Catalog> catalogs = [] {
        std::deque<Catalog> out;
        const detail::BuiltinLookup earlier = [&out](std::string_view id) -> const Catalog * {
            for (const Catalog &c : out)
                if (c.id == id) return &c;
            return nullptr;
        };
        for (std::size_t i = 0; i < detail::builtin_catalog_count; ++i) {
            const detail::BuiltinText &t = detail::builtin_catalog_texts[i];
            CatalogLoadResult r = detail::read_catalog(t.text, std::string("catalogs/") + t.id + ".yaml", {}, earlier, {});
            // The test suite checks that every embedded catalog reads cleanly.
            if (r.ok() && r.catalog->id == t.id) out.push_back(std::move(*r.catalog));
        }
        return out;
    }();
    return catalogs;
}

} // namespace

const Catalog *builtin_catalog(std::string_view id) {
    for (const Catalog &c : builtins())
        if (c.id == id) return &c;
    return nullptr;
}

const Catalog &default_catalog() {
    static const Catalog empty{"fioko-2020", {}, {}, {}, {}};
    const Catalog *c = builtin_catalog("fioko-2020");
    return c ? *c : empty;
}

std::vector<std::string> builtin_catalog_ids() {
    std::vector<std::string> ids;
    for (const Catalog &c : builtins()) ids.push_back(c.id);
    return ids;
}

} // namespace eduroadmap
