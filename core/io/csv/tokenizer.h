// RFC 4180 tokenizer: splits one row of delimited text into fields that point into the
// buffer (no allocation). Used by the chunker, the chunk parser, the header reader and the sniffer.
#pragma once

#include "core/io/csv/csv_dialect.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core::csv {

// One field as written in the file. For a quoted field, [begin, end) includes the quotes.
struct Field {
    const char* begin = nullptr;
    const char* end = nullptr;
    bool quoted = false;
    // Doubled quotes inside, or text after the closing quote ("ab"cd): the value must be
    // rebuilt by unescapeField() instead of being a plain view of the buffer.
    bool needsUnescape = false;
};

// Finds the quote that closes a quoted field whose content starts at p. A doubled quote is
// an escaped quote, not the end. Returns nullptr when the field is never closed.
inline const char* findClosingQuote(const char* p, const char* end, char quote, bool& hasEscapes)
{
    while (p < end) {
        const void* found = std::memchr(p, quote, static_cast<size_t>(end - p));
        if (!found) return nullptr;
        const char* q = static_cast<const char*>(found);
        if (q + 1 < end && q[1] == quote) {
            hasEscapes = true;
            p = q + 2;
            continue;
        }
        return q;
    }
    return nullptr;
}

// First position in [p, end) holding the delimiter or the newline, or end. Eight bytes at a
// time: fields are mostly short numbers, and this loop dominates tokenizing.
inline const char* scanUnquoted(const char* p, const char* end, char delimiter, char newline)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr uint64_t ones = 0x0101010101010101ull;
        constexpr uint64_t highs = 0x8080808080808080ull;
        const uint64_t delimiterMask = ones * static_cast<unsigned char>(delimiter);
        const uint64_t newlineMask = ones * static_cast<unsigned char>(newline);
        while (end - p >= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            const uint64_t a = word ^ delimiterMask;
            const uint64_t b = word ^ newlineMask;
            // Exact for the lowest matching byte, which is the only one used.
            const uint64_t hits = ((a - ones) & ~a & highs) | ((b - ones) & ~b & highs);
            if (hits) return p + (std::countr_zero(hits) >> 3);
            p += 8;
        }
    }
    while (p < end && *p != delimiter && *p != newline) ++p;
    return p;
}

enum class RowStatus { Ok, Unterminated };

// Tokenizes the row starting at p (a row start, outside quotes) into fields and returns the
// start of the next row. A quote opens a quoted field only as the first byte of a field; a
// quote anywhere else is an ordinary character (as in pandas and Python's csv module). A CR
// before the LF that ends a row is dropped, so CRLF files read like LF files.
inline const char* tokenizeRow(const char* p, const char* end, const CsvDialect& dialect, std::vector<Field>& fields,
                               RowStatus& status)
{
    fields.clear();
    status = RowStatus::Ok;
    const char delimiter = dialect.delimiter;
    const char newline = dialect.newline;
    const char quote = dialect.quote;
    while (true) {
        Field field;
        field.begin = p;
        const char* contentEnd;
        if (p < end && *p == quote) {
            field.quoted = true;
            const char* close = findClosingQuote(p + 1, end, quote, field.needsUnescape);
            if (!close) {
                status = RowStatus::Unterminated;
                field.end = end;
                fields.push_back(field);
                return end;
            }
            contentEnd = close + 1;
            p = scanUnquoted(contentEnd, end, delimiter, newline);
        } else {
            contentEnd = nullptr;
            p = scanUnquoted(p, end, delimiter, newline);
        }
        field.end = p;
        const bool rowEnds = p == end || *p == newline;
        if (rowEnds && newline == '\n' && field.end > field.begin && field.end[-1] == '\r' &&
            (!contentEnd || field.end > contentEnd))
            --field.end;
        if (contentEnd && field.end != contentEnd) field.needsUnescape = true;
        fields.push_back(field);
        if (p == end) return end;
        ++p;
        if (rowEnds) return p;
    }
}

// The value of a field: a view of the buffer when possible, else rebuilt in scratch.
std::string_view unescapeField(const Field& field, char quote, std::string& scratch);

inline std::string_view fieldValue(const Field& field, char quote, std::string& scratch)
{
    if (!field.quoted) return {field.begin, static_cast<size_t>(field.end - field.begin)};
    if (!field.needsUnescape) return {field.begin + 1, static_cast<size_t>(field.end - field.begin - 2)};
    return unescapeField(field, quote, scratch);
}

// A row that is empty or only spaces (a blank line): skipped, never a ragged-row error.
inline bool isBlankRow(const std::vector<Field>& fields)
{
    if (fields.size() != 1 || fields[0].quoted) return false;
    for (const char* p = fields[0].begin; p < fields[0].end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\r') return false;
    }
    return true;
}

}  // namespace mlwb::core::csv
