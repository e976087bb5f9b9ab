// Chunker: cuts the data rows of a delimited text buffer into row-aligned chunks of about a
// target size, so chunks can be parsed in parallel. Used by the CSV reader.
#pragma once

#include "core/io/csv/csv_dialect.h"

#include <cstddef>
#include <string_view>

namespace mlwb::core::csv {

class TextScan;

// Byte offsets into the text; begin is always the start of a row.
struct ChunkSpan {
    size_t begin = 0;
    size_t end = 0;
};

// Chunk boundaries follow exactly the tokenizer's quoting rules (a quote opens a quoted field
// only at the start of a field; "" inside is an escaped quote), so a newline inside a quoted
// field never ends a chunk however the target size falls. The scan is serial but cheap: it
// jumps between quotes and newlines with memchr and never looks at the bytes in between (nor
// at blocks the TextScan found quote-free). Boundaries depend only on the text and the target
// size, never on the thread count.
class Chunker {
public:
    // With a scan, chunks end at the first row end after each block start of the scan (whose
    // block size is then the target size).
    Chunker(std::string_view text, size_t dataBegin, const CsvDialect& dialect, size_t targetBytes,
            const TextScan* scan = nullptr);

    // The next chunk; false when the text is used up.
    bool next(ChunkSpan& chunk);
    size_t position() const { return m_position; }

private:
    size_t findRowEnd(size_t rowStart, size_t target);
    size_t nextQuoteAt(size_t from);
    size_t searchQuote(size_t from) const;

    std::string_view m_text;
    CsvDialect m_dialect;
    size_t m_targetBytes;
    const TextScan* m_scan;
    size_t m_position;
    size_t m_quoteSearchFrom = 0;
    size_t m_nextQuote = 0;  // first quote at or after m_quoteSearchFrom (npos: none)
    bool m_quoteKnown = false;
};

}  // namespace mlwb::core::csv
