// Reading direction catalogs from YAML (docs/catalogs.md) with the roadmap
// loader's YAML layer, so that problems carry the same rule ids and positions.
// The catalog an `extends:` names comes from the built-in catalogs or the
// caller's CatalogLookup; nothing is read from files here (files.cpp does).
#include "catalog/read.hpp"
#include "load/input.hpp"
#include "load/reader.hpp"
#include "words.hpp"

#include <set>

namespace eduroadmap {

namespace {

using detail::NodeId;
using detail::YamlNode;

constexpr int max_extends_depth = 8;

// How a catalog being read finds the catalogs it extends.
struct Lookups {
    const detail::BuiltinLookup &builtins;
    const CatalogLookup &others;
};

CatalogLoadResult load_catalog(std::string_view text, const std::string &file, const LoadOptions &options,
                               const Lookups &lookups, int depth);

class CatalogReader {
public:
    CatalogReader(const detail::YamlDocument &doc, detail::Reader &r, const std::string &file,
                  const LoadOptions &options, const Lookups &lookups, int depth)
        : doc_(doc), r_(r), file_(file), options_(options), lookups_(lookups), depth_(depth) {}

    Catalog read(NodeId root) {
        Catalog c;
        auto f = r_.mapping(root, "", {"schema", "id", "title", "description", "extends", "match", "directions"},
                            {"schema", "id", "title"});
        if (!f) return c;
        r_.schema(*f, "eduroadmap-catalog/1");
        if (auto n = f->get("extends")) extend(c, *n);
        c.id = r_.text_field(*f, "id");
        c.title = r_.text_field(*f, "title");
        c.description = r_.text_field(*f, "description");
        if (auto n = f->get("match")) thresholds(*n, c.thresholds);
        if (auto n = f->get("directions"))
            if (auto items = r_.sequence(*n, "directions"))
                for (auto &[item, path] : *items) add(c, direction(item, path), item, path);
        if (!f->has("directions") && !f->has("extends"))
            r_.report("missing-field", "directions", root, {{"field", "directions"}, {"context", "catalog"}});
        return c;
    }

private:
    // `extends: ID-or-path`: the base catalog's directions and thresholds come first.
    void extend(Catalog &c, NodeId node) {
        auto ref = r_.text(node, "extends");
        if (!ref) return;
        if (depth_ >= max_extends_depth) {
            r_.report("catalog-invalid", "extends", node,
                      {{"catalog", *ref}, {"reason", "catalogs extend each other more than 8 levels deep"}});
            return;
        }
        CatalogLoadResult base;
        if (const Catalog *builtin = lookups_.builtins(*ref)) {
            base.catalog = *builtin;
        } else if (lookups_.others) {
            CatalogText found = lookups_.others(*ref, file_);
            if (found.text)
                base = load_catalog(*found.text, found.file, options_, lookups_, depth_ + 1);
            else
                base.diagnostics = std::move(found.diagnostics);
        }
        if (!base.ok()) {
            std::string reason = base.diagnostics.empty() ? lookups_.others ? "not a catalog" : "not a built-in catalog"
                                                          : message(base.diagnostics[0], Language::en);
            if (!base.diagnostics.empty() && base.diagnostics[0].location.line > 0)
                reason = base.diagnostics[0].location.file + ":" + std::to_string(base.diagnostics[0].location.line) +
                         ": " + reason;
            r_.report("catalog-invalid", "extends", node, {{"catalog", *ref}, {"reason", reason}});
            return;
        }
        c.thresholds = base.catalog->thresholds;
        c.directions = std::move(base.catalog->directions);
        inherited_ = c.directions.size();
    }

    void thresholds(NodeId node, MatchThresholds &t) {
        auto f = r_.mapping(node, "match", {"accept", "margin", "floor"});
        if (!f) return;
        if (auto n = f->get("accept")) t.accept = r_.number(*n, f->at("accept")).value_or(t.accept);
        if (auto n = f->get("margin")) t.margin = r_.number(*n, f->at("margin")).value_or(t.margin);
        if (auto n = f->get("floor")) t.floor = r_.number(*n, f->at("floor")).value_or(t.floor);
        if (t.floor > t.accept)
            r_.wrong_type(node, "match", "thresholds with floor not above accept");
    }

    CatalogDirection direction(NodeId node, const std::string &path) {
        CatalogDirection d;
        auto f = r_.mapping(node, path, {"code", "slug", "title", "aliases", "keywords"}, {"code", "slug", "title"});
        if (!f) return d;
        d.code = r_.text_field(*f, "code");
        d.slug = r_.text_field(*f, "slug");
        d.title = r_.text_field(*f, "title");
        if (auto n = f->get("aliases")) d.aliases = r_.texts(*n, f->at("aliases"));
        if (auto n = f->get("keywords")) keywords(*n, f->at("keywords"), d.keywords);
        return d;
    }

    // `keywords: {stem phrase: weight, …}`.
    void keywords(NodeId node, const std::string &path, std::vector<CatalogKeyword> &out) {
        const YamlNode &n = doc_[node];
        if (n.kind == YamlNode::Kind::null) return;
        if (n.kind != YamlNode::Kind::mapping) return r_.wrong_type(node, path, "a mapping of keywords to weights");
        for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
            const YamlNode &key = doc_[n.children[i]];
            std::vector<std::string> stems = key.kind == YamlNode::Kind::scalar ? detail::stems_of(key.value)
                                                                                : std::vector<std::string>{};
            const std::string kpath = path + "." + key.value;
            if (stems.empty()) {
                r_.wrong_type(n.children[i], kpath, "a keyword: one or more word stems");
                continue;
            }
            if (auto w = r_.number(n.children[i + 1], kpath)) out.push_back({key.value, std::move(stems), *w});
        }
    }

    // Adds a direction: one with the code of an inherited direction replaces it.
    void add(Catalog &c, CatalogDirection d, NodeId node, const std::string &path) {
        if (d.code.empty()) return;
        for (std::size_t i = 0; i < c.directions.size(); ++i) {
            const CatalogDirection &e = c.directions[i];
            if (e.code != d.code && e.slug != d.slug) continue;
            if (i < inherited_ && e.code == d.code && replaced_.insert(i).second) {
                c.directions[i] = std::move(d);
                return;
            }
            r_.report("duplicate-id", path, node,
                      {{"id", e.code == d.code ? d.code : d.slug}, {"first", "directions[" + std::to_string(i) + "]"}});
            return;
        }
        c.directions.push_back(std::move(d));
    }

    const detail::YamlDocument &doc_;
    detail::Reader &r_;
    const std::string &file_;
    const LoadOptions &options_;
    const Lookups &lookups_;
    int depth_;
    std::size_t inherited_ = 0;
    std::set<std::size_t> replaced_;
};

CatalogLoadResult load_catalog(std::string_view text, const std::string &file, const LoadOptions &options,
                               const Lookups &lookups, int depth) {
    CatalogLoadResult result;
    auto doc = detail::parse_input(text, file, options.limits, result.diagnostics);
    if (!doc) return result;
    SourceMap sources;
    detail::Reader reader(*doc, file, result.diagnostics, sources);
    reader.set_root_context("catalog");
    Catalog c = CatalogReader(*doc, reader, file, options, lookups, depth).read(doc->root);
    result.catalog = std::move(c);
    return result;
}

const detail::BuiltinLookup &builtin_lookup() {
    static const detail::BuiltinLookup lookup = [](std::string_view id) { return builtin_catalog(id); };
    return lookup;
}

} // namespace

bool CatalogLoadResult::ok() const noexcept {
    if (!catalog) return false;
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Severity::error) return false;
    return true;
}

namespace detail {
CatalogLoadResult read_catalog(std::string_view text, const std::string &file, const LoadOptions &options,
                               const BuiltinLookup &builtins, const CatalogLookup &lookup) {
    return load_catalog(text, file, options, Lookups{builtins, lookup}, 0);
}
} // namespace detail

CatalogLoadResult load_catalog_string(std::string_view text, const std::string &file, const LoadOptions &options,
                                      const CatalogLookup &lookup) {
    return detail::read_catalog(text, file, options, builtin_lookup(), lookup);
}

} // namespace eduroadmap
