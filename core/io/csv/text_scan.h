// TextScan: one parallel pass over a whole delimited text that validates UTF-8, counts
// newlines and notes which blocks contain a quote character. Used by the CSV reader
// (encoding decision, row bounds for the column slabs) and the chunker (skipping quote-free blocks).
#pragma once

#include "core/base/job_context.h"
#include "core/base/thread_pool.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace mlwb::core::csv {

class TextScan {
public:
    // Blocks of blockBytes from `begin`; the chunker aims its chunk ends at block starts so
    // that newlinesBefore() of a chunk boundary only has a few bytes left to count.
    static TextScan run(std::string_view text, size_t begin, char newline, char quote, bool validateUtf8,
                        size_t blockBytes, ThreadPool& pool, const JobContext& job);

    size_t begin() const { return m_begin; }
    size_t blockBytes() const { return m_blockBytes; }
    size_t blockCount() const { return m_hasQuote.size(); }
    bool blockHasQuote(size_t block) const { return m_hasQuote[block]; }
    size_t blockOf(size_t offset) const { return (offset - m_begin) / m_blockBytes; }

    // Offset of the first byte that is not well-formed UTF-8 (npos: none, or not validated).
    size_t firstInvalidUtf8() const { return m_firstInvalidUtf8; }

    // Newlines in text[begin, offset), for offset >= begin.
    size_t newlinesBefore(size_t offset) const;

private:
    std::string_view m_text;
    size_t m_begin = 0;
    size_t m_blockBytes = 1;
    char m_newline = '\n';
    std::vector<size_t> m_newlinePrefix;  // newlines before each block start
    std::vector<bool> m_hasQuote;
    size_t m_firstInvalidUtf8 = std::string_view::npos;
};

// Newlines in [p, end), SSE2 where available.
size_t countByte(const char* p, const char* end, char byte);

}  // namespace mlwb::core::csv
