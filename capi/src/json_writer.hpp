// A small streaming JSON writer for the bulk results (every measure of a
// roadmap at once): appends to one string, no intermediate tree, so that a
// 100,000-measure roadmap is written in well under a second. Strings are
// written as UTF-8 with only `"`, `\` and control characters escaped.
#ifndef EDUROADMAP_CAPI_JSON_WRITER_HPP
#define EDUROADMAP_CAPI_JSON_WRITER_HPP

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

namespace erm::detail {

class JsonWriter {
public:
    /// Opens an object or array; a comma is written before it when needed.
    JsonWriter &begin_object() { return open('{'); }
    JsonWriter &begin_array() { return open('['); }
    JsonWriter &end_object() { return close('}'); }
    JsonWriter &end_array() { return close(']'); }

    /// Writes `"name":` inside an object; the value follows.
    JsonWriter &key(std::string_view name) {
        comma();
        quoted(name);
        out_ += ':';
        after_key_ = true;
        return *this;
    }
    JsonWriter &value(std::string_view text) {
        comma();
        quoted(text);
        return *this;
    }
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(std::size_t number) { return raw(std::to_string(number)); }
    JsonWriter &value(int number) { return raw(std::to_string(number)); }
    JsonWriter &value(bool flag) { return raw(flag ? "true" : "false"); }
    JsonWriter &null() { return raw("null"); }
    /// Inserts @p json, a complete JSON value written elsewhere.
    JsonWriter &raw_value(std::string_view json) { return raw(json); }
    /// A text, or null when it is empty.
    JsonWriter &text_or_null(std::string_view text) { return text.empty() ? null() : value(text); }

    std::string &str() { return out_; }

private:
    JsonWriter &open(char c) {
        comma();
        out_ += c;
        first_ = true;
        return *this;
    }
    JsonWriter &close(char c) {
        out_ += c;
        first_ = false;
        return *this;
    }
    JsonWriter &raw(std::string_view literal) {
        comma();
        out_ += literal;
        return *this;
    }
    void comma() {
        if (after_key_) after_key_ = false;
        else if (!first_) out_ += ',';
        first_ = false;
    }
    void quoted(std::string_view s) {
        out_ += '"';
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                out_ += '\\';
                out_ += ch;
            } else if (c < 0x20) {
                switch (c) {
                case '\n': out_ += "\\n"; break;
                case '\t': out_ += "\\t"; break;
                case '\r': out_ += "\\r"; break;
                default: {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out_ += buf;
                }
                }
            } else {
                out_ += ch;
            }
        }
        out_ += '"';
    }

    std::string out_;
    bool first_ = true;     // nothing written yet in the current object or array
    bool after_key_ = false; // a key was just written: its value needs no comma
};

} // namespace erm::detail

#endif
