#include "core/io/csv/chunk_parser.h"

#include "core/io/csv/tokenizer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace mlwb::core::csv {

namespace {

constexpr size_t kRowsBetweenChecks = 1024;

template <class T>
void freeVector(std::vector<T>& v)
{
    std::vector<T>().swap(v);
}

inline uint64_t bitsOf(double d)
{
    return std::bit_cast<uint64_t>(d);
}

inline void appendNull(ChunkColumn& col, uint32_t row)
{
    col.nullRows.push_back(row);
    // Placeholders keep the buffers row-aligned; the assembler writes the final NaN/0 there.
    switch (col.kind) {
    case ValueKind::Empty: break;
    case ValueKind::Int64:
    case ValueKind::DateTime:
    case ValueKind::Float64: col.put(row, 0); break;
    case ValueKind::Boolean: col.bools.push_back(0); break;
    case ValueKind::String: col.putCode(row, -1); break;
    }
}

// Gives an Empty column its first kind; the `rows` rows before were all missing.
void startKind(ChunkColumn& col, ValueKind kind, size_t rows, size_t reserveRows)
{
    col.kind = kind;
    const size_t capacity = std::max(reserveRows, rows + 1);
    switch (kind) {
    case ValueKind::Empty: break;
    case ValueKind::Int64:
    case ValueKind::DateTime:
    case ValueKind::Float64:
        if (col.slab) break;  // already has room for every row (zeros before this one)
        col.words.reserve(capacity);
        col.words.assign(rows, 0);
        break;
    case ValueKind::Boolean:
        col.bools.reserve(capacity);
        col.bools.assign(rows, 0);
        break;
    case ValueKind::String:
        if (col.codeSlab) {
            std::fill(col.codeSlab, col.codeSlab + rows, -1);
            break;
        }
        col.codes.reserve(capacity);
        col.codes.assign(rows, -1);
        break;
    }
}

void resetToString(ChunkColumn& col, size_t reserveRows)
{
    freeVector(col.words);
    freeVector(col.bools);
    col.codes.clear();
    if (!col.codeSlab) col.codes.reserve(reserveRows);
    col.dict = StringDict();
    col.arena.clear();
    col.nullRows.clear();
    col.kind = ValueKind::String;
}

// Strings keep their exact content when quoted and lose surrounding spaces otherwise
// (" Seoul" and "Seoul" in a hand-edited file are the same category).
inline void appendString(ChunkColumn& col, uint32_t row, const Field& field, std::string_view raw,
                         std::string_view trimmedValue)
{
    const std::string_view value = field.quoted ? raw : trimmedValue;
    const bool inScratch = field.quoted && field.needsUnescape;
    const int32_t code = col.dict.insert(value, hashBytes(value), [&](std::string_view v) {
        if (!inScratch) return v;
        col.arena.emplace_back(v);
        return std::string_view(col.arena.back());
    });
    col.putCode(static_cast<uint32_t>(row), code);
}

void noteFailure(std::atomic<size_t>* firstFailed, size_t chunkIndex)
{
    if (!firstFailed) return;
    size_t current = firstFailed->load();
    while (chunkIndex < current && !firstFailed->compare_exchange_weak(current, chunkIndex)) {}
}

}  // namespace

void ChunkColumn::releaseStorage()
{
    freeVector(words);
    freeVector(bools);
    freeVector(codes);
    dict = StringDict();
    arena.clear();
    freeVector(nullRows);
}

// Appends fields to the columns of one chunk, widening a column's kind when a value does not
// fit (Int64 -> Float64 in place; anything -> String by re-reading the chunk's earlier rows).
class ChunkFieldSink {
public:
    ChunkFieldSink(const ChunkParser& parser, const ParseSettings& settings, const ChunkSpan& span,
                   std::vector<ChunkColumn>& columns)
        : m_parser(parser),
          m_settings(settings),
          m_na(*settings.na),
          m_span(span),
          m_columns(columns),
          m_quote(settings.dialect.quote),
          m_decimalPoint(settings.dialect.decimalPoint()),
          m_naEmpty(settings.na->matchesEmpty()),
          m_insertedNew(columns.size(), 0)
    {}

    void append(size_t c, const Field& field, uint32_t row)
    {
        ChunkColumn& col = m_columns[c];
        const std::string_view raw = fieldValue(field, m_quote, m_scratch);
        const std::string_view value = trimSpaces(raw);
        if (m_na.matches(value)) {
            appendNull(col, row);
            return;
        }
        while (true) {
            switch (col.kind) {
            case ValueKind::Float64: {
                double d;
                if (parseFloat64(value, m_decimalPoint, d)) {
                    if (std::isnan(d))
                        appendNull(col, row);  // "nan" when the user's NA tokens omit it
                    else
                        col.put(row, bitsOf(d));
                    return;
                }
                break;
            }
            case ValueKind::Int64: {
                int64_t i;
                if (parseInt64(value, i) == IntParse::Ok) {
                    col.put(row, static_cast<uint64_t>(i));
                    return;
                }
                double d;
                // A forced int64 column still takes "3.0" or "1e3".
                if (col.forced && parseFloat64(value, m_decimalPoint, d) && std::trunc(d) == d &&
                    std::fabs(d) < 9.2e18) {
                    col.put(row, static_cast<uint64_t>(static_cast<int64_t>(d)));
                    return;
                }
                break;
            }
            case ValueKind::Boolean: {
                bool b;
                if (parseBoolean(value, b)) {
                    col.bools.push_back(b ? 1 : 0);
                    return;
                }
                break;
            }
            case ValueKind::DateTime: {
                int64_t ms;
                if (parseDateTime(value, ms)) {
                    col.put(row, static_cast<uint64_t>(ms));
                    return;
                }
                break;
            }
            case ValueKind::String: appendString(col, row, field, raw, value); return;
            case ValueKind::Empty:
                startKind(col, classifyValue(value, m_decimalPoint), row, m_settings.reserveRows);
                continue;
            }
            // The value does not fit the column's kind.
            if (col.forced) {
                ++col.rejected;
                appendNull(col, row);
                return;
            }
            widen(c, joinKinds(col.kind, classifyValue(value, m_decimalPoint)), row);
        }
    }

    // The common row in one pass over its bytes: unquoted fields, numbers that parse as they
    // are scanned, strings that go straight into the dictionary. Returns the next row start,
    // or nullptr when anything is unusual (a quote, a value that does not fit its column's kind,
    // a wrong field count, ...): then this row's writes are undone and the caller takes the
    // general path, which gives the same result for the same bytes.
    const char* appendRowFast(const char* p, const char* const end, uint32_t row)
    {
        const size_t columnCount = m_columns.size();
        const char delimiter = m_settings.dialect.delimiter;
        const char newline = m_settings.dialect.newline;
        if (columnCount == 1) {
            // A blank line is one empty field here: leave it to the general path, which skips it.
            const char* b = p;
            while (b < end && (*b == ' ' || *b == '\t' || *b == '\r')) ++b;
            if (b == end || *b == newline) return nullptr;
        }
        size_t written = 0;
        for (size_t c = 0; c < columnCount; ++c) {
            ChunkColumn& col = m_columns[c];
            const char* q = p;
            switch (col.kind) {
            case ValueKind::Float64:
                q = fastNumericField<double>(col, p, end, row, [this](const char* b, const char* e, double& d) {
                    return parseDecimalPrefix(b, e, m_decimalPoint, d);
                });
                if (!q) return undoRow(written, row);
                break;
            case ValueKind::Int64:
                q = fastNumericField<int64_t>(col, p, end, row, [](const char* b, const char* e, int64_t& v) {
                    return parseIntegerPrefix(b, e, v);
                });
                if (!q) return undoRow(written, row);
                break;
            case ValueKind::Boolean:
            case ValueKind::DateTime: {
                if (p < end && *p == m_quote) return undoRow(written, row);
                q = scanUnquoted(p, end, delimiter, newline);
                const std::string_view value = fieldTextFast(p, q, end, newline);
                if (m_na.matches(value)) {
                    appendNull(col, row);
                } else if (col.kind == ValueKind::Boolean) {
                    bool b;
                    if (!parseBoolean(value, b)) return undoRow(written, row);
                    col.bools.push_back(b ? 1 : 0);
                } else {
                    int64_t ms;
                    if (!parseDateTime(value, ms)) return undoRow(written, row);
                    col.put(row, static_cast<uint64_t>(ms));
                }
                break;
            }
            case ValueKind::String: {
                std::string_view value;
                bool missing;
                if (p < end && *p == m_quote) {
                    // Quoted without doubled quotes (what R, pandas and Excel write for text):
                    // the content exactly, as the general path would give it.
                    const char* close = quotedContentEnd(p, end);
                    if (!close) return undoRow(written, row);
                    q = close + 1;
                    value = std::string_view(p + 1, static_cast<size_t>(close - p - 1));
                    missing = m_na.matches(trimSpaces(value));
                } else {
                    q = scanUnquoted(p, end, delimiter, newline);
                    value = fieldTextFast(p, q, end, newline);
                    missing = m_na.matches(value);
                }
                if (missing) {
                    col.nullRows.push_back(row);
                    col.putCode(row, -1);
                    m_insertedNew[c] = 0;
                } else {
                    const size_t before = col.dict.size();
                    col.putCode(row, col.dict.insert(value));
                    m_insertedNew[c] = col.dict.size() != before;
                }
                break;
            }
            case ValueKind::Empty:
                if (!m_naEmpty || !isFieldEnd(p, end, delimiter, newline)) return undoRow(written, row);
                col.nullRows.push_back(row);
                break;
            }
            ++written;
            // q is just past the value: a delimiter must follow, or the row must end after the last column.
            if (c + 1 < columnCount) {
                if (q < end && *q == delimiter) {
                    p = q + 1;
                    continue;
                }
                return undoRow(written, row);
            }
            if (q == end) return end;
            if (*q == newline) return q + 1;
            if (newline == '\n' && *q == '\r' && q + 1 < end && q[1] == '\n') return q + 2;
            return undoRow(written, row);
        }
        return undoRow(written, row);  // no columns
    }

private:
    static void store(ChunkColumn& col, uint32_t row, double value) { col.putDouble(row, value); }
    static void store(ChunkColumn& col, uint32_t row, int64_t value) { col.put(row, static_cast<uint64_t>(value)); }

    // One numeric field of the fast path: empty (missing, when the NA tokens allow it), quoted
    // ("1.5", as some writers quote everything: the number must fill the quotes), a number, or
    // an NA token. Returns the end of the field's value, or nullptr when the row must take the
    // general path.
    template <class Number, class ParsePrefix>
    const char* fastNumericField(ChunkColumn& col, const char* p, const char* end, uint32_t row, ParsePrefix parse)
    {
        if (isFieldEnd(p, end, m_settings.dialect.delimiter, m_settings.dialect.newline)) {
            if (!m_naEmpty) return nullptr;
            col.nullRows.push_back(row);
            col.put(row, 0);
            return p;
        }
        Number value;
        if (*p == m_quote) {
            const char* close = quotedContentEnd(p, end);
            if (!close) return nullptr;
            if (parse(p + 1, close, value) == close)
                store(col, row, value);
            else if (m_na.matches(trimSpaces(std::string_view(p + 1, static_cast<size_t>(close - p - 1)))))
                appendNull(col, row);
            else
                return nullptr;
            return close + 1;
        }
        if (const char* q = parse(p, end, value)) {
            store(col, row, value);
            return q;
        }
        return fastMissingValue(col, p, end, row);
    }

    // The closing quote of the quoted field opening at p, or nullptr when it has doubled
    // quotes or no end (the general path deals with those).
    const char* quotedContentEnd(const char* p, const char* end) const
    {
        const auto* close = static_cast<const char*>(std::memchr(p + 1, m_quote, static_cast<size_t>(end - p - 1)));
        if (!close || (close + 1 < end && close[1] == m_quote)) return nullptr;
        return close;
    }

    // The trimmed text of the unquoted field [p, fieldEnd), without the CR of a CRLF row end.
    static std::string_view fieldTextFast(const char* p, const char* fieldEnd, const char* end, char newline)
    {
        const char* valueEnd = fieldEnd;
        if (newline == '\n' && valueEnd > p && valueEnd[-1] == '\r' && (fieldEnd == end || *fieldEnd == newline))
            --valueEnd;
        return trimSpaces(std::string_view(p, static_cast<size_t>(valueEnd - p)));
    }

    // A numeric field that is not a plain number may still be an NA token ("NA", " 1.5"
    // is not one): then it is recorded as missing and the field end returned; else nullptr.
    const char* fastMissingValue(ChunkColumn& col, const char* p, const char* end, uint32_t row)
    {
        if (p < end && *p == m_quote) return nullptr;
        const char* fieldEnd = scanUnquoted(p, end, m_settings.dialect.delimiter, m_settings.dialect.newline);
        if (!m_na.matches(fieldTextFast(p, fieldEnd, end, m_settings.dialect.newline))) return nullptr;
        appendNull(col, row);
        return fieldEnd;
    }

    static bool isFieldEnd(const char* p, const char* end, char delimiter, char newline)
    {
        return p == end || *p == delimiter || *p == newline ||
               (newline == '\n' && *p == '\r' && p + 1 < end && p[1] == '\n');
    }

    // Takes back what appendRowFast wrote for `row` in the first `written` columns.
    const char* undoRow(size_t written, uint32_t row)
    {
        for (size_t c = 0; c < written; ++c) {
            ChunkColumn& col = m_columns[c];
            if (!col.nullRows.empty() && col.nullRows.back() == row) col.nullRows.pop_back();
            switch (col.kind) {
            case ValueKind::Int64:
            case ValueKind::Float64:
            case ValueKind::DateTime:
                if (!col.slab && col.words.size() > row) col.words.pop_back();
                break;
            case ValueKind::String:
                if (!col.codeSlab) col.codes.pop_back();
                if (m_insertedNew[c]) col.dict.removeLast();
                break;
            case ValueKind::Boolean:
                if (col.bools.size() > row) col.bools.pop_back();
                break;
            case ValueKind::Empty: break;
            }
        }
        return nullptr;
    }

    void widen(size_t c, ValueKind kind, uint32_t row)
    {
        ChunkColumn& col = m_columns[c];
        if (col.kind == ValueKind::Int64 && kind == ValueKind::Float64) {
            // In place: the same 64-bit slots now hold doubles.
            auto* words = col.slab ? col.slab : reinterpret_cast<unsigned char*>(col.words.data());
            for (uint32_t r = 0; r < row; ++r) {
                int64_t v;
                std::memcpy(&v, words + size_t{r} * 8, 8);
                const uint64_t bits = bitsOf(static_cast<double>(v));
                std::memcpy(words + size_t{r} * 8, &bits, 8);
            }
            col.kind = ValueKind::Float64;
            return;
        }
        // Anything else widens to String; the typed values so far cannot be turned back into
        // their text, so this chunk's earlier rows are read again for this column only.
        m_parser.extractStringsForWidening(m_span, row, c, m_columns);
    }

    const ChunkParser& m_parser;
    const ParseSettings& m_settings;
    const NaMatcher& m_na;
    const ChunkSpan& m_span;
    std::vector<ChunkColumn>& m_columns;
    const char m_quote;
    const char m_decimalPoint;
    const bool m_naEmpty;
    std::vector<uint8_t> m_insertedNew;  // per column: this row added a new dictionary value
    std::string m_scratch;
};

void ChunkParser::parse(size_t chunkIndex, const ChunkSpan& span, size_t rowLimit,
                        const std::vector<SlabPointers>* slabs, ChunkResult& out) const
{
    out = ChunkResult();
    out.span = span;
    const size_t columnCount = m_settings.columnCount;
    out.columns.resize(columnCount);
    for (size_t c = 0; c < columnCount; ++c) {
        ChunkColumn& col = out.columns[c];
        if (slabs) {
            col.slab = (*slabs)[c].words;
            col.codeSlab = (*slabs)[c].codes;
        }
        if (const auto& forced = m_settings.forcedKinds[c]) {
            col.forced = true;
            startKind(col, *forced, 0, m_settings.reserveRows);
        }
    }
    ChunkFieldSink sink(*this, m_settings, span, out.columns);
    std::vector<Field> fields;
    fields.reserve(columnCount + 1);
    const char* p = m_text.data() + span.begin;
    const char* const end = m_text.data() + span.end;
    size_t untilCheck = kRowsBetweenChecks;
    auto stopRequested = [&] {
        if (m_settings.job && m_settings.job->isCancelled()) return true;
        return m_settings.firstFailedChunk && m_settings.firstFailedChunk->load(std::memory_order_relaxed) < chunkIndex;
    };
    if (stopRequested()) {
        out.cancelled = true;
        return;
    }
    // The fast path reads numbers without NA checks, so an NA token that looks like a number
    // ("-999") turns it off; it also turns itself off for files where it keeps giving up.
    bool fast = !m_settings.na->hasNumberLikeToken();
    size_t fastMisses = 0;
    while (p < end && out.rows < rowLimit) {
        const char* rowStart = p;
        if (fast) {
            if (const char* next = sink.appendRowFast(p, end, static_cast<uint32_t>(out.rows))) {
                p = next;
                ++out.rows;
                if (--untilCheck == 0) {
                    untilCheck = kRowsBetweenChecks;
                    if (stopRequested()) {
                        out.cancelled = true;
                        return;
                    }
                }
                continue;
            }
            if (++fastMisses > 64 && fastMisses * 4 > out.rows) fast = false;
        }
        RowStatus status;
        p = tokenizeRow(p, end, m_settings.dialect, fields, status);
        const bool bad = status != RowStatus::Ok || fields.size() != columnCount;
        if (bad || (columnCount == 1 && isBlankRow(fields))) {
            if (status == RowStatus::Ok && isBlankRow(fields)) continue;
            if (m_settings.lenient) {
                if (out.skippedOffsets.size() < kMaxSkippedOffsets)
                    out.skippedOffsets.push_back(static_cast<size_t>(rowStart - m_text.data()));
                ++out.skippedRows;
                continue;
            }
            out.failed = true;
            out.unterminatedQuote = status != RowStatus::Ok;
            out.errorOffset = static_cast<size_t>(rowStart - m_text.data());
            out.foundFields = fields.size();
            noteFailure(m_settings.firstFailedChunk, chunkIndex);
            return;
        }
        const auto row = static_cast<uint32_t>(out.rows);
        for (size_t c = 0; c < columnCount; ++c) sink.append(c, fields[c], row);
        ++out.rows;
        if (--untilCheck == 0) {
            untilCheck = kRowsBetweenChecks;
            if (stopRequested()) {
                out.cancelled = true;
                return;
            }
        }
    }
    out.stoppedAtRowLimit = p < end && out.rows >= rowLimit;
}

void ChunkParser::extractStringsUpTo(const ChunkSpan& span, size_t rows, const std::vector<size_t>& columns,
                                     std::vector<ChunkColumn>& target) const
{
    for (const size_t c : columns) resetToString(target[c], std::max(rows, m_settings.reserveRows));
    const size_t columnCount = m_settings.columnCount;
    const NaMatcher& na = *m_settings.na;
    const char quote = m_settings.dialect.quote;
    std::vector<Field> fields;
    fields.reserve(columnCount + 1);
    std::string scratch;
    const char* p = m_text.data() + span.begin;
    const char* const end = m_text.data() + span.end;
    size_t row = 0;
    // The same acceptance rules as parse(), so row numbers line up.
    while (p < end && row < rows) {
        RowStatus status;
        p = tokenizeRow(p, end, m_settings.dialect, fields, status);
        if (status != RowStatus::Ok || fields.size() != columnCount || (columnCount == 1 && isBlankRow(fields)))
            continue;
        for (const size_t c : columns) {
            ChunkColumn& col = target[c];
            const std::string_view raw = fieldValue(fields[c], quote, scratch);
            const std::string_view value = trimSpaces(raw);
            if (na.matches(value))
                appendNull(col, static_cast<uint32_t>(row));
            else
                appendString(col, static_cast<uint32_t>(row), fields[c], raw, value);
        }
        ++row;
    }
}

void ChunkParser::extractStringsForWidening(const ChunkSpan& span, size_t rows, size_t column,
                                            std::vector<ChunkColumn>& target) const
{
    extractStringsUpTo(span, rows, {column}, target);
}

void ChunkParser::extractStrings(ChunkResult& chunk, const std::vector<size_t>& columns) const
{
    extractStringsUpTo(chunk.span, chunk.rows, columns, chunk.columns);
}

}  // namespace mlwb::core::csv
