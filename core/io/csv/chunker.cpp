#include "core/io/csv/chunker.h"

#include "core/io/csv/text_scan.h"
#include "core/io/csv/tokenizer.h"

#include <algorithm>
#include <cstring>

namespace mlwb::core::csv {

Chunker::Chunker(std::string_view text, size_t dataBegin, const CsvDialect& dialect, size_t targetBytes,
                 const TextScan* scan)
    : m_text(text),
      m_dialect(dialect),
      m_targetBytes(std::max<size_t>(1, scan ? scan->blockBytes() : targetBytes)),
      m_scan(scan),
      m_position(dataBegin)
{}

bool Chunker::next(ChunkSpan& chunk)
{
    if (m_position >= m_text.size()) return false;
    const size_t begin = m_position;
    size_t target = begin + m_targetBytes;
    if (m_scan) target = m_scan->begin() + (m_scan->blockOf(begin) + 1) * m_scan->blockBytes();
    const size_t end = target >= m_text.size() ? m_text.size() : findRowEnd(begin, target);
    chunk = {begin, end};
    m_position = end;
    return true;
}

size_t Chunker::searchQuote(size_t from) const
{
    const size_t size = m_text.size();
    if (!m_scan) {
        const void* found = std::memchr(m_text.data() + from, m_dialect.quote, size - from);
        return found ? static_cast<size_t>(static_cast<const char*>(found) - m_text.data()) : std::string_view::npos;
    }
    size_t position = from;
    while (position < size) {
        const size_t block = m_scan->blockOf(position);
        const size_t blockEnd = std::min(size, m_scan->begin() + (block + 1) * m_scan->blockBytes());
        if (block < m_scan->blockCount() && m_scan->blockHasQuote(block)) {
            const void* found = std::memchr(m_text.data() + position, m_dialect.quote, blockEnd - position);
            if (found) return static_cast<size_t>(static_cast<const char*>(found) - m_text.data());
        }
        position = blockEnd;
    }
    return std::string_view::npos;
}

size_t Chunker::nextQuoteAt(size_t from)
{
    // Cached so that a file without quotes is searched once, not once per chunk.
    if (!m_quoteKnown || from < m_quoteSearchFrom || (m_nextQuote != std::string_view::npos && m_nextQuote < from)) {
        m_nextQuote = searchQuote(from);
        m_quoteSearchFrom = from;
        m_quoteKnown = true;
    }
    return m_nextQuote;
}

// The end of the first row that ends at or after target, starting from a row start.
size_t Chunker::findRowEnd(size_t rowStart, size_t target)
{
    const char* const data = m_text.data();
    const size_t size = m_text.size();
    const char quote = m_dialect.quote;
    size_t p = rowStart;  // invariant: p is outside any quoted field
    while (true) {
        const size_t searchFrom = std::max(p, target);
        if (searchFrom >= size) return size;
        const void* nl = std::memchr(data + searchFrom, m_dialect.newline, size - searchFrom);
        const size_t newlineAt = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data) : size;
        const size_t q = nextQuoteAt(p);
        if (q == std::string_view::npos || q >= newlineAt) return newlineAt == size ? size : newlineAt + 1;
        const bool fieldStart = q == rowStart || data[q - 1] == m_dialect.delimiter || data[q - 1] == m_dialect.newline;
        if (!fieldStart) {
            p = q + 1;  // a quote inside an unquoted field is an ordinary character
            continue;
        }
        bool escapes = false;
        const char* close = findClosingQuote(data + q + 1, data + size, quote, escapes);
        if (!close) return size;  // unterminated: the parser reports it with its line number
        p = static_cast<size_t>(close - data) + 1;
    }
}

}  // namespace mlwb::core::csv
