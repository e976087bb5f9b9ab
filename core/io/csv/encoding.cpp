#include "core/io/csv/encoding.h"

#include "core/base/text.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mlwb::core::csv {

namespace {

// Windows-1252 bytes 0x80-0x9F; the five unassigned ones map to the C1 control of the same
// value, as Python's and WHATWG's decoders do, so no byte is ever lost.
constexpr char16_t kCp1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// Length of the well-formed UTF-8 sequence at p (1-4), or 0 when it is malformed
// (overlong forms, surrogates and code points above U+10FFFF included).
size_t utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    auto cont = [&](size_t i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;
        if (c == 0xED && p[1] > 0x9F) return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;
        if (c == 0xF4 && p[1] > 0x8F) return 0;
        return 4;
    }
    return 0;
}

std::string transcodeSingleByte(std::string_view bytes, bool windows1252)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out.push_back(ch);
        else if (windows1252 && c < 0xA0)
            appendUtf8(out, kCp1252High[c - 0x80]);
        else
            appendUtf8(out, c);
    }
    return out;
}

std::string repairUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* const end = p + bytes.size();
    while (p < end) {
        const size_t length = utf8SequenceLength(p, end);
        if (length == 0) {
            appendUtf8(out, 0xFFFD);
            ++p;
        } else {
            out.append(reinterpret_cast<const char*>(p), length);
            p += length;
        }
    }
    return out;
}

std::string transcodeUtf16(std::string_view bytes, bool bigEndian)
{
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(bigEndian ? (a << 8) | b : (b << 8) | a);
    };
    for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const char16_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((static_cast<char32_t>(u) - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        appendUtf8(out, (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u);
    }
    return out;
}

size_t lineOf(std::string_view text, size_t offset)
{
    return static_cast<size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) + 1;
}

}  // namespace

size_t findInvalidUtf8InRange(std::string_view text, size_t from, size_t end)
{
    const auto* const base = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char* p = base + from;
    const unsigned char* const stop = base + end;
    const unsigned char* const limit = base + text.size();
    while (p < stop) {
        // ASCII fast path: 64 bytes per step, then 8.
#if defined(__SSE2__)
        while (stop - p >= 64) {
            const auto* v = reinterpret_cast<const __m128i*>(p);
            const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(v), _mm_loadu_si128(v + 1)),
                                             _mm_or_si128(_mm_loadu_si128(v + 2), _mm_loadu_si128(v + 3)));
            if (_mm_movemask_epi8(any) != 0) break;
            p += 64;
        }
#endif
        while (stop - p >= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ull) break;
            p += 8;
        }
        if (p >= stop) break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const size_t length = utf8SequenceLength(p, limit);
        if (length == 0) return static_cast<size_t>(p - base);
        p += length;
    }
    return std::string_view::npos;
}

Result<DecodedText> decodeText(std::string_view bytes, const std::string& requestedEncoding,
                               const std::string& sourceName)
{
    DecodedText decoded;
    const std::string requested = toLower(trimmed(requestedEncoding));
    enum class Want { Detect, Utf8, Latin1, Windows1252 } want;
    if (requested.empty())
        want = Want::Detect;
    else if (requested == "utf-8" || requested == "utf8")
        want = Want::Utf8;
    else if (requested == "latin-1" || requested == "latin1" || requested == "iso-8859-1")
        want = Want::Latin1;
    else if (requested == "windows-1252" || requested == "cp1252")
        want = Want::Windows1252;
    else
        return Status::invalidArgument(
            trf("Unknown text encoding \"{}\". Use utf-8, latin-1 or windows-1252.", requestedEncoding));

    auto startsWith = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };

    // A UTF-16 BOM is checked before the binary test: UTF-16 text is full of NUL bytes.
    if (want == Want::Detect && (startsWith("\xFF\xFE") || startsWith("\xFE\xFF"))) {
        const bool bigEndian = startsWith("\xFE\xFF");
        decoded.m_owned = transcodeUtf16(bytes.substr(2), bigEndian);
        decoded.m_transcoded = true;
        decoded.m_encoding = bigEndian ? "utf-16be" : "utf-16le";
        return decoded;
    }

    if (startsWith("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        if (want == Want::Detect) want = Want::Utf8;
    }
    if (std::memchr(bytes.data(), '\0', std::min<size_t>(bytes.size(), 1024)) != nullptr)
        return Status::parseError(
            trf("{} does not look like a text file (it contains binary data). Choose a CSV or TSV file.", sourceName));

    if (want == Want::Latin1 || want == Want::Windows1252) {
        decoded.m_owned = transcodeSingleByte(bytes, want == Want::Windows1252);
        decoded.m_transcoded = true;
        decoded.m_encoding = want == Want::Latin1 ? "latin-1" : "windows-1252";
        return decoded;
    }
    decoded.m_view = bytes;
    decoded.m_needsCheck = true;
    decoded.m_forcedUtf8 = want == Want::Utf8;  // asked for, or promised by a BOM
    decoded.m_encoding = "utf-8";
    return decoded;
}

void DecodedText::fallBackFromInvalidUtf8(size_t firstInvalid, const std::string& sourceName)
{
    const std::string_view bytes = m_view;
    m_needsCheck = false;
    m_transcoded = true;
    if (m_forcedUtf8) {
        m_owned = repairUtf8(bytes);
        m_warnings.push_back(
            trf("{} is not valid UTF-8 (first bad byte on line {}); invalid bytes were replaced with \"\xEF\xBF\xBD\".",
                sourceName, lineOf(bytes, firstInvalid)));
        return;
    }
    // Not UTF-8: almost always a file saved by Excel or an old Windows tool. Windows-1252 is a
    // superset of Latin-1's printable characters, so it is the better guess of the two.
    m_owned = transcodeSingleByte(bytes, true);
    m_encoding = "windows-1252";
    m_warnings.push_back(
        trf("{} is not valid UTF-8 (first non-UTF-8 byte on line {}), so it was read as Windows-1252 (Latin-1). "
            "If some characters look wrong, choose the file's encoding explicitly.",
            sourceName, lineOf(bytes, firstInvalid)));
}

}  // namespace mlwb::core::csv
