#include "import/encoding.hpp"

#include "text.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>

namespace eduroadmap::detail::importer {
namespace {

constexpr std::size_t sample_bytes = 64 * 1024; // enough to tell, whatever the size of the file

// glibc's names of the encodings.
const char *iconv_name(Encoding e) {
    switch (e) {
    case Encoding::utf8: return "UTF-8";
    case Encoding::utf16le: return "UTF-16LE";
    case Encoding::utf16be: return "UTF-16BE";
    case Encoding::windows1251: return "CP1251";
    case Encoding::koi8r: return "KOI8-R";
    }
    return "UTF-8";
}

// The width of the unit skipped when a byte does not convert.
std::size_t unit_of(Encoding e) { return e == Encoding::utf16le || e == Encoding::utf16be ? 2 : 1; }

// Converts @p bytes from @p from to UTF-8; what does not convert becomes U+FFFD.
std::string convert(std::string_view bytes, Encoding from, std::size_t &replaced) {
    std::string out;
    iconv_t cd = iconv_open("UTF-8", iconv_name(from));
    if (cd == reinterpret_cast<iconv_t>(-1)) { // glibc without its conversion modules
        replaced = bytes.size();
        return out;
    }
    out.reserve(bytes.size() * 2);
    char buffer[16 * 1024];
    char *in = const_cast<char *>(bytes.data()); // iconv's signature; the input is not written
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char *put = buffer;
        std::size_t put_left = sizeof buffer;
        std::size_t r = iconv(cd, &in, &in_left, &put, &put_left);
        out.append(buffer, static_cast<std::size_t>(put - buffer));
        if (r != static_cast<std::size_t>(-1) || errno == E2BIG) continue;
        // EILSEQ, or EINVAL for a sequence cut at the end: skip one unit.
        std::size_t skip = std::min(in_left, unit_of(from));
        in += skip;
        in_left -= skip;
        ++replaced;
        append_utf8(out, 0xFFFD);
        iconv(cd, nullptr, nullptr, nullptr, nullptr); // reset the shift state
    }
    iconv_close(cd);
    return out;
}

// UTF-16 without a mark: text in Russian and ASCII puts 0x00 (ASCII) or
// 0x04 (Cyrillic) into every high byte — at odd offsets in little-endian,
// even ones in big-endian. Zero bytes are what give it away: no 8-bit or
// UTF-8 text holds them.
bool looks_utf16(std::string_view sample, Encoding &which) {
    std::size_t even = 0, odd = 0, zeros = 0;
    for (std::size_t i = 0; i < sample.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(sample[i]);
        zeros += c == 0;
        if (c == 0x00 || c == 0x04) ++(i % 2 ? odd : even);
    }
    const std::size_t units = sample.size() / 2;
    if (zeros == 0 || units == 0) return false;
    if (odd * 2 >= units && even * 4 <= odd) {
        which = Encoding::utf16le;
        return true;
    }
    if (even * 2 >= units && odd * 4 <= even) {
        which = Encoding::utf16be;
        return true;
    }
    return false;
}

// How Russian a UTF-8 text reads: lower-case letters of the most frequent
// ones count. Read in the wrong one of the two 8-bit encodings, lower case
// turns into capitals and the count falls.
std::size_t russian_score(std::string_view utf8) {
    static constexpr std::u32string_view frequent = U"оеаинтсрвлкмдпуяыз";
    std::size_t score = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t cp = decode_utf8(utf8, pos);
        score += frequent.find(cp) != std::u32string_view::npos;
    }
    return score;
}

} // namespace

std::string_view to_string(Encoding encoding) noexcept {
    switch (encoding) {
    case Encoding::utf8: return "utf-8";
    case Encoding::utf16le: return "utf-16le";
    case Encoding::utf16be: return "utf-16be";
    case Encoding::windows1251: return "windows-1251";
    case Encoding::koi8r: return "koi8-r";
    }
    return "utf-8";
}

Decoded decode_text(std::string_view bytes) {
    Decoded d;
    auto starts = [&](std::string_view mark) { return bytes.substr(0, mark.size()) == mark; };
    if (starts("\xEF\xBB\xBF")) {
        d.evidence = Evidence::bom;
        d.text = std::string(bytes.substr(3));
        return d;
    }
    Encoding utf16 = Encoding::utf16le;
    if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
        d.evidence = Evidence::bom;
        utf16 = bytes[0] == '\xFF' ? Encoding::utf16le : Encoding::utf16be;
        bytes.remove_prefix(2);
    } else if (looks_utf16(bytes.substr(0, sample_bytes), utf16)) {
        d.evidence = Evidence::nul_bytes;
    } else if (is_valid_utf8(bytes)) {
        d.text = std::string(bytes);
        return d;
    } else {
        // Not UTF-8 as a whole; if the bytes past ASCII mostly form UTF-8
        // sequences it is UTF-8 with a few bad bytes, not an 8-bit encoding.
        std::size_t high = 0, good = 0;
        for (std::size_t pos = 0; pos < bytes.size();) {
            if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
                ++pos;
                continue;
            }
            std::size_t start = pos;
            const bool ok = decode_utf8(bytes, pos) != invalid_code_point;
            high += pos - start;
            good += ok ? pos - start : 0;
        }
        if (good * 2 > high) {
            d.text = std::string(bytes);
            return d;
        }
        d.evidence = Evidence::letters;
        const std::string_view sample = bytes.substr(0, sample_bytes);
        std::size_t ignored = 0;
        const std::size_t cp1251 = russian_score(convert(sample, Encoding::windows1251, ignored));
        const std::size_t koi8 = russian_score(convert(sample, Encoding::koi8r, ignored));
        d.encoding = koi8 > cp1251 ? Encoding::koi8r : Encoding::windows1251;
        d.text = convert(bytes, d.encoding, d.replaced);
        return d;
    }
    d.encoding = utf16;
    d.text = convert(bytes, utf16, d.replaced);
    if (d.text.compare(0, 3, "\xEF\xBB\xBF") == 0) d.text.erase(0, 3); // a second mark
    return d;
}

} // namespace eduroadmap::detail::importer
